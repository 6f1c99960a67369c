package org.migrationkit.bench;

import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.Arrays;

/**
 * The operations of {@link JsonLinesBenchmark} timed by the CPU time of the calling thread, best of many rounds,
 * interleaved in one JVM: on a machine shared with other builds, wall-clock JMH scores swing by more than the
 * differences measured, while the thread's own CPU time barely moves. A complement to the JMH run, not a
 * replacement (garbage collection on other threads is not counted).
 *
 * <pre>{@code
 * java -Xms2g -Xmx2g -cp migration-bench/target/benchmarks.jar org.migrationkit.bench.JsonLinesCpuTime 200000 15
 * }</pre>
 */
public final class JsonLinesCpuTime {
    private JsonLinesCpuTime() {
    }

    /**
     * Runs the rounds and prints the best CPU time per operation and the ratios.
     *
     * @param args the number of records (default 200,000) and of rounds (default 15; the first 3 are warm-up)
     * @throws IOException never for the in-memory data
     */
    public static void main(String... args) throws IOException {
        JsonLinesBenchmark b = new JsonLinesBenchmark();
        b.records = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        b.setUp();
        String[] names = {"parseCsvFastCsv", "readDatabind", "readJsonLines", "writeDatabind", "writeJsonLines"};
        long[] best = new long[names.length];
        Arrays.fill(best, Long.MAX_VALUE);
        ThreadMXBean mx = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < names.length; i++) {
                long start = mx.getCurrentThreadCpuTime();
                sink += run(b, i);
                long took = mx.getCurrentThreadCpuTime() - start;
                if (r >= 3) {
                    best[i] = Math.min(best[i], took);
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-16s %8.1f ms  %.2f us/record%n", names[i], best[i] / 1e6, best[i] / 1e3 / b.records);
        }
        System.out.printf("read: %.2fx databind, %.2fx FastCSV; write: %.2fx databind (checksum %d)%n",
                (double) best[2] / best[1], (double) best[2] / best[0], (double) best[4] / best[3], sink);
    }

    private static long run(JsonLinesBenchmark b, int op) throws IOException {
        switch (op) {
            case 0:
                return b.parseCsvFastCsv();
            case 1:
                return b.readDatabind();
            case 2:
                return b.readJsonLines();
            case 3:
                return b.writeDatabind();
            default:
                return b.writeJsonLines();
        }
    }
}
