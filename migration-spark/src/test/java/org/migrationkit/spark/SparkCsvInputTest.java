package org.migrationkit.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.InputReport;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.schema.Entity;

/**
 * CSV files given as files ({@link SparkInput#csv}), read by migrationkit's own CSV reader on the executors: whole
 * or split into line ranges, they give the local validator's issues (the CSV syntax and header issues included),
 * record numbers and counts.
 */
class SparkCsvInputTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final List<IssueCode> NOT_ON_SPARK = List.of(IssueCode.NAME_INCONSISTENT_PER_CODE,
            IssueCode.SPELLING_INCONSISTENT, IssueCode.VALUE_OUTLIER);
    private static final String SPLIT = "spark.sql.files.maxPartitionBytes";
    private static final String OPEN = "spark.sql.files.openCostInBytes";
    private static final Map<String, String> LINES = Map.of("multiLine", "false");

    @TempDir
    Path dir;

    private static SparkValidator spark() {
        SparkValidator.Builder b = SparkValidator.builder().clock(CLOCK).maxIssuesPerCode(0);
        NOT_ON_SPARK.forEach(b::ignore);
        return b.build();
    }

    private static ValidationReport local(Path folder) {
        DatasetValidator.Builder b = DatasetValidator.builder().clock(CLOCK).maxIssuesPerCode(0);
        NOT_ON_SPARK.forEach(b::ignore);
        return b.build().validate(folder);
    }

    /** Runs with files split in parts of about 2 KB. */
    private static <T> T smallSplits(Supplier<T> run) {
        SparkSession spark = LocalSpark.session();
        String split = spark.conf().get(SPLIT);
        String open = spark.conf().get(OPEN);
        spark.conf().set(SPLIT, "2048");
        spark.conf().set(OPEN, "0");
        try {
            return run.get();
        } finally {
            spark.conf().set(SPLIT, split);
            spark.conf().set(OPEN, open);
        }
    }

    private static Map<String, SparkInput> tables(Path folder, Map<String, String> options) {
        Map<String, SparkInput> in = new LinkedHashMap<>();
        for (Entity e : Entity.values()) {
            Path f = folder.resolve(e.fileName());
            if (Files.exists(f)) {
                in.put(e.id(), SparkInput.csv(LocalSpark.session(), f.toString(), options));
            }
        }
        return in;
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String key(Issue i) {
        return fileName(String.valueOf(i.location().file())) + " " + i.code().code() + " " + i.location().record()
                + " " + i.location().field() + " " + i.location().column();
    }

    private static String key(Row r) {
        return fileName(r.getAs("file")) + " " + r.getAs("code") + " " + r.getAs("record") + " " + r.getAs("field")
                + " " + r.getAs("column");
    }

    /** The Spark run has the local run's issues (key, message, value, severity) and counts. */
    private static void assertSameAsLocal(SparkValidation onSpark, ValidationReport local) {
        List<Row> issues = onSpark.issues().collectAsList();
        assertThat(issues.stream().map(SparkCsvInputTest::key).sorted().toList())
                .isEqualTo(local.issues().stream().map(SparkCsvInputTest::key).sorted().toList());
        Map<String, Issue> byKey = new HashMap<>();
        local.issues().forEach(i -> byKey.put(key(i), i));
        for (Row r : issues) {
            Issue l = byKey.get(key(r));
            assertThat(r.<String>getAs("message")).as(key(r)).isEqualTo(l.message());
            assertThat(r.<String>getAs("value")).as(key(r)).isEqualTo(l.value());
            assertThat(r.<String>getAs("severity")).as(key(r)).isEqualTo(l.severity().code());
        }
        ValidationReport s = onSpark.summary();
        assertThat(s.records()).isEqualTo(local.records());
        assertThat(s.valid()).isEqualTo(local.valid());
        assertThat(s.rejected()).isEqualTo(local.rejected());
        assertThat(new TreeMap<>(s.byCode())).isEqualTo(new TreeMap<>(local.byCode()));
        assertThat(byEntity(s)).isEqualTo(byEntity(local));
        assertThat(s.exitCode()).isEqualTo(local.exitCode());
    }

    private static Map<String, String> byEntity(ValidationReport r) {
        return r.inputs().stream().collect(Collectors.toMap(InputReport::entity,
                i -> i.records() + "/" + i.valid() + "/" + i.rejected()));
    }

    @Test
    void partnerDataset_readWhole_isTheLocalRun() {
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        ValidationReport local = local(partner);
        try (SparkValidation v = spark().validateInputs(tables(partner, Map.of()))) {
            assertSameAsLocal(v, local);
            assertThat(v.summary().byCode()).containsKeys("header.unknown-column", "id.duplicate",
                    "ref.missing-migrant", "date.before-journey", "csv.wrong-type");
        }
    }

    @Test
    void partnerDataset_splitIntoManyLineRanges_isTheLocalRun() {
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        ValidationReport local = local(partner);
        try (SparkValidation v = smallSplits(() -> spark().validateInputs(tables(partner, LINES)))) {
            assertSameAsLocal(v, local);
            // The summary keeps issues in input and record order, as the local report does.
            assertThat(v.summary().issues()).filteredOn(i -> "migrants.csv".equals(fileName(
                    String.valueOf(i.location().file())))).extracting(i -> i.location().record())
                    .isSortedAccordingTo(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        }
    }

    @Test
    void crlfQuotedFieldsAndAByteOrderMark_splitOrWhole_areTheLocalRun() throws IOException {
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        Path folder = dir.resolve("crlf");
        Files.createDirectories(folder);
        List<List<String>> rows = PartnerData.rows(partner.resolve("migrants.csv"));
        StringBuilder b = new StringBuilder("\uFEFF");
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (i % 7 == 3) {
                r.set(7, "needs \"care\", a, b"); // a delimiter and doubled quotes inside quotes
            }
            for (int k = 0; k < r.size(); k++) {
                String c = r.get(k);
                b.append(k == 0 ? "" : ",").append(c.indexOf(',') >= 0 || c.indexOf('"') >= 0
                        ? '"' + c.replace("\"", "\"\"") + '"' : i % 5 == 2 && k == 1 ? '"' + c + '"' : c);
            }
            if (i == 20) {
                b.append(",extra"); // csv.field-count: rejected
            }
            b.append("\r\n");
        }
        Files.writeString(folder.resolve("migrants.csv"), b.toString(), StandardCharsets.UTF_8);
        ValidationReport local = local(folder);
        assertThat(local.byCode()).containsKey("csv.field-count");
        try (SparkValidation whole = spark().validateInputs(tables(folder, Map.of()))) {
            assertSameAsLocal(whole, local);
        }
        try (SparkValidation split = smallSplits(() -> spark().validateInputs(tables(folder, LINES)))) {
            assertSameAsLocal(split, local);
        }
    }

    @Test
    void nulAndInvalidUtf8LateInTheFile_splitIntoRanges_giveTheFilesByteOffsets() throws IOException {
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        Path folder = dir.resolve("bytes");
        Files.createDirectories(folder);
        byte[] text = Files.readAllBytes(partner.resolve("migrants.csv"));
        int late = text.length - 500;
        while (text[late] != ',') {
            late++;
        }
        text[late + 1] = 0;                 // csv.nul-byte, in a split far from the first
        int later = late + 120;
        while (text[later] != ',') {
            later++;
        }
        text[later + 1] = (byte) 0xFF;      // encoding.invalid-utf8
        Files.write(folder.resolve("migrants.csv"), text);
        ValidationReport local = local(folder);
        assertThat(local.byCode()).containsKeys("csv.nul-byte", "encoding.invalid-utf8");
        try (SparkValidation v = smallSplits(() -> spark().validateInputs(tables(folder, LINES)))) {
            assertSameAsLocal(v, local);
        }
    }

    @Test
    void quotedLineBreaks_readWhole_areTheLocalRun() throws IOException {
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        Path folder = dir.resolve("multiline");
        Files.createDirectories(folder);
        List<List<String>> rows = PartnerData.rows(partner.resolve("migrants.csv"));
        rows.get(5).set(7, "first line\nsecond line");
        rows.get(9).set(7, "a\r\nb");
        PartnerData.write(folder.resolve("migrants.csv"), rows);
        ValidationReport local = local(folder);
        try (SparkValidation v = smallSplits(() -> spark().validateInputs(tables(folder, Map.of())))) {
            assertSameAsLocal(v, local);
        }
    }

    @Test
    void twoFilesOfOneInput_splitIntoRanges_areNumberedEachFromOne() {
        Path partner = PartnerData.clean(dir.resolve("partner"), PartnerData.MIGRANTS, PartnerData.SEED);
        Path folder = dir.resolve("two");
        copy(partner.resolve("migrants.csv"), folder.resolve("a.csv"));
        copy(partner.resolve("migrants.csv"), folder.resolve("b.csv"));
        copy(partner.resolve("migrants.csv"), folder.resolve("_SUCCESS"));
        try (SparkValidation v = smallSplits(() -> spark().validateInputs(Map.of("migrant",
                SparkInput.csv(LocalSpark.session(), folder.toString(), LINES))))) {
            List<Row> issues = v.issues().collectAsList();
            // Files are read in name order: every record of b.csv repeats an id of a.csv.
            assertThat(issues).hasSize(PartnerData.MIGRANTS)
                    .allSatisfy(r -> assertThat(r.<String>getAs("code")).isEqualTo("id.duplicate"))
                    .allSatisfy(r -> assertThat(fileName(r.getAs("file"))).isEqualTo("b.csv"))
                    .allSatisfy(r -> assertThat(r.<String>getAs("message")).contains("as a record of ")
                            .contains("a.csv:"));
            assertThat(issues.stream().map(r -> r.<Long>getAs("record")).sorted().toList())
                    .isEqualTo(java.util.stream.LongStream.rangeClosed(1, PartnerData.MIGRANTS).boxed().toList());
            assertThat(v.summary().records()).isEqualTo(2L * PartnerData.MIGRANTS);
            assertThat(v.summary().rejected()).isEqualTo(PartnerData.MIGRANTS);
            assertThat(v.summary().inputs()).singleElement().satisfies(i -> assertThat(i.path()).isEqualTo("migrant"));
        }
    }

    @Test
    void headerWithAliasesASemicolonAndAMissingColumn_isTheLocalRun() throws IOException {
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        Path folder = dir.resolve("header");
        Files.createDirectories(folder);
        List<List<String>> migrants = PartnerData.rows(partner.resolve("migrants.csv"));
        migrants.get(0).set(2, "AGE");             // names compare ignoring case
        migrants.get(0).set(5, "Country Of Birth"); // and spaces
        writeSemicolons(folder.resolve("migrants.csv"), migrants);
        List<List<String>> legs = PartnerData.rows(partner.resolve("legs.csv"));
        for (List<String> r : legs) {
            r.remove(0);                           // journey_id, required: every leg is rejected
        }
        writeSemicolons(folder.resolve("legs.csv"), legs);
        ValidationReport local = local(folder);
        assertThat(local.byCode()).containsKey("header.missing-column");
        try (SparkValidation v = smallSplits(() -> spark().validateInputs(tables(folder, LINES)))) {
            assertSameAsLocal(v, local);
            assertThat(v.summary().inputs()).filteredOn(i -> i.entity().equals("leg")).singleElement()
                    .satisfies(i -> assertThat(i.rejected()).isEqualTo(i.records()).isPositive());
        }
    }

    @Test
    void optionsTheReaderCannotHonour_areRefusedWithTheWayOut() {
        SparkSession spark = LocalSpark.session();
        assertThatThrownBy(() -> SparkInput.csv(spark, "x.csv", Map.of("escape", "\\")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("escape")
                .hasMessageContaining("SparkInput.of");
        assertThatThrownBy(() -> SparkInput.csv(spark, "x.csv", Map.of("dateFormat", "dd/MM/yyyy")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dateFormat");
        assertThatThrownBy(() -> SparkInput.csv(spark, "x.csv", Map.of("encoding", "Shift_JIS")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UTF-8");
        // The options that make Spark's own reader RFC 4180 are what this reader does anyway.
        Map<String, String> rfc = new HashMap<>(SparkValidator.CSV_OPTIONS);
        rfc.put("sep", ";");
        assertThat(SparkInput.csv(spark, "x.csv", rfc).toString()).contains("multiLine=true").contains("delimiter=;");
        assertThatThrownBy(() -> SparkValidator.builder().build().validateInputs(Map.of("migrant",
                SparkInput.csv(spark, dir.resolve("none").toString())))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No CSV file");
    }

    @Test
    void lineRanges_eachLineReadOnce_whereverTheSplitsFall() throws IOException {
        // Lines of every length around the split size, LF, CRLF and a lone CR: each record is read by one task.
        Path folder = dir.resolve("ranges");
        Files.createDirectories(folder);
        StringBuilder b = new StringBuilder("id,sex,age\n");
        int n = 0;
        for (int len = 1; len < 200; len += 3) {
            n++;
            char[] pad = new char[len];
            Arrays.fill(pad, '7');
            b.append("m-").append(n).append('-').append(pad).append(n % 11 == 0 ? ",mal," : ",female,")
                    .append(n % 90).append(n % 3 == 0 ? "\r\n" : n % 3 == 1 ? "\n" : "\r");
        }
        Files.writeString(folder.resolve("migrants.csv"), b.toString());
        ValidationReport local = local(folder);
        for (String size : List.of("7", "64", "100", "333")) {
            SparkSession spark = LocalSpark.session();
            String before = spark.conf().get(SPLIT);
            String open = spark.conf().get(OPEN);
            spark.conf().set(SPLIT, size);
            spark.conf().set(OPEN, "0");
            try (SparkValidation v = spark().validateInputs(tables(folder, LINES))) {
                assertThat(v.summary().records()).as(size).isEqualTo(local.records()).isEqualTo(n);
                assertSameAsLocal(v, local);
            } finally {
                spark.conf().set(SPLIT, before);
                spark.conf().set(OPEN, open);
            }
        }
    }

    private static void writeSemicolons(Path file, List<List<String>> rows) throws IOException {
        Files.writeString(file, rows.stream().map(r -> String.join(";", r)).collect(Collectors.joining("\n", "",
                "\n")));
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
