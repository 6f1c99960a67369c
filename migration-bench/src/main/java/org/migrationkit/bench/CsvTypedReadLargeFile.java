package org.migrationkit.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Leg;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvSummary;
import org.migrationkit.io.csv.CsvTableReader;
import org.migrationkit.io.csv.CsvTableRecords;

/**
 * Typed reading of a file in its own JVM: writes {@code rows} generated records (seed 7, the file of
 * {@link CsvTypedReadBenchmark}) to the file when it does not exist, reads it with {@link CsvTableReader}, and prints
 * the counts, the time, the process's CPU time and the peak heap (the sum of the heap pools' peaks, reset after
 * writing). Used for the large-file check (DESIGN §9: 10M rows under {@code -Xmx256m}) and, one JVM per read, by the
 * whole-process benchmark {@code migration-bench/csv-typed-benchmark.sh}; with 0 threads it only writes the file.
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests
 * java -Xmx256m -cp migration-bench/target/benchmarks.jar org.migrationkit.bench.CsvTypedReadLargeFile \
 *      /tmp/incidents-10m.csv 10000000 2 [incident|leg]
 * }</pre>
 */
public final class CsvTypedReadLargeFile {
    private CsvTypedReadLargeFile() {
    }

    /**
     * Runs the check.
     *
     * @param args the file, the rows to write when it is absent, the threads (0: write only), and the entity
     *     ({@code incident}, the default, or {@code leg})
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long rows = Long.parseLong(args[1]);
        int threads = Integer.parseInt(args[2]);
        String entity = args.length > 3 ? args[3] : "incident";
        Class<?> type;
        if (!Files.exists(file)) {
            long t = System.nanoTime();
            type = CsvTypedReadBenchmark.write(entity, rows, file);
            System.out.printf("wrote %d rows, %d MB, in %d s%n", rows, Files.size(file) >> 20,
                    (System.nanoTime() - t) / 1_000_000_000L);
        } else {
            type = entity.equals("leg") ? Leg.class : Incident.class;
        }
        if (threads > 0) {
            read(type, file, threads);
        }
    }

    private static <T> void read(Class<T> type, Path file, int threads) {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long t = System.nanoTime();
        long values = 0;
        CsvSummary summary;
        try (CsvTableRecords<T> records = CsvTableReader.builder(type).parallelism(threads)
                .writtenByMigrationkit(true).build().open(file)) {
            for (ReadResult<T> r : records) {
                if (!r.isRejected()) {
                    values++;
                }
            }
            summary = records.summary();
        }
        long ms = (System.nanoTime() - t) / 1_000_000L;
        long cpuMs = (os.getProcessCpuTime() - cpu) / 1_000_000L;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("read %d records (%d values, %d rejected) of %s on %d threads in %d ms (process CPU %d ms); "
                + "max heap %d MB, peak heap used %d MB%n", summary.records(), values, summary.rejected(),
                type.getSimpleName(), threads, ms, cpuMs, Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }
}
