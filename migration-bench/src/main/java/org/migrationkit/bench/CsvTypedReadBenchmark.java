package org.migrationkit.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvTableReader;
import org.migrationkit.io.csv.CsvTableRecords;
import org.migrationkit.io.csv.CsvTableWriter;
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
 * Typed CSV reading (issue 7) against FastCSV on one file: {@link CsvTableReader} reading generated Missing Migrants
 * Project incidents into {@link Incident} records — every cell typed and checked, every record built, one
 * {@link ReadResult} per record consumed into a checksum — on one thread and on two, against FastCSV parsing the same
 * file to strings. The file ({@code rows} records from {@link SampleData}, seed 7, written by {@link CsvTableWriter})
 * is generated at setup: incidents (27 columns: ids, codes, dates, counts, coordinates, lists and free text, about
 * 210 MB) or legs (8 columns: an id, a number, countries, dates, codes, about 60 MB).
 * Compare the scores as ratios within one run (DESIGN §9; targets: at most 1.1× FastCSV on one thread, 0.6× on two).
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests
 * java -jar migration-bench/target/benchmarks.jar CsvTypedReadBenchmark -wi 2 -i 3 -f 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = {"-Xmx256m"})
public class CsvTypedReadBenchmark {
    /** Rows of the generated file. */
    @Param("1000000")
    public int rows;

    /** The table: {@code incident} (27 columns, about 210 bytes a row) or {@code leg} (8 columns, about 60). */
    @Param({"incident", "leg"})
    public String entity;

    private Class<?> type;

    private Path file;

    /** Writes the file; same seed, same file. */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        file = Files.createTempFile("migrationkit-typed", ".csv");
        type = write(entity, rows, file);
    }

    /**
     * Writes the generated table of an entity (seed 7): the file of this benchmark and of the whole-process one.
     *
     * @param entity {@code incident} or {@code leg}
     * @param rows the rows to write
     * @param file the file, replaced
     * @return the record type read back from it
     * @throws IOException if the file cannot be written
     */
    static Class<?> write(String entity, long rows, Path file) throws IOException {
        if (entity.equals("leg")) {
            try (CsvTableWriter<Leg> w = CsvTableWriter.builder(Leg.class).write(file)) {
                SampleData.seed(7).legs().limit(rows).forEach(w::write);
            }
            return Leg.class;
        }
        if (!entity.equals("incident")) {
            throw new IllegalArgumentException("entity is incident or leg, not " + entity);
        }
        try (CsvTableWriter<Incident> w = CsvTableWriter.builder(Incident.class).write(file)) {
            SampleData.seed(7).incidents().limit(rows).forEach(w::write);
        }
        return Incident.class;
    }

    /** Deletes the file. */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    static long typed(Path file, int threads) {
        return typed(Incident.class, file, threads);
    }

    static <T> long typed(Class<T> type, Path file, int threads) {
        long sum = 0;
        CsvTableReader<T> reader = CsvTableReader.builder(type).parallelism(threads).writtenByMigrationkit(true)
                .build();
        try (CsvTableRecords<T> records = reader.open(file)) {
            for (ReadResult<T> r : records) {
                sum += r.isRejected() ? 1_000_003 : r.issues().size() + 1;
            }
        }
        return sum;
    }

    /**
     * Typed reading on the calling thread.
     *
     * @return a checksum of the results
     */
    @Benchmark
    public long typedOneThread() {
        return typed(type, file, 1);
    }

    /**
     * Typed reading over two threads (ranges scanned and typed on workers, results merged in order).
     *
     * @return a checksum of the results
     */
    @Benchmark
    public long typedTwoThreads() {
        return typed(type, file, 2);
    }

    /**
     * The byte scan alone ({@link CsvReader}, untyped) on the calling thread: the share of the typed read that is
     * finding the fields.
     *
     * @return a checksum of field lengths
     */
    @Benchmark
    public long scanOneThread() {
        return CsvScanBenchmark.scan(file, 1);
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
