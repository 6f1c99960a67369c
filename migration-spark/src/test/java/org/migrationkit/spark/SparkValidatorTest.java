package org.migrationkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.InputReport;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.TableSchema;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkValidatorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    /** The dataset rules the Spark validator does not run (see SparkValidator); ignored on both sides. */
    private static final List<IssueCode> NOT_ON_SPARK = List.of(IssueCode.NAME_INCONSISTENT_PER_CODE,
            IssueCode.SPELLING_INCONSISTENT, IssueCode.VALUE_OUTLIER);
    private static final List<String> TABLES = List.of("assistance_events.csv", "journeys.csv", "legs.csv",
            "migrants.csv");

    @TempDir
    static Path dir;

    private SparkSession spark;
    private ValidationReport local;
    private LocalReference reference;
    private SparkValidation onSpark;
    private List<Row> sparkIssues;

    @BeforeAll
    void validateBothWays() {
        spark = LocalSpark.session();
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        DatasetValidator.Builder lb = DatasetValidator.builder().clock(CLOCK).maxIssuesPerCode(0);
        SparkValidator.Builder sb = SparkValidator.builder().clock(CLOCK).maxIssuesPerCode(0);
        for (IssueCode c : NOT_ON_SPARK) {
            lb.ignore(c);
            sb.ignore(c);
        }
        reference = new LocalReference(partner, lb.build());
        local = reference.report;
        onSpark = sb.build().validate(inputs(partner));
        sparkIssues = onSpark.issues().collectAsList();
    }

    private Map<String, Dataset<Row>> inputs(Path partner) {
        Map<String, Dataset<Row>> in = new LinkedHashMap<>();
        for (String t : TABLES) {
            Entity e = java.util.Arrays.stream(Entity.values()).filter(x -> x.fileName().equals(t)).findFirst()
                    .orElseThrow();
            in.put(e.id(), SparkValidator.readCsv(spark, partner.resolve(t).toString()));
        }
        return in;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static Set<String> localKeys(List<Issue> issues) {
        return issues.stream().map(i -> fileName(String.valueOf(i.location().file())) + " " + i.code().code()
                + " " + i.location().record() + " " + i.location().field()).collect(Collectors.toSet());
    }

    private static Set<String> sparkKeys(List<Row> rows) {
        return rows.stream().map(r -> fileName(r.getAs("file")) + " " + r.getAs("code") + " " + r.getAs("record")
                + " " + r.getAs("field")).collect(Collectors.toSet());
    }

    @Test
    void issues_areTheLocalValidatorsByCodeRecordAndField() {
        assertThat(sparkKeys(sparkIssues)).containsExactlyInAnyOrderElementsOf(localKeys(reference.issues));
        assertThat(sparkIssues).hasSameSizeAs(reference.issues);
    }

    @Test
    void defects_coverEveryValueRecordAndDatasetCodeRunOnSpark() {
        Set<String> codes = sparkIssues.stream().map(r -> r.<String>getAs("code")).collect(Collectors.toSet());
        assertThat(codes).contains("country.unknown", "sex.unknown", "date.unparseable", "csv.wrong-type", "csv.missing-value",
                "age.unaccompanied-adult", "age.birth-year-mismatch", "date.in-future",
                "consent.missing-for-referral", "header.unknown-column", IssueCode.ID_DUPLICATE.code(),
                IssueCode.REF_MISSING_MIGRANT.code(), IssueCode.REF_MISSING_JOURNEY.code(),
                IssueCode.REF_MISSING_BENEFICIARY.code(), IssueCode.DATE_BEFORE_JOURNEY.code());
    }

    @Test
    void summary_countsAreTheLocalValidators() {
        ValidationReport s = onSpark.summary();
        assertThat(s.records()).isEqualTo(local.records());
        assertThat(s.valid()).isEqualTo(local.valid());
        assertThat(s.rejected()).isEqualTo(local.rejected());
        assertThat(new TreeMap<>(s.byCode())).isEqualTo(new TreeMap<>(reference.issues.stream()
                .collect(Collectors.groupingBy(i -> i.code().code(), Collectors.counting()))));
        for (Severity sev : Severity.values()) {
            assertThat(s.summaryIssues(sev)).as(sev.code())
                    .isEqualTo(reference.issues.stream().filter(i -> i.severity() == sev).count());
        }
        assertThat(byEntity(s)).isEqualTo(byEntity(local));
        assertThat(s.exitCode()).isEqualTo(local.exitCode()).isEqualTo(1);
    }

    private static Map<String, String> byEntity(ValidationReport r) {
        return r.inputs().stream().collect(Collectors.toMap(InputReport::entity,
                i -> i.records() + "/" + i.valid() + "/" + i.rejected()));
    }

    @Test
    void issues_haveTheLocalMessagesAndValues() {
        Map<String, Issue> byKey = new LinkedHashMap<>();
        for (Issue i : reference.issues) {
            byKey.put(fileName(String.valueOf(i.location().file())) + " " + i.code().code() + " "
                    + i.location().record() + " " + i.location().field(), i);
        }
        for (Row r : sparkIssues) {
            Issue l = byKey.get(fileName(r.getAs("file")) + " " + r.getAs("code") + " " + r.getAs("record") + " "
                    + r.getAs("field"));
            assertThat(l).isNotNull();
            assertThat(r.<String>getAs("message")).isEqualTo(l.message());
            assertThat(r.<String>getAs("value")).isEqualTo(l.value());
            assertThat(r.<String>getAs("severity")).isEqualTo(l.severity().code());
            assertThat(r.<String>getAs("level")).isEqualTo(l.level().code());
        }
    }

    @Test
    void sensitiveColumns_neverShowTheirValue() {
        for (Row r : sparkIssues) {
            String field = r.getAs("field");
            Entity e = Entity.ofId(r.getAs("entity"));
            boolean sensitive = field != null && TableSchema.of(e).findColumn(field).map(c -> c.isSensitive())
                    .orElse(false);
            if (sensitive) {
                assertThat(r.<String>getAs("value")).as(r.toString()).isNull();
            }
        }
        assertThat(sparkIssues).anySatisfy(r -> assertThat(r.<String>getAs("code")).isEqualTo("id.duplicate"));
    }

    @Test
    void summaryJson_isTheReportFormat() throws Exception {
        JsonNode json = new ObjectMapper().readTree(onSpark.summaryJson());
        assertThat(json.get("reportVersion").asText()).isEqualTo(ValidationReport.REPORT_VERSION);
        assertThat(json.get("summary").get("records").asLong()).isEqualTo(local.records());
        assertThat(json.get("inputs")).hasSize(4);
        assertThat(json.get("inputs").get(0).get("layout").asText()).isEqualTo("entity:assistance-event");
        assertThat(json.get("issues")).hasSize(reference.issues.size());
    }

    @Test
    void cap_keepsTheFirstIssuesOfEachCodeAndCountsTheRest() {
        SparkValidation capped = SparkValidator.builder().clock(CLOCK).maxIssuesPerCode(1).build()
                .validate(Map.of("migrant", migrants()));
        ValidationReport s = capped.summary();
        long all = capped.issues().count();
        assertThat(s.byCode()).containsEntry("country.unknown", 2L);
        assertThat(s.issues()).hasSize(s.byCode().size());
        assertThat(s.truncated()).containsEntry("country.unknown", 1L);
        long truncated = s.truncated().values().stream().mapToLong(Long::longValue).sum();
        assertThat(truncated + s.issues().size()).isEqualTo(all);
        // The first of each code, in record order.
        assertThat(s.issues()).filteredOn(i -> i.code() == IssueCode.COUNTRY_UNKNOWN).singleElement()
                .satisfies(i -> assertThat(i.location().record()).isEqualTo(10L));
    }

    @Test
    void summary_countedOnTheDriverIsTheOneCountedBySpark() {
        for (long cap : new long[] {0, 1}) {
            SparkValidation v = SparkValidator.builder().clock(CLOCK).maxIssuesPerCode(cap).build()
                    .validate(inputs(dir.resolve("partner")));
            ValidationReport onDriver = v.computeSummary(SparkValidation.LOCAL_SUMMARY);
            ValidationReport bySpark = v.computeSummary(0);
            assertThat(onDriver.issues()).isNotEmpty().isEqualTo(bySpark.issues());
            assertThat(onDriver.byCode()).isEqualTo(bySpark.byCode());
            assertThat(onDriver.truncated()).isEqualTo(bySpark.truncated());
            assertThat(byEntity(onDriver)).isEqualTo(byEntity(bySpark));
            for (Severity sev : Severity.values()) {
                assertThat(onDriver.summaryIssues(sev)).isEqualTo(bySpark.summaryIssues(sev));
            }
            v.close();
        }
    }

    @Test
    void severityOverride_decidesRejection(@TempDir Path alone) throws Exception {
        java.nio.file.Files.copy(dir.resolve("partner/migrants.csv"), alone.resolve("migrants.csv"));
        SparkValidation relaxed = SparkValidator.builder().clock(CLOCK)
                .severity(IssueCode.ID_DUPLICATE, Severity.WARNING).ignore(IssueCode.COUNTRY_UNKNOWN)
                .build().validate(Map.of("migrant", migrants()));
        ValidationReport local2 = DatasetValidator.builder().clock(CLOCK)
                .severity(IssueCode.ID_DUPLICATE, Severity.WARNING).ignore(IssueCode.COUNTRY_UNKNOWN)
                .ignore(IssueCode.VALUE_OUTLIER).build().validate(alone);
        assertThat(relaxed.summary().rejected()).isEqualTo(local2.rejected());
        assertThat(relaxed.summary().byCode()).doesNotContainKey("country.unknown")
                .containsEntry("id.duplicate", local2.byCode().get("id.duplicate"));
        assertThat(relaxed.issues().filter("code = 'id.duplicate'").select("severity").distinct().collectAsList())
                .extracting(r -> r.getString(0)).containsExactly("warning");
    }

    @Test
    void incidentDuplicates_areTheLocalValidators(@TempDir Path alone) throws Exception {
        // An incident's key is its id with its sub_id; the rows of a split incident without sub_id share their id.
        Path file = alone.resolve("incidents.csv");
        try (var w = org.migrationkit.io.csv.CsvTableWriter.builder(org.migrationkit.core.model.Incident.class)
                .crlf(false).write(file)) {
            org.migrationkit.core.sample.SampleData.seed(5).incidents().limit(40).forEach(w::write);
        }
        List<List<String>> rows = PartnerData.rows(file);
        int kind = rows.get(0).indexOf("kind");
        int subId = rows.get(0).indexOf("sub_id");
        rows.add(new java.util.ArrayList<>(rows.get(10)));
        rows.get(21).set(0, rows.get(20).get(0));
        for (int r = 20; r <= 21; r++) {
            rows.get(r).set(kind, "Split Incident");
            rows.get(r).set(subId, "");
        }
        PartnerData.write(file, rows);
        DatasetValidator.Builder lb = DatasetValidator.builder().clock(CLOCK).maxIssuesPerCode(0);
        NOT_ON_SPARK.forEach(lb::ignore);
        ValidationReport local2 = lb.build().validate(file);
        SparkValidation v = SparkValidator.builder().clock(CLOCK).maxIssuesPerCode(0).build()
                .validate(Map.of("incident", SparkValidator.readCsv(spark, file.toString())));
        List<Row> issues = v.issues().collectAsList();
        assertThat(sparkKeys(issues)).contains("incidents.csv id.duplicate 41 id")
                .containsExactlyInAnyOrderElementsOf(localKeys(local2.issues()));
        assertThat(issues).filteredOn(r -> "id.duplicate".equals(r.getAs("code"))).singleElement()
                .satisfies(r -> assertThat(r.<String>getAs("message")).isEqualTo(local2.issues().stream()
                        .filter(i -> i.code() == IssueCode.ID_DUPLICATE).findFirst().orElseThrow().message()));
        assertThat(v.summary().rejected()).isEqualTo(local2.rejected()).isEqualTo(1);
    }

    private Dataset<Row> migrants() {
        return SparkValidator.readCsv(spark, dir.resolve("partner/migrants.csv").toString());
    }

    @Test
    void missingRequiredColumn_rejectsEveryRecordWithOneIssue() {
        Dataset<Row> legs = SparkValidator.readCsv(spark, dir.resolve("partner/legs.csv").toString())
                .drop("journey_id");
        SparkValidation v = SparkValidator.builder().clock(CLOCK).build().validate(Map.of("leg", legs));
        ValidationReport s = v.summary();
        assertThat(s.rejected()).isEqualTo(s.records()).isPositive();
        assertThat(v.issues().collectAsList()).singleElement()
                .satisfies(r -> assertThat(r.<String>getAs("code")).isEqualTo("header.missing-column"))
                .satisfies(r -> assertThat(r.<String>getAs("field")).isEqualTo("journey_id"));
    }

    @Test
    void typedColumns_readAsTheirText() {
        Dataset<Row> text = SparkValidator.readCsv(spark, dir.resolve("partner/migrants.csv").toString());
        Dataset<Row> typed = text.selectExpr("id", "sex", "try_cast(age as int) as age",
                "cast(birth_year as int) as birth_year", "split(nationalities, '[|]') as nationalities",
                "country_of_birth", "population_types", "specific_needs", "cast(unaccompanied as boolean) as unaccompanied");
        Set<String> fromText = codes(SparkValidator.builder().clock(CLOCK).build().validate(Map.of("migrant", text)),
                "age");
        Set<String> fromTyped = codes(SparkValidator.builder().clock(CLOCK).build()
                .validate(Map.of("migrant", typed)), "age");
        assertThat(fromTyped).isEqualTo(fromText);
    }

    private static Set<String> codes(SparkValidation v, String exceptField) {
        // The cell that is not a number becomes null when cast: only its own issue differs.
        return new HashSet<>(sparkKeys(v.issues().filter("field is null or field <> '" + exceptField + "'")
                .collectAsList()));
    }

    @Test
    void validateCsv_isThePlainTypedEntryPoint() {
        SparkValidation v = SparkValidator.validateCsv(spark, dir.resolve("partner/legs.csv").toString(), "leg");
        assertThat(v.summary().inputs()).singleElement().satisfies(i -> assertThat(i.entity()).isEqualTo("leg"));
        assertThat(v.summaryJson()).contains("\"entity\" : \"leg\"");
    }

    @Test
    void unknownEntity_isRefusedWithTheKnownOnes() {
        Dataset<Row> legs = SparkValidator.readCsv(spark, dir.resolve("partner/legs.csv").toString());
        assertThatThrownBy(() -> SparkValidator.builder().build().validate(Map.of("legz", legs)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("leg");
        assertThatThrownBy(() -> SparkValidator.builder().build().validate(Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least one input");
    }
}
