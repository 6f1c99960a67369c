package org.migrationkit.io.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.migrationkit.io.layout.Fixtures.all;
import static org.migrationkit.io.layout.Fixtures.codes;
import static org.migrationkit.io.layout.Fixtures.path;
import static org.migrationkit.io.layout.Fixtures.reader;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.vocab.AssessmentType;
import org.migrationkit.core.vocab.DisplacementReason;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.io.ReadResult;

class FigureLayoutTest {
    @Test
    void unhcrTotals_oneFigurePerTypeColumn_scientificNotationAsIntegers() {
        LayoutRecords<List<PopulationFigure>> records = reader().readFigures(path("unhcr-population-hdx.csv"));
        List<ReadResult<List<PopulationFigure>>> rs = all(records);
        assertThat(records.layout().id()).isEqualTo("unhcr-population-hdx");
        List<PopulationFigure> first = rs.get(0).value();
        assertThat(first).extracting(PopulationFigure::populationType).containsExactly(PopulationType.REF,
                PopulationType.IDP, PopulationType.ASY, PopulationType.OOC, PopulationType.STA, PopulationType.OIP);
        assertThat(first.get(0).origin()).isEqualTo(CountryCode.of("UKN"));
        assertThat(first.get(0).location().country()).isEqualTo(CountryCode.of("IRN"));
        assertThat(first.get(0).period()).isEqualTo(Period.ofYear(1962));
        assertThat(first.get(0).total()).isEqualTo(2000);
        assertThat(rs.get(1).value().get(0).total()).isEqualTo(400_000);
        assertThat(rs.get(2).value().get(0).total()).isEqualTo(150_000);
        assertThat(rs.get(2).value()).hasSize(5); // the blank OIP cell is not reported, not 0
        Issue negative = rs.get(3).issues().get(0);
        assertThat(rs.get(3).isRejected()).isTrue();
        assertThat(negative.code()).isEqualTo(IssueCode.COUNT_NEGATIVE);
        assertThat(negative.location()).isEqualTo(new IssueLocation(path("unhcr-population-hdx.csv").toString(), 4L,
                5L, 4, "REF"));
    }

    @Test
    void unhcrTotals_countThatIsNotAWholeNumberIsRejected(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("totals.csv");
        java.nio.file.Files.writeString(file, "Year,ISO3CoO,ISO3CoA,REF\n2019,AFG,PAK,1.5e+00\n2019,AFG,IRN,many\n");
        List<ReadResult<List<PopulationFigure>>> rs = all(reader().readFigures(file));
        assertThat(rs).allSatisfy(r -> assertThat(codes(r)).containsExactly("count.unparseable"));
        assertThat(rs.get(1).issues().get(0).message()).isEqualTo("Count \"many\" in column REF is not a number: "
                + "write a whole number such as 12, 1,022 or 1e+05, or leave the cell blank when not reported.");
        assertThat(rs.get(0).issues().get(0).location()).isEqualTo(new IssueLocation(file.toString(), 1L, 2L, 4,
                "REF"));
    }

    @Test
    void unhcrDemographics_breakdownsCompletePartialAndChecked() {
        List<ReadResult<List<PopulationFigure>>> rs = all(reader().readFigures(path("unhcr-demographics-hdx.csv")));
        PopulationFigure totalOnly = rs.get(0).value().get(0);
        assertThat(rs.get(0).issues()).isEmpty(); // only Total given: a partial breakdown, not an error
        assertThat(totalOnly.breakdown().isComplete()).isFalse();
        assertThat(totalOnly.breakdown().cells()).isEmpty();
        assertThat(totalOnly.total()).isEqualTo(1_200_000);
        assertThat(totalOnly.populationType()).isEqualTo(PopulationType.IDP);
        PopulationFigure complete = rs.get(1).value().get(0);
        assertThat(complete.breakdown().isComplete()).isTrue();
        assertThat(complete.breakdown().cell(Sex.FEMALE, AgeBand.of(5, 11))).isEqualTo(20);
        assertThat(complete.breakdown().cell(Sex.MALE, AgeBand.atLeast(60))).isEqualTo(6);
        PopulationFigure partial = rs.get(2).value().get(0);
        assertThat(partial.breakdown().isComplete()).isFalse(); // 10 + 10 of 30: partial, valid
        assertThat(rs.get(2).issues()).isEmpty();
        Issue sexTotal = rs.get(3).issues().get(0);
        assertThat(rs.get(3).isRejected()).isTrue();
        assertThat(sexTotal.code()).isEqualTo(IssueCode.COUNT_SEX_TOTAL_MISMATCH);
        assertThat(sexTotal.location().field()).isEqualTo("Female_total");
        assertThat(sexTotal.message()).isEqualTo("The female age bands add up to 10 but column Female_total is 11: "
                + "the bands of one sex, with its unknown-age column, add up to that sex's total.");
        assertThat(rs.get(4).isRejected()).isTrue();
        assertThat(codes(rs.get(4))).containsExactly("count.breakdown-exceeds-total");
        assertThat(rs.get(4).issues().get(0).location().field()).isEqualTo("Total");
    }

    @Test
    void genericHxl_readsByTags() {
        LayoutRecords<List<PopulationFigure>> records = reader().readFigures(path("hxl-generic.csv"));
        List<ReadResult<List<PopulationFigure>>> rs = all(records);
        assertThat(records.layout().id()).isEqualTo("hxl");
        PopulationFigure haiti = rs.get(0).value().get(0);
        assertThat(haiti.populationType()).isEqualTo(PopulationType.IDP);
        assertThat(haiti.location().adminArea()).isEqualTo(AdminArea.of(CountryCode.of("HTI"), 1, "HT01", null));
        assertThat(haiti.breakdown().cell(Sex.FEMALE, null)).isEqualTo(600);
        assertThat(haiti.total()).isEqualTo(1200);
        assertThat(rs.get(0).line()).isEqualTo(3);
        assertThat(rs.get(1).value().get(0).location().adminArea()).isNull();
        assertThat(rs.get(2).isRejected()).isTrue(); // 80 + 70 > 100
        assertThat(codes(rs.get(2))).containsExactly("count.breakdown-exceeds-total");
    }

    @Test
    void genericHxl_readsRoundAssessmentReasonsAndOperationByTags() {
        LayoutRecords<List<PopulationFigure>> records = reader().readFigures(path("hxl-dtm-tags.csv"));
        List<ReadResult<List<PopulationFigure>>> rs = all(records);
        assertThat(records.layout().id()).isEqualTo("hxl");
        assertThat(rs).hasSize(6);
        PopulationFigure first = rs.get(0).value().get(0);
        assertThat(first.round()).isEqualTo(47);
        assertThat(first.edition()).isNull();
        assertThat(first.assessmentType()).isEqualTo(AssessmentType.BA);
        assertThat(first.displacementReasons()).containsExactly(DisplacementReason.CONFLICT,
                DisplacementReason.NATURAL_DISASTER);
        assertThat(first.operation()).isEqualTo("Lake Chad Basin Crisis");
        assertThat(rs.get(0).issues()).isEmpty();

        PopulationFigure zero = rs.get(1).value().get(0);
        assertThat(zero.round()).as("round 0 is no numbered round").isNull();
        assertThat(zero.displacementReasons()).as("not reported").isEmpty();
        assertThat(zero.assessmentType()).isEqualTo(AssessmentType.ETT);
        assertThat(rs.get(1).issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.ROUND_NOT_NUMBERED);
            assertThat(i.location()).isEqualTo(new IssueLocation(i.location().file(), 2L, 4L, 8, "Wave"));
            assertThat(i.value()).isEqualTo("0");
        });

        PopulationFigure lower = rs.get(2).value().get(0);
        assertThat(lower.displacementReasons()).containsExactly(DisplacementReason.CONFLICT);
        assertThat(lower.operation()).isNull();
        assertThat(lower.round()).isNull();

        ReadResult<List<PopulationFigure>> unknown = rs.get(3);
        assertThat(unknown.isRejected()).as("unknown texts are warnings; the figure is kept").isFalse();
        assertThat(unknown.value().get(0).assessmentType()).isNull();
        assertThat(unknown.value().get(0).displacementReasons()).isEmpty();
        assertThat(codes(unknown)).containsExactly("assessment-type.unknown", "displacement-reason.unknown");
        assertThat(unknown.issues().get(0).message()).isEqualTo("Unknown DTM assessment type \"XYZ\" in column "
                + "Survey: use BA, ETT or SA; the figure is kept without an assessment type.");

        for (int i : new int[] {4, 5}) {
            assertThat(rs.get(i).isRejected()).isTrue();
            assertThat(codes(rs.get(i))).containsExactly("round.out-of-range");
            assertThat(rs.get(i).issues().get(0).location().field()).isEqualTo("Wave");
        }
        assertThat(rs.get(5).issues().get(0).message()).isEqualTo("Round \"R4\" in column Wave is not a "
                + "data-collection round: write a whole number from 1, or leave the cell blank.");
    }

    @Test
    void unhcrPopulationApiJson_itemsReadLikeTheCsvLayout_unhcrCodesMappedOrReported() {
        String file = path("unhcr-population-api.json").toString();
        LayoutRecords<List<PopulationFigure>> records = reader().readFigures(path("unhcr-population-api.json"));
        List<ReadResult<List<PopulationFigure>>> rs = all(records);
        assertThat(records.layout().id()).isEqualTo("unhcr-population-api");
        assertThat(rs).hasSize(7);
        assertThat(records.records()).isEqualTo(records.valid() + records.rejected());
        assertThat(records.valid()).isEqualTo(4);

        List<PopulationFigure> afg = rs.get(0).value();
        assertThat(afg).extracting(PopulationFigure::populationType).containsExactly(PopulationType.REF,
                PopulationType.ASY, PopulationType.RET, PopulationType.IDP, PopulationType.RDP, PopulationType.STA,
                PopulationType.OOC); // "-" for oip and hst: not available, no figure
        assertThat(afg.get(0).total()).isEqualTo(148_271);
        assertThat(afg.get(0).location().country()).isEqualTo(CountryCode.of("DEU"));
        assertThat(afg.get(0).period()).isEqualTo(Period.ofYear(2019));
        assertThat(rs.get(0).issues()).isEmpty(); // coa_iso given: the UNHCR code GFR is not needed

        // Blank ISO columns: the UNHCR codes ANG and GFR are read as AGO and DEU, each with an info at its cell.
        PopulationFigure angola = rs.get(1).value().get(0);
        assertThat(angola.origin()).isEqualTo(CountryCode.of("AGO"));
        assertThat(angola.location().country()).isEqualTo(CountryCode.of("DEU"));
        assertThat(angola.total()).isEqualTo(100_000);
        assertThat(rs.get(1).value()).hasSize(1);
        assertThat(rs.get(1).issues()).extracting(Issue::code).containsExactly(IssueCode.COUNTRY_UNHCR_CODE,
                IssueCode.COUNTRY_UNHCR_CODE);
        Issue ang = rs.get(1).issues().stream().filter(i -> "ANG".equals(i.value())).findFirst().orElseThrow();
        assertThat(ang.message()).isEqualTo("UNHCR code ANG (Angola) in column /items/1/coo is not its ISO 3166 "
                + "code: read as AGO.");
        assertThat(ang.location()).isEqualTo(new IssueLocation(file, 2L, 6L, null, "/items/1/coo"));

        // TIB (Tibetan) has no ISO country: the figure is kept without an origin, with a warning naming the code.
        PopulationFigure tibetan = rs.get(2).value().get(0);
        assertThat(tibetan.origin()).isNull();
        assertThat(tibetan.total()).isEqualTo(72_312);
        assertThat(rs.get(2).issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.COUNTRY_UNHCR_CODE_NO_ISO);
            assertThat(i.value()).isEqualTo("TIB");
            assertThat(i.message()).isEqualTo("UNHCR code TIB (Tibetan) in column /items/2/coo_iso has no ISO 3166 "
                    + "country: the country of origin is left unknown and the figure kept.");
        });

        // ARE is Egypt in UNHCR's own codes (the coo column), not the United Arab Emirates.
        assertThat(rs.get(3).value().get(0).origin()).isEqualTo(CountryCode.of("EGY"));
        assertThat(rs.get(3).value().get(0).total()).isEqualTo(1234);

        assertThat(rs.get(4).isRejected()).isTrue();
        assertThat(rs.get(4).issues().get(0).code()).isEqualTo(IssueCode.COUNT_NEGATIVE);
        assertThat(rs.get(4).issues().get(0).location().field()).isEqualTo("/items/4/refugees");
        assertThat(codes(rs.get(5))).containsExactly("country.unknown");
        assertThat(rs.get(6).isRejected()).isTrue();
        assertThat(codes(rs.get(6))).containsExactly("json.wrong-type");
        assertThat(records.fileIssues()).isEmpty();
    }

    @Test
    void unhcrCodes_inTheIsoColumnsOfTheHdxLayout(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path file = dir.resolve("totals.csv");
        java.nio.file.Files.writeString(file, "Year,ISO3CoO,ISO3CoA,REF\n2019,GAZ,ARE,10\n2019,AFG,TIB,5\n");
        List<ReadResult<List<PopulationFigure>>> rs = all(reader().readFigures(file));
        PopulationFigure gaza = rs.get(0).value().get(0);
        assertThat(gaza.origin()).isEqualTo(CountryCode.of("PSE"));
        assertThat(gaza.location().country()).as("ARE is ISO in an ISO column").isEqualTo(CountryCode.of("ARE"));
        assertThat(codes(rs.get(0))).containsExactly("country.unhcr-code");
        // A country of asylum without an ISO country cannot place the figure: rejected, naming the code.
        assertThat(rs.get(1).isRejected()).isTrue();
        assertThat(rs.get(1).issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
            assertThat(i.message()).isEqualTo("UNHCR code TIB (Tibetan) in column ISO3CoA has no ISO 3166 country: "
                    + "the country of asylum is left unread and the row rejected.");
        });
    }

    @Test
    void unhcrDemographicsApiJson_breakdownsLikeTheCsvLayout() {
        LayoutRecords<List<PopulationFigure>> records = reader().readFigures(path("unhcr-demographics-api.json"));
        List<ReadResult<List<PopulationFigure>>> rs = all(records);
        assertThat(records.layout().id()).isEqualTo("unhcr-demographics-api");
        assertThat(rs).hasSize(3);
        PopulationFigure complete = rs.get(0).value().get(0);
        assertThat(complete.populationType()).isEqualTo(PopulationType.REF);
        assertThat(complete.total()).isEqualTo(1900);
        assertThat(complete.breakdown().isComplete()).isTrue();
        assertThat(complete.breakdown().cell(Sex.FEMALE, AgeBand.of(5, 11))).isEqualTo(200);
        assertThat(complete.location().place()).isEqualTo("Germany");
        PopulationFigure totalOnly = rs.get(1).value().get(0);
        assertThat(totalOnly.total()).isEqualTo(5000);
        assertThat(totalOnly.breakdown().isComplete()).as("\"-\" bands: only the total is given").isFalse();
        assertThat(totalOnly.breakdown().cells()).isEmpty();
        assertThat(rs.get(2).isRejected()).isTrue();
        assertThat(codes(rs.get(2))).containsExactly("count.sex-total-mismatch");
        assertThat(rs.get(2).issues().get(0).location().field()).isEqualTo("/items/2/f_total");
    }

    @Test
    void unhcrApiJson_documentShapeProblemsAreFileIssues(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws java.io.IOException {
        java.nio.file.Path noItems = dir.resolve("a.json");
        java.nio.file.Files.writeString(noItems, "{\"page\": 1, \"maxPages\": 1}");
        LayoutRecords<List<PopulationFigure>> none = reader().readFigures(noItems);
        assertThat(all(none)).isEmpty();
        assertThat(none.fileIssues()).extracting(Issue::code).containsExactly(IssueCode.LAYOUT_UNRECOGNISED);

        java.nio.file.Path other = dir.resolve("b.json");
        java.nio.file.Files.writeString(other, "{\"items\": [{\"web_id\": \"1\"}]}");
        LayoutRecords<List<PopulationFigure>> unknown = reader().readFigures(other);
        assertThat(all(unknown)).isEmpty();
        assertThat(unknown.fileIssues()).singleElement().satisfies(i -> assertThat(i.message()).isEqualTo(
                "A JSON object document is read as the UNHCR API's {\"items\": [...]} with layout "
                        + "unhcr-population-api or unhcr-demographics-api: the first item's properties fit neither "
                        + "(see migration layouts)."));

        java.nio.file.Path notArray = dir.resolve("c.json");
        java.nio.file.Files.writeString(notArray, "{\"items\": 3}");
        LayoutRecords<List<PopulationFigure>> chosen = LayoutReader.builder().today(Fixtures.TODAY)
                .layout("unhcr-population-api").build().readFigures(notArray);
        assertThat(all(chosen)).isEmpty();
        assertThat(chosen.fileIssues()).extracting(Issue::code).containsExactly(IssueCode.JSON_WRONG_TYPE);
    }
}
