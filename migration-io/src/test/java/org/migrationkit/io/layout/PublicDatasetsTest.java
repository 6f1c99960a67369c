package org.migrationkit.io.layout;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.testing.RealData;

/** The acceptance of issue 8 on the real public files, each compared with an independent reading by FastCSV. */
@Tag("real-data")
class PublicDatasetsTest {
    private static List<NamedCsvRecord> oracle(Path file) throws IOException {
        try (var reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            return reader.stream().toList();
        }
    }

    private static long n(String s) {
        return s.isBlank() ? 0 : Long.parseLong(s.strip());
    }

    private static Set<Long> rejectedRecords(List<? extends ReadResult<?>> rs) {
        Set<Long> out = new TreeSet<>();
        rs.stream().filter(ReadResult::isRejected).forEach(r -> out.add(r.record()));
        return out;
    }

    @Test
    void mmpApiCsv_rejectsExactlyTheNegativeCounts_andWarnsExactlyTheOverTotals() throws IOException {
        Path file = RealData.file("iom-missing-migrants-project-data.csv");
        LayoutRecords<Incident> records = Fixtures.reader().readIncidents(file);
        List<ReadResult<Incident>> rs = Fixtures.all(records);
        assertThat(records.layout().id()).isEqualTo("mmp-api");
        assertThat(rs).hasSize(3723);
        assertThat(records.records()).isEqualTo(records.valid() + records.rejected());

        List<NamedCsvRecord> rows = oracle(file);
        Set<Long> negative = new TreeSet<>();
        Set<Long> sexOver = new TreeSet<>();
        Set<Long> childOver = new TreeSet<>();
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            NamedCsvRecord r = rows.get(i);
            ids.merge(r.getField("web_id"), 1, Integer::sum);
            boolean neg = false;
            for (String f : List.of("number_dead", "number_missing", "total_dead_and_missing", "number_of_survivors",
                    "number_of_female", "number_of_male", "number_of_children")) {
                neg |= r.getField(f).strip().startsWith("-");
            }
            if (neg) {
                negative.add(i + 1L);
                continue;
            }
            String t = r.getField("total_dead_and_missing");
            long total = t.isBlank() ? n(r.getField("number_dead")) + n(r.getField("number_missing")) : n(t);
            boolean sexGiven = !r.getField("number_of_female").isBlank() || !r.getField("number_of_male").isBlank();
            if (sexGiven && n(r.getField("number_of_female")) + n(r.getField("number_of_male")) > total) {
                sexOver.add(i + 1L);
            }
            if (!r.getField("number_of_children").isBlank() && n(r.getField("number_of_children")) > total) {
                childOver.add(i + 1L);
            }
        }
        assertThat(negative).isNotEmpty();
        assertThat(rejectedRecords(rs)).isEqualTo(negative);
        assertThat(recordsWith(rs, IssueCode.COUNT_PARTIAL_EXCEEDS_TOTAL)).isEqualTo(sexOver);
        assertThat(recordsWith(rs, IssueCode.COUNT_CHILDREN_EXCEED_TOTAL)).isEqualTo(childOver);
        assertThat(recordsWith(rs, IssueCode.COUNT_TOTAL_MISMATCH)).isEmpty();
        // Repeated web_ids are split incidents, every row of them, and none is rejected for it.
        for (ReadResult<Incident> r : rs) {
            if (!r.isRejected()) {
                boolean repeated = ids.get(r.value().id().value()) > 1;
                assertThat(r.value().kind() == IncidentType.SPLIT_INCIDENT).isEqualTo(repeated);
            }
        }
        assertThat(ids.values().stream().filter(c -> c > 1).count()).isPositive();
    }

    private static Set<Long> recordsWith(List<? extends ReadResult<?>> rs, IssueCode code) {
        Set<Long> out = new TreeSet<>();
        for (ReadResult<?> r : rs) {
            for (Issue i : r.issues()) {
                if (i.code() == code) {
                    out.add(r.record());
                }
            }
        }
        return out;
    }

    @Test
    void mmpWeb2017_readsEveryIncident_mapsLegacyNames_andThousands() throws IOException {
        Path file = RealData.file("MissingMigrants-Global-2020-01-08T14-05-32.csv");
        LayoutRecords<Incident> records = Fixtures.reader().readIncidents(file);
        List<ReadResult<Incident>> rs = Fixtures.all(records);
        assertThat(records.layout().id()).isEqualTo("mmp-web-2017");
        assertThat(rs).hasSize(6249);
        assertThat(rejectedRecords(rs)).isEmpty();
        List<NamedCsvRecord> rows = oracle(file);
        int thousands = 0;
        for (int i = 0; i < rows.size(); i++) {
            String total = rows.get(i).getField("Total Dead and Missing");
            if (total.contains(",")) {
                thousands++; // "1,022": the thousands separator of layout A
                assertThat(rs.get(i).value().total()).isEqualTo(Integer.parseInt(total.replace(",", "")));
            }
            String route = rows.get(i).getField("Migration Route");
            Incident inc = rs.get(i).value();
            if (route.equals("Central America to US")) {
                assertThat(inc.route()).isEqualTo(MmpRoute.US_MEXICO_BORDER_CROSSING);
            } else if (route.equals("Horn Africa to Yemen")) {
                assertThat(inc.route()).isEqualTo(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA);
            }
            String region = rows.get(i).getField("Region of Incident");
            if (region.equals("North Africa")) {
                assertThat(inc.region()).isEqualTo(MmpRegion.NORTHERN_AFRICA);
            } else if (region.equals("Sub-Saharan Africa")) {
                assertThat(inc.region()).isEqualTo(MmpRegion.SUB_SAHARAN_AFRICA);
                assertThat(rs.get(i).issues()).extracting(Issue::code).contains(IssueCode.REGION_LEGACY);
            }
        }
        assertThat(thousands).isPositive();
    }

    /** The renamed legacy names of domain-standards §1.3 ("Legacy → current names"), written out independently. */
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("Central America to US", "US-Mexico border crossing"),
            Map.entry("Calais to United Kingdom", "English Channel to the UK"),
            Map.entry("Western African", "Western Africa / Atlantic route to the Canary Islands"),
            Map.entry("Horn Africa to Yemen", "Eastern Route to/from EHOA"),
            Map.entry("Darien Gap", "Darien"),
            Map.entry("From Haiti to Dajabon, Dominican Republic", "Haiti to Dominican Republic"),
            Map.entry("Venezuela to Curaçao", "Venezuela to Caribbean"),
            Map.entry("North Africa", "Northern Africa"),
            Map.entry("South Asia", "Southern Asia"),
            Map.entry("Southeast Asia", "South-eastern Asia"),
            Map.entry("East Asia", "Eastern Asia"));
    /** The legacy values with no single current equivalent, kept as given (§1.3). */
    private static final Set<String> KEPT = Set.of("Malaysia to Indonesia", "US-Mexico Border", "Sub-Saharan Africa",
            "Horn of Africa", "Middle East");

    @Test
    void mmpWeb2017_legacyRoutesAndRegions_mapToTheCurrentNamesAndKeepTheirText() throws IOException {
        Path file = RealData.file("MissingMigrants-Global-2020-01-08T14-05-32.csv");
        List<ReadResult<Incident>> rs = Fixtures.all(Fixtures.reader().readIncidents(file));
        List<NamedCsvRecord> rows = oracle(file);
        assertThat(rs).hasSize(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Incident inc = rs.get(i).value();
            String route = rows.get(i).getField("Migration Route").strip();
            String region = rows.get(i).getField("Region of Incident").strip();
            check(route, inc.route() == null ? null : inc.route().code(), inc.reportedRoute(), seen);
            check(region, inc.region() == null ? null : inc.region().code(), inc.reportedRegion(), seen);
        }
        // Every renamed legacy name of §1.3 that the file uses was met, and the file does use renamed names.
        assertThat(seen.keySet()).contains("Central America to US", "Western African", "North Africa",
                "Horn Africa to Yemen", "Sub-Saharan Africa");
    }

    private static void check(String text, String code, String reported, Map<String, Integer> seen) {
        if (text.isEmpty()) {
            assertThat(code).isNull();
            assertThat(reported).isNull();
        } else if (RENAMED.containsKey(text)) {
            assertThat(code).as(text).isEqualTo(RENAMED.get(text));
            assertThat(reported).as("the published text is kept").isEqualTo(text);
            seen.merge(text, 1, Integer::sum);
        } else if (KEPT.contains(text)) {
            assertThat(code).as(text).isEqualTo(text);
            assertThat(reported).as("a legacy value kept as given keeps its text").isEqualTo(text);
            seen.merge(text, 1, Integer::sum);
        } else {
            assertThat(code).as(text).isEqualTo(text);
            assertThat(reported).as("a current name is not repeated").isNull();
        }
    }

    @Test
    void dtm_roundsAssessmentsReasonsAndOperations_asPublished() throws IOException {
        Path file = RealData.file("global-iom-dtm-from-api-admin-0-to-2.csv");
        List<ReadResult<List<PopulationFigure>>> rs = Fixtures.all(Fixtures.reader().readFigures(file));
        List<NamedCsvRecord> rows = oracle(file).subList(1, 13_368);
        int roundZero = 0;
        int combos = 0;
        for (int i = 0; i < rows.size(); i++) {
            NamedCsvRecord row = rows.get(i);
            PopulationFigure f = rs.get(i).value().get(0);
            int round = Integer.parseInt(row.getField("roundNumber"));
            if (round == 0) {
                roundZero++;
                assertThat(f.round()).isNull();
                assertThat(rs.get(i).issues()).extracting(Issue::code).contains(IssueCode.ROUND_NOT_NUMBERED);
            } else {
                assertThat(f.round()).isEqualTo(round);
            }
            assertThat(f.edition()).as("the round is not an edition").isNull();
            assertThat(f.assessmentType().code()).isEqualTo(row.getField("assessmentType"));
            assertThat(f.operation()).isEqualTo(row.getField("operation"));
            String reason = row.getField("displacementReason");
            List<String> expected = new ArrayList<>();
            if (!reason.equals("No reason for displacement reported")) {
                for (String piece : reason.split("; ")) {
                    // The export writes "conflict" as well as "Conflict" (domain-standards §2.2).
                    expected.add(piece.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + piece.substring(1));
                }
            }
            combos += expected.size() > 1 ? 1 : 0;
            assertThat(f.displacementReasons()).extracting(r -> r.code()).as(reason).isEqualTo(expected);
        }
        assertThat(roundZero).isEqualTo(17);
        assertThat(combos).isPositive();
        assertThat(rejectedRecords(rs)).isEmpty();
    }

    @Test
    void dtm_hxlRowDetected_everyRecordWithItsAdminLevel() throws IOException {
        Path file = RealData.file("global-iom-dtm-from-api-admin-0-to-2.csv");
        LayoutRecords<List<PopulationFigure>> records = Fixtures.reader().readFigures(file);
        List<ReadResult<List<PopulationFigure>>> rs = Fixtures.all(records);
        assertThat(records.layout().id()).isEqualTo("dtm-api-hxl");
        assertThat(rs).hasSize(13_367);
        assertThat(rs.get(0).line()).isEqualTo(3); // the header and the HXL row are not records
        List<NamedCsvRecord> rows = oracle(file).subList(1, 13_368); // the oracle sees the HXL row as data
        Set<Integer> levels = new HashSet<>();
        for (int i = 0; i < rs.size(); i++) {
            int level = Integer.parseInt(rows.get(i).getField("adminLevel"));
            levels.add(level);
            PopulationFigure f = rs.get(i).value().get(0);
            AdminArea area = f.location().adminArea();
            assertThat(area == null ? 0 : area.level()).isEqualTo(level);
            assertThat(f.location().country().alpha3()).isEqualTo(rows.get(i).getField("admin0Pcode"));
            assertThat(f.total()).isEqualTo(Integer.parseInt(rows.get(i).getField("numPresentIdpInd")));
        }
        assertThat(levels).containsExactlyInAnyOrder(0, 1, 2);
    }

    @Test
    void unhcrTotals_everyRowMapped() throws IOException {
        Path file = RealData.file("HDX_EndYearPopulationTotals.csv");
        List<ReadResult<List<PopulationFigure>>> rs = Fixtures.all(Fixtures.reader().readFigures(file));
        assertThat(rs).hasSize(745);
        assertThat(rejectedRecords(rs)).isEmpty();
        List<NamedCsvRecord> rows = oracle(file);
        for (int i = 0; i < rows.size(); i++) {
            long ref = new java.math.BigDecimal(rows.get(i).getField("REF")).longValueExact();
            assertThat(rs.get(i).value().get(0).total()).isEqualTo((int) ref);
        }
    }

    @Test
    void unhcrDemographics_everyRowMapped_breakdownsChecked() throws IOException {
        Path file = RealData.file("HDX_Demographics.csv");
        List<ReadResult<List<PopulationFigure>>> rs = Fixtures.all(Fixtures.reader().readFigures(file));
        assertThat(rs).hasSize(1139);
        assertThat(rejectedRecords(rs)).isEmpty();
        List<NamedCsvRecord> rows = oracle(file);
        List<Long> partial = new ArrayList<>();
        List<Long> expectedPartial = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            NamedCsvRecord r = rows.get(i);
            long f = n(r.getField("Female_total"));
            long m = n(r.getField("Male_total"));
            if (f + m != n(r.getField("Total"))) {
                expectedPartial.add(i + 1L);
            }
            if (!rs.get(i).value().get(0).breakdown().isComplete()) {
                partial.add(i + 1L);
            }
            assertThat(rs.get(i).value().get(0).breakdown().sum()).isEqualTo(f + m);
        }
        assertThat(partial).isEqualTo(expectedPartial).isNotEmpty();
    }
}
