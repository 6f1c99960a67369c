package org.migrationkit.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The reads of {@link CsvTypedReadBenchmark} timed by CPU time, best of many rounds, interleaved in one JVM: on a
 * machine shared with other builds, wall-clock JMH scores swing by more than the differences measured, while CPU time
 * barely moves. For each read it prints the calling thread's CPU time (the one-thread reads do all their work there)
 * and the whole process's CPU time (range workers and garbage collection included), and the ratios to the FastCSV
 * parse. A complement to the JMH run, not a replacement: CPU time says nothing about how well two threads overlap.
 *
 * <pre>{@code
 * java -Xmx256m -cp migration-bench/target/benchmarks.jar org.migrationkit.bench.CsvTypedCpuTime incident 1000000 10
 * }</pre>
 */
public final class CsvTypedCpuTime {
    private CsvTypedCpuTime() {
    }

    /**
     * Runs the rounds and prints the best CPU times and the ratios.
     *
     * @param args the entity ({@code incident} or {@code leg}, default incident), the rows (default 1,000,000) and
     *     the rounds (default 10; the first 2 are warm-up), and optionally the only read to run (0 FastCSV, 1 typed
     *     on one thread, 2 typed on two, 3 the untyped byte scan on one thread), e.g. to profile it
     * @throws IOException if the file cannot be written or read
     */
    public static void main(String... args) throws IOException {
        CsvTypedReadBenchmark b = new CsvTypedReadBenchmark();
        b.entity = args.length > 0 ? args[0] : "incident";
        b.rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        int only = args.length > 3 ? Integer.parseInt(args[3]) : -1;
        b.setUp();
        try {
            String[] names = {"fastCsvToStrings", "typedOneThread", "typedTwoThreads", "scanOneThread"};
            long[] bestThread = new long[names.length];
            long[] bestProcess = new long[names.length];
            Arrays.fill(bestThread, Long.MAX_VALUE);
            Arrays.fill(bestProcess, Long.MAX_VALUE);
            ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long sink = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < names.length; i++) {
                    if (only >= 0 && i != only) {
                        continue;
                    }
                    System.gc();
                    long thread = mx.getCurrentThreadCpuTime();
                    long process = os.getProcessCpuTime();
                    sink += run(b, i);
                    long tookThread = mx.getCurrentThreadCpuTime() - thread;
                    long tookProcess = os.getProcessCpuTime() - process;
                    if (r >= 2 || rounds <= 2) {
                        bestThread[i] = Math.min(bestThread[i], tookThread);
                        bestProcess[i] = Math.min(bestProcess[i], tookProcess);
                    }
                }
            }
            for (int i = 0; i < names.length; i++) {
                if (only >= 0 && i != only) {
                    continue;
                }
                System.out.printf("%-17s thread %7.1f ms (%.2fx)  process %7.1f ms (%.2fx)%n", names[i],
                        bestThread[i] / 1e6, (double) bestThread[i] / bestThread[0], bestProcess[i] / 1e6,
                        (double) bestProcess[i] / bestProcess[0]);
            }
            System.out.printf("%s, %d rows, best of %d rounds (checksum %d)%n", b.entity, b.rows,
                    Math.max(1, rounds - 2), sink);
        } finally {
            b.tearDown();
        }
    }

    private static long run(CsvTypedReadBenchmark b, int op) throws IOException {
        switch (op) {
            case 0:
                return b.fastCsvToStrings();
            case 1:
                return b.typedOneThread();
            case 2:
                return b.typedTwoThreads();
            default:
                return b.scanOneThread();
        }
    }
}
