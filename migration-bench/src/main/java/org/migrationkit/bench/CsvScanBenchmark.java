package org.migrationkit.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.migrationkit.io.csv.CsvReader;
import org.migrationkit.io.csv.CsvRecord;
import org.migrationkit.io.csv.CsvRecords;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The untyped CSV layer against FastCSV on one file: our byte scanner to field offsets (consuming a checksum of
 * field lengths), on one thread and on two, against FastCSV parsing the same file to strings. The file (1M rows, 18
 * columns, about 200 MB, migration-like content with quoted free text holding commas, doubled quotes and line
 * breaks) is generated at setup into a temporary file. Compare the scores as ratios of one run (DESIGN §9);
 * figures are in docs/performance.md.
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests
 * java -jar migration-bench/target/benchmarks.jar CsvScanBenchmark -wi 2 -i 3 -f 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class CsvScanBenchmark {
    private static final String[] COUNTRIES = {"YEM", "ETH", "SOM", "SAU", "DJI", "AFG", "IRN", "LBY", "ITA", "SYR"};
    private static final String[] ROUTES = {"Eastern Route", "Central Mediterranean", "Western Balkans",
        "US-Mexico border crossing", "Afghanistan to Iran"};
    private static final String[] CAUSES = {"Drowning", "Vehicle accident / death linked to hazardous transport",
        "Violence", "Harsh environmental conditions / lack of adequate shelter, food, water", "Mixed or unknown"};
    private static final String[] WORDS = {"boat", "capsized", "near", "the", "coast", "of", "survivors", "reported",
        "bodies", "recovered", "by", "authorities", "local", "NGO", "said", "\"approximately\"", "people", "aboard"};

    /** Rows of the generated file. */
    @Param("1000000")
    public int rows;

    private Path file;

    /** Writes the file; same seed, same file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("migrationkit-bench", ".csv");
        SplittableRandom r = new SplittableRandom(42);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("incident_id,incident_type,region,reported_date,year,month,number_dead,number_missing,"
                    + "total_dead_and_missing,survivors,females,males,children,country_of_origin,cause,route,"
                    + "coordinates,notes\n");
            StringBuilder b = new StringBuilder(512);
            for (int i = 0; i < rows; i++) {
                b.setLength(0);
                int dead = r.nextInt(30);
                int missing = r.nextInt(20);
                b.append("2023.MMP").append(100000 + i).append(',')
                        .append(r.nextInt(10) == 0 ? "Split Incident" : "Incident").append(',')
                        .append(r.nextBoolean() ? "Mediterranean" : "Horn of Africa").append(',')
                        .append("2023-").append(1 + r.nextInt(12)).append('-').append(1 + r.nextInt(28)).append(',')
                        .append("2023,").append(1 + r.nextInt(12)).append(',')
                        .append(dead).append(',').append(missing).append(',').append(dead + missing).append(',')
                        .append(r.nextInt(100)).append(',').append(r.nextInt(5)).append(',')
                        .append(r.nextInt(10)).append(',').append(r.nextInt(4)).append(',')
                        .append(COUNTRIES[r.nextInt(COUNTRIES.length)]).append(',')
                        .append('"').append(CAUSES[r.nextInt(CAUSES.length)]).append("\",")
                        .append(ROUTES[r.nextInt(ROUTES.length)]).append(',')
                        .append('"').append(r.nextInt(90)).append('.').append(r.nextInt(100000)).append(", ")
                        .append(r.nextInt(180)).append('.').append(r.nextInt(100000)).append("\",");
                // Free text: quoted, with commas, doubled quotes and now and then a line break.
                b.append('"');
                int words = 6 + r.nextInt(12);
                for (int k = 0; k < words; k++) {
                    String word = WORDS[r.nextInt(WORDS.length)].replace("\"", "\"\"");
                    b.append(k == 0 ? "" : r.nextInt(8) == 0 ? ", " : r.nextInt(40) == 0 ? "\n" : " ").append(word);
                }
                b.append("\"\n");
                w.append(b);
            }
        }
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    private long scan(int threads) {
        return scan(file, threads);
    }

    /** Our scanner over a file, untyped: the checksum of field lengths and counts. */
    static long scan(Path file, int threads) {
        long sum = 0;
        try (CsvRecords records = CsvReader.builder().parallelism(threads).build().open(file)) {
            for (CsvRecord rec : records) {
                int n = rec.fieldCount();
                for (int i = 0; i < n; i++) {
                    sum += rec.length(i);
                }
                sum += n;
            }
        }
        return sum;
    }

    /**
     * Our scanner on the calling thread.
     *
     * @return a checksum of field lengths
     */
    @Benchmark
    public long scanOneThread() {
        return scan(1);
    }

    /**
     * Our scanner over two threads (ranges of the file), records delivered in order.
     *
     * @return a checksum of field lengths
     */
    @Benchmark
    public long scanTwoThreads() {
        return scan(2);
    }

    /**
     * FastCSV parsing the same file to strings.
     *
     * @return a checksum of field lengths
     * @throws IOException if the file cannot be read
     */
    @Benchmark
    public long fastCsvToStrings() throws IOException {
        long sum = 0;
        try (var reader = de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(file)) {
            for (var rec : reader) {
                int n = rec.getFieldCount();
                for (int i = 0; i < n; i++) {
                    sum += rec.getField(i).length();
                }
                sum += n;
            }
        }
        return sum;
    }
}
