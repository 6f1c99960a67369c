package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.layout.LayoutReader;
import org.migrationkit.io.layout.LayoutRecords;
import org.migrationkit.io.report.InputReport;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.testing.RealData;

/**
 * The public datasets validated end to end: recognised by their headers, every record accounted for, and the
 * record-level findings of the dataset validator exactly those of the layout reader on its own.
 */
@Tag("real-data")
class PublicDatasetValidationTest {
    @TempDir
    Path tmp;

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            iom-missing-migrants-project-data.csv,         mmp-api,                incident,          3723
            MissingMigrants-Global-2020-01-08T14-05-32.csv, mmp-web-2017,           incident,          6249
            global-iom-dtm-from-api-admin-0-to-2.csv,       dtm-api-hxl,            population-figure, 13367
            HDX_EndYearPopulationTotals.csv,                unhcr-population-hdx,   population-figure, 745
            HDX_Demographics.csv,                           unhcr-demographics-hdx, population-figure, 1139
            """)
    void publicFile_isValidatedWithItsLayout(String name, String layout, String entity, long records) {
        Path file = RealData.file(name);
        ValidationReport report = DatasetValidator.builder().clock(CLOCK).maxIssuesPerCode(0).build().validate(file);

        InputReport input = report.inputs().get(0);
        assertThat(input.layout()).isEqualTo(layout);
        assertThat(input.entity()).isEqualTo(entity);
        assertThat(input.records()).isEqualTo(records).isEqualTo(input.valid() + input.rejected());

        // The layout reader alone: the same rejections and the same record-level issues, code by code.
        Map<String, Long> alone = new TreeMap<>();
        long rejected = 0;
        try (LayoutRecords<?> rs = LayoutReader.builder().today(LocalDate.now(CLOCK)).build().read(file)) {
            for (ReadResult<?> r : rs) {
                rejected += r.isRejected() ? 1 : 0;
                r.issues().forEach(i -> alone.merge(i.code().code(), 1L, Long::sum));
            }
            rs.fileIssues().forEach(i -> alone.merge(i.code().code(), 1L, Long::sum));
        }
        assertThat(input.rejected()).isEqualTo(rejected);
        Map<String, Long> fromLayout = new TreeMap<>(report.byCode());
        fromLayout.keySet().retainAll(alone.keySet());
        assertThat(fromLayout).isEqualTo(alone);
        // Split incidents repeat their published id and DTM repeats ids across admin levels: neither is a duplicate.
        assertThat(report.byCode()).doesNotContainKeys("id.duplicate", "count.total-mismatch", "layout.unrecognised");
        assertThat(report.issues()).extracting(Issue::location).allSatisfy(l -> assertThat(l.file())
                .isEqualTo(file.toString()));
    }

    /**
     * Counts of people spread over orders of magnitude (a district hosting 3.6 million displaced people, a median of
     * 1,356): scored on their own scale, 2,410 of DTM's 13,367 counts and 272 of UNHCR's 1,139 totals were "outliers".
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            global-iom-dtm-from-api-admin-0-to-2.csv, numPresentIdpInd|numberMales|numberFemales
            HDX_Demographics.csv, Total|Female_total|Male_total
            MissingMigrants-Global-2020-01-08T14-05-32.csv, Number of Survivors|Minimum Estimated Number of Missing
            iom-missing-migrants-project-data.csv, number_of_survivors|number_missing
            """)
    void countsOfPeople_areNotOutliersForBeingLarge(String name, String countColumns) {
        ValidationReport report = DatasetValidator.builder().clock(CLOCK).build().validate(RealData.file(name));
        assertThat(report.issues()).filteredOn(i -> i.code().code().equals("value.outlier"))
                .extracting(i -> i.location().field())
                .doesNotContainAnyElementsOf(List.of(countColumns.split("\\|")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            MissingMigrants-Global-2020-01-08T14-05-32.csv, spelling.inconsistent, place, Location Description, 14
            global-iom-dtm-from-api-admin-0-to-2.csv, value.outlier, round, roundNumber, 14
            """)
    void datasetRuleIssues_inAPublicFile_nameTheFilesOwnColumn(String name, String code, String tableColumn,
            String header, int column) {
        ValidationReport report = DatasetValidator.builder().clock(CLOCK).build().validate(RealData.file(name));
        List<Issue> issues = report.issues().stream().filter(i -> i.code().code().equals(code)
                && header.equals(i.location().field())).toList();
        assertThat(issues).isNotEmpty().allSatisfy(i -> {
            assertThat(i.location().column()).isEqualTo(column);
            assertThat(i.message()).contains("olumn " + header + " ").doesNotContain("olumn " + tableColumn + " ");
        });
        // No issue of that code is left named by the table's column instead.
        assertThat(report.issues()).filteredOn(i -> i.code().code().equals(code))
                .noneMatch(i -> tableColumn.equals(i.location().field()));
    }

    @Test
    void severityOverride_decidesRejectionInAPublicFileToo() {
        Path file = RealData.file("iom-missing-migrants-project-data.csv");
        ValidationReport strict = DatasetValidator.builder().clock(CLOCK).build().validate(file);
        ValidationReport lenient = DatasetValidator.builder().clock(CLOCK)
                .severity(IssueCode.COUNT_NEGATIVE, Severity.WARNING).build().validate(file);
        assertThat(strict.rejected()).isEqualTo(7);
        // A negative count read as unknown leaves a total that may no longer add up: only those records stay rejected.
        assertThat(strict.byCode()).doesNotContainKey("count.total-mismatch");
        assertThat(lenient.rejected()).isEqualTo(lenient.byCode().get("count.total-mismatch")).isLessThan(7);
        assertThat(lenient.byCode().get("count.negative")).isEqualTo(strict.byCode().get("count.negative"));
    }

    @Test
    void publicFileFromGzipOrStdin_isSpooledAndReadWithItsLayout() throws IOException {
        Path file = RealData.file("HDX_EndYearPopulationTotals.csv");
        Path gz = tmp.resolve("totals.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(file, out);
        }
        ValidationReport fromGz = DatasetValidator.builder().clock(CLOCK).build().validate(gz);
        assertThat(fromGz.inputs()).containsExactly(new InputReport(gz.toString(), "unhcr-population-hdx",
                "population-figure", 745, 745, 0));

        ValidationReport fromStdin;
        try (InputStream in = Files.newInputStream(file)) {
            fromStdin = DatasetValidator.builder().clock(CLOCK).stdin(in).build().validate(List.of("-"));
        }
        assertThat(fromStdin.inputs()).containsExactly(new InputReport("-", "unhcr-population-hdx",
                "population-figure", 745, 745, 0));
        assertThat(fromStdin.byCode()).isEqualTo(fromGz.byCode());
        try (var left = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith("migrationkit-input-"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            iom-missing-migrants-project-data.csv, mmp-web-2026
            HDX_Demographics.csv,                  unhcr-population-hdx
            """)
    void forcedLayout_thatDoesNotFit_saysWhichColumnsAreMissing(String name, String layout) {
        Path file = RealData.file(name);
        ValidationReport report = DatasetValidator.builder().clock(CLOCK).layout(layout).build().validate(file);
        assertThat(report.inputs().get(0).layout()).isEqualTo(layout);
        assertThat(report.byCode()).containsKey("layout.columns-missing");
        assertThat(report.records()).isEqualTo(report.valid() + report.rejected());
        assertThat(List.of(report.exitCode())).containsAnyOf(0, 1);
    }
}
