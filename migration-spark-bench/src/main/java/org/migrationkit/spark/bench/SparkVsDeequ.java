package org.migrationkit.spark.bench;

import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import com.amazon.deequ.constraints.Constraint;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.TableSchema;
import org.migrationkit.spark.SparkInput;
import org.migrationkit.spark.SparkValidation;
import org.migrationkit.spark.SparkValidator;
import scala.Option$;
import scala.collection.immutable.List$;
import scala.util.matching.Regex;

/**
 * SparkValidator against Amazon Deequ on the same generated migrants file, in the same JVM and Spark session,
 * warm: one untimed run of each, then {@code runs} timed runs of each, alternating. Deequ checks what it can express
 * of our rules on that table (id complete and unique, sex in its vocabulary, age not negative, country of birth a
 * three-letter code, unaccompanied a boolean), once for its metrics only and once with its row-level results (a
 * second job over the data); ours types every column, runs the record rules and the duplicate-id aggregation and
 * gives per-row issues and the summary.
 *
 * <p>Arguments: work folder, rows, timed runs.
 */
public final class SparkVsDeequ {
    private SparkVsDeequ() {
    }

    /**
     * Runs the benchmark.
     *
     * @param args work folder, rows, timed runs
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path file = dir.resolve("migrants-" + rows + ".csv");
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            write(file, rows);
            System.out.printf("generated %s (%d rows, %d MB) in %.1f s%n", file, rows, Files.size(file) >> 20,
                    (System.nanoTime() - t) / 1e9);
        }
        SparkSession spark = SparkSession.builder().master("local[2]").appName("spark-vs-deequ")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.shuffle.partitions", "8")
                // Split the file so that both engines use the two cores.
                .config("spark.sql.files.maxPartitionBytes", String.valueOf(16 << 20))
                .getOrCreate();
        spark.sparkContext().setLogLevel("WARN");
        Map<String, String> options = new HashMap<>(SparkValidator.CSV_OPTIONS);
        // The file has no quoted line breaks; multiLine would make it one partition for both engines.
        options.put("multiLine", "false");
        String path = file.toString();
        System.out.printf("Spark %s, Java %s, %d cores available, local[2]%n", spark.version(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        long[] ours = new long[runs];
        long[] oursRows = new long[runs];
        long[] deequ = new long[runs];
        long[] deequRows = new long[runs];
        long[][] cpu = new long[4][runs];
        ours(spark, options, path, true, true);
        ours(spark, options, path, false, true);
        deequ(spark, options, path, false, true);
        deequ(spark, options, path, true, true);
        for (int i = 0; i < runs; i++) {
            long c = cpu();
            ours[i] = ours(spark, options, path, true, false);
            cpu[0][i] = cpu() - c;
            c = cpu();
            oursRows[i] = ours(spark, options, path, false, false);
            cpu[1][i] = cpu() - c;
            c = cpu();
            deequ[i] = deequ(spark, options, path, false, false);
            cpu[2][i] = cpu() - c;
            c = cpu();
            deequRows[i] = deequ(spark, options, path, true, false);
            cpu[3][i] = cpu() - c;
            System.out.printf("round %d (load %s): wall ms ours %d, ours on Spark's CSV rows %d, deequ %d, deequ row "
                    + "level %d; process CPU ms %d, %d, %d, %d%n", i + 1, load(), ours[i], oursRows[i], deequ[i],
                    deequRows[i], cpu[0][i], cpu[1][i], cpu[2][i], cpu[3][i]);
        }
        long o = median(ours);
        long od = median(oursRows);
        long d = median(deequ);
        long dr = median(deequRows);
        System.out.printf("migrationkit SparkValidator, SparkInput.csv (issues per row + summary): median %d ms %s, "
                + "CPU %s%n", o, Arrays.toString(ours), Arrays.toString(cpu[0]));
        System.out.printf("migrationkit SparkValidator on Spark's CSV Dataset:                median %d ms %s, "
                + "CPU %s%n", od, Arrays.toString(oursRows), Arrays.toString(cpu[1]));
        System.out.printf("Deequ VerificationSuite (metrics only):              median %d ms %s%n", d,
                Arrays.toString(deequ));
        System.out.printf("Deequ + rowLevelResultsAsDataFrame (per row):         median %d ms %s%n", dr,
                Arrays.toString(deequRows));
        System.out.printf("speed-up: %.2fx against Deequ with row-level results, %.2fx against its metrics only "
                + "(on Spark's CSV Dataset: %.2fx, %.2fx); by median CPU: %.2fx, %.2fx%n", (double) dr / o,
                (double) d / o, (double) dr / od, (double) d / od, (double) median(cpu[3]) / median(cpu[0]),
                (double) median(cpu[2]) / median(cpu[0]));
        spark.stop();
    }

    /** Process CPU time so far, in ms: the executors run in this JVM in local mode. */
    private static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1_000_000;
    }

    private static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    private static long ours(SparkSession spark, Map<String, String> options, String path, boolean files,
            boolean show) {
        long t = System.nanoTime();
        Map<String, SparkInput> in = new HashMap<>();
        // The same file and options: read by migrationkit's CSV reader (files), or by Spark's into a Dataset.
        in.put("migrant", files ? SparkInput.csv(spark, path, options)
                : SparkInput.of(spark.read().options(options).csv(path)));
        try (SparkValidation v = SparkValidator.builder().maxIssuesPerCode(100).build().validateInputs(in)) {
            ValidationReport r = v.summary();
            long issues = v.issues().count();
            long ms = (System.nanoTime() - t) / 1_000_000;
            if (show) {
                System.out.printf("ours%s: %d records, %d rejected, %d issues %s%n",
                        files ? "" : " (Spark's CSV rows)", r.records(), r.rejected(), issues, r.byCode());
            }
            return ms;
        }
    }

    private static long deequ(SparkSession spark, Map<String, String> options, String path, boolean rowLevel,
            boolean show) {
        long t = System.nanoTime();
        Dataset<Row> migrants = spark.read().options(options).csv(path);
        Check check = new Check(CheckLevel.Error(), "migrants", List$.MODULE$.<Constraint>empty())
                .isComplete("id", Option$.MODULE$.<String>empty(), Option$.MODULE$.empty())
                .isUnique("id", Option$.MODULE$.<String>empty(), Option$.MODULE$.empty())
                .isContainedIn("sex", new String[] {"female", "male", "other", "unknown"})
                .isNonNegative("age", Check.IsOne(), Option$.MODULE$.<String>empty())
                .hasPattern("country_of_birth", new Regex("^[A-Z]{3}$", List$.MODULE$.<String>empty()),
                        Check.IsOne(), Option$.MODULE$.<String>empty(), Option$.MODULE$.<String>empty(),
                        Option$.MODULE$.empty())
                .isContainedIn("unaccompanied", new String[] {"true", "false"});
        VerificationResult result = new VerificationSuite().onData(migrants).addCheck(check).run();
        if (rowLevel) {
            VerificationResult.rowLevelResultsAsDataFrame(spark, result, migrants).write().format("noop")
                    .mode("overwrite").save();
        }
        long ms = (System.nanoTime() - t) / 1_000_000;
        if (show) {
            System.out.printf("deequ%s: status %s%n", rowLevel ? " (row level)" : "", result.status());
        }
        return ms;
    }

    private static long median(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    /** The generated migrants, with a defect every 1,000 rows: an unknown country, then a repeated id. */
    private static void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        List<String> header = TableSchema.of(Entity.MIGRANT).header();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", header));
            w.write('\n');
            Iterator<Migrant> it = SampleData.seed(2026).partnerDataset(rows).migrants().iterator();
            String previousId = null;
            for (int i = 1; it.hasNext(); i++) {
                List<String> cells = new ArrayList<>();
                for (String c : CsvTableWriter.cells(Migrant.class, it.next())) {
                    cells.add(c == null ? "" : c);
                }
                if (i % 1000 == 0) {
                    cells.set(5, "XYZ");
                } else if (i % 1000 == 500 && previousId != null) {
                    cells.set(0, previousId);
                }
                previousId = cells.get(0);
                for (int k = 0; k < cells.size(); k++) {
                    String c = cells.get(k);
                    w.write(k == 0 ? "" : ",");
                    if (c.indexOf(',') >= 0 || c.indexOf('"') >= 0 || c.indexOf('\n') >= 0) {
                        w.write('"' + c.replace("\"", "\"\"") + '"');
                    } else {
                        w.write(c);
                    }
                }
                w.write('\n');
            }
        }
    }
}
