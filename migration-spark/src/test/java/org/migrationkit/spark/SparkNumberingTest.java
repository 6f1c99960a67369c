package org.migrationkit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.ValidationReport;

/**
 * Record numbers when a file is split over many partitions and an input has several files: the pass locates rows by
 * partition, run and offset and the numbers are fixed up afterwards, which must give the local validator's numbers.
 */
class SparkNumberingTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final String SPLIT = "spark.sql.files.maxPartitionBytes";
    private static final String OPEN = "spark.sql.files.openCostInBytes";

    @TempDir
    Path dir;

    /** Reads CSV split in partitions of about 2 KB (the file has no quoted line break, so lines are records). */
    private static <T> T split(SparkSession spark, Function<SparkSession, T> read) {
        String split = spark.conf().get(SPLIT);
        String open = spark.conf().get(OPEN);
        spark.conf().set(SPLIT, "2048");
        spark.conf().set(OPEN, "0");
        try {
            return read.apply(spark);
        } finally {
            spark.conf().set(SPLIT, split);
            spark.conf().set(OPEN, open);
        }
    }

    private static Dataset<Row> lines(SparkSession spark, String path) {
        Map<String, String> options = new HashMap<>(SparkValidator.CSV_OPTIONS);
        options.put("multiLine", "false");
        return spark.read().options(options).csv(path);
    }

    @Test
    void fileSplitOverPartitions_hasTheLocalRecordNumbersAndCounts() {
        SparkSession spark = LocalSpark.session();
        Path partner = PartnerData.withDefects(dir.resolve("partner"));
        Path alone = dir.resolve("alone");
        copy(partner.resolve("migrants.csv"), alone.resolve("migrants.csv"));
        ValidationReport local = DatasetValidator.builder().clock(CLOCK).maxIssuesPerCode(0)
                .ignore(IssueCode.VALUE_OUTLIER).build().validate(alone);
        SparkValidation onSpark = split(spark, s -> {
            Dataset<Row> migrants = lines(s, alone.resolve("migrants.csv").toString());
            assertThat(migrants.javaRDD().getNumPartitions()).isGreaterThan(4);
            return SparkValidator.builder().clock(CLOCK).maxIssuesPerCode(0).build()
                    .validate(Map.of("migrant", migrants));
        });
        List<Row> issues = onSpark.issues().collectAsList();
        Set<String> local3 = local.issues().stream().map(SparkNumberingTest::key).collect(Collectors.toSet());
        assertThat(issues.stream().map(SparkNumberingTest::key).collect(Collectors.toSet()))
                .isEqualTo(local3).hasSize(issues.size());
        Map<String, String> messages = local.issues().stream()
                .collect(Collectors.toMap(SparkNumberingTest::key, Issue::message, (a, b) -> a));
        for (Row r : issues) {
            assertThat(r.<String>getAs("message")).isEqualTo(messages.get(key(r)));
        }
        ValidationReport s = onSpark.summary();
        assertThat(s.records()).isEqualTo(local.records()).isEqualTo(PartnerData.MIGRANTS + 1);
        assertThat(s.rejected()).isEqualTo(local.rejected());
        assertThat(new TreeMap<>(s.byCode())).isEqualTo(new TreeMap<>(local.byCode()));
        // The summary keeps issues in record order, as the local report does.
        assertThat(s.issues()).extracting(i -> i.location().record()).isSorted();
        onSpark.close();
    }

    @Test
    void twoFilesOfOneInput_areNumberedEachFromOne_andADuplicateNamesTheOtherFile() throws IOException {
        SparkSession spark = LocalSpark.session();
        Path partner = PartnerData.clean(dir.resolve("partner"), PartnerData.MIGRANTS, PartnerData.SEED);
        Path folder = dir.resolve("two");
        copy(partner.resolve("migrants.csv"), folder.resolve("a.csv"));
        copy(partner.resolve("migrants.csv"), folder.resolve("b.csv"));
        SparkValidation v = split(spark, s -> SparkValidator.builder().clock(CLOCK).maxIssuesPerCode(0).build()
                .validate(Map.of("migrant", lines(s, folder.toString()))));
        List<Row> issues = v.issues().collectAsList();
        // Every record of the file read second repeats an id of the file read first.
        assertThat(issues).hasSize(PartnerData.MIGRANTS)
                .allSatisfy(r -> assertThat(r.<String>getAs("code")).isEqualTo("id.duplicate"));
        String second = issues.get(0).getAs("file");
        String first = second.endsWith("a.csv") ? second.replace("a.csv", "b.csv") : second.replace("b.csv", "a.csv");
        assertThat(issues).allSatisfy(r -> assertThat(r.<String>getAs("file")).isEqualTo(second))
                .allSatisfy(r -> assertThat(r.<String>getAs("message")).contains("as a record of " + first + ":"));
        assertThat(issues.stream().map(r -> r.<Long>getAs("record")).sorted().toList())
                .isEqualTo(java.util.stream.LongStream.rangeClosed(1, PartnerData.MIGRANTS).boxed().toList());
        assertThat(v.summary().records()).isEqualTo(2L * PartnerData.MIGRANTS);
        assertThat(v.summary().rejected()).isEqualTo(PartnerData.MIGRANTS);
        v.close();
    }

    private static String key(Issue i) {
        return i.code().code() + " " + i.location().record() + " " + i.location().field();
    }

    private static String key(Row r) {
        return r.getAs("code") + " " + r.getAs("record") + " " + r.getAs("field");
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
