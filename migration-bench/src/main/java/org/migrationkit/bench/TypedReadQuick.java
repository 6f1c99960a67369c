package org.migrationkit.bench;

import java.nio.file.Path;

/** Quick probe, not a benchmark: times typed and FastCSV reads of an existing file a few times. */
public final class TypedReadQuick {
    private TypedReadQuick() {
    }

    /**
     * Runs the probe.
     *
     * @param args the file, then the rounds
     * @throws Exception if reading fails
     */
    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        if (!java.nio.file.Files.exists(file)) {
            try (var w = org.migrationkit.io.csv.CsvTableWriter.builder(org.migrationkit.core.model.Incident.class)
                    .write(file)) {
                org.migrationkit.core.sample.SampleData.seed(7).incidents().limit(1_000_000).forEach(w::write);
            }
        }
        CsvTypedReadBenchmark b = new CsvTypedReadBenchmark();
        java.lang.reflect.Field f = CsvTypedReadBenchmark.class.getDeclaredField("file");
        f.setAccessible(true);
        f.set(b, file);
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean();
        for (int i = 0; i < rounds; i++) {
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            long a = b.fastCsvToStrings();
            long c1 = os.getProcessCpuTime();
            long t1 = System.nanoTime();
            long c = CsvTypedReadBenchmark.typed(file, 1);
            long c2 = os.getProcessCpuTime();
            long t2 = System.nanoTime();
            long d = CsvTypedReadBenchmark.typed(file, 2);
            long t3 = System.nanoTime();
            System.out.printf("wall: fastcsv %d ms, typed1 %d ms (%.2fx), typed2 %d ms (%.2fx); cpu: fastcsv %d ms,"
                    + " typed1 %d ms (%.2fx) [%d %d %d]%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (double) (t2 - t1) / (t1 - t0),
                    (t3 - t2) / 1_000_000, (double) (t3 - t2) / (t1 - t0), (c1 - c0) / 1_000_000,
                    (c2 - c1) / 1_000_000, (double) (c2 - c1) / (c1 - c0), a, c, d);
        }
    }
}
