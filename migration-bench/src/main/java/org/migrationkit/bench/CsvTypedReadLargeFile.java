package org.migrationkit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvSummary;
import org.migrationkit.io.csv.CsvTableReader;
import org.migrationkit.io.csv.CsvTableRecords;
import org.migrationkit.io.csv.CsvTableWriter;

/**
 * Typed reading of a large file in bounded memory (DESIGN §9: 10M rows under {@code -Xmx256m}): writes {@code rows}
 * generated incidents (seed 7) to the file when it does not exist, reads it with {@link CsvTableReader}, and prints
 * the counts, the time and the peak heap (the sum of the heap pools' peaks, reset after writing).
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests
 * java -Xmx256m -cp migration-bench/target/benchmarks.jar org.migrationkit.bench.CsvTypedReadLargeFile \
 *      /tmp/incidents-10m.csv 10000000 2
 * }</pre>
 */
public final class CsvTypedReadLargeFile {
    private CsvTypedReadLargeFile() {
    }

    /**
     * Runs the check.
     *
     * @param args the file, the rows to write when it is absent, the threads
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            try (CsvTableWriter<Incident> w = CsvTableWriter.builder(Incident.class).write(file)) {
                SampleData.seed(7).incidents().limit(rows).forEach(w::write);
            }
            System.out.printf("wrote %d rows, %d MB, in %d s%n", rows, Files.size(file) >> 20,
                    (System.nanoTime() - t) / 1_000_000_000L);
        }
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long t = System.nanoTime();
        long values = 0;
        CsvSummary summary;
        try (CsvTableRecords<Incident> records = CsvTableReader.builder(Incident.class).parallelism(threads)
                .writtenByMigrationkit(true).build().open(file)) {
            for (ReadResult<Incident> r : records) {
                if (!r.isRejected()) {
                    values++;
                }
            }
            summary = records.summary();
        }
        long ms = (System.nanoTime() - t) / 1_000_000L;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("read %d records (%d values, %d rejected) on %d threads in %d ms; max heap %d MB, "
                + "peak heap used %d MB%n", summary.records(), values, summary.rejected(), threads, ms,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
