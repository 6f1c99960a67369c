package org.migrationkit.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.migrationkit.core.sample.SampleData;

/**
 * The streams of {@link SampleDataBenchmark} timed by the CPU time of the calling thread, best of many rounds,
 * interleaved in one JVM: a single-thread throughput that other processes on a shared machine barely move, where
 * JMH's wall-clock scores swing by more than the differences measured. A complement to the JMH run.
 *
 * <pre>{@code
 * java -cp migration-bench/target/benchmarks.jar org.migrationkit.bench.SampleDataCpuTime 1000000 8
 * }</pre>
 */
public final class SampleDataCpuTime {
    private SampleDataCpuTime() {
    }

    /**
     * Runs the rounds and prints the best records per second of CPU time for each stream.
     *
     * @param args the number of records per stream and round (default 1,000,000) and of rounds (default 8; the
     *     first 2 are warm-up)
     */
    public static void main(String... args) {
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        SampleData sample = SampleData.seed(42);
        String[] names = {"migrants", "journeys", "assistanceEvents", "incidents", "remittances"};
        List<Supplier<Stream<?>>> streams = List.of(sample::migrants, sample::journeys, sample::assistanceEvents,
                sample::incidents, sample::remittances);
        long[] best = new long[names.length];
        Arrays.fill(best, Long.MAX_VALUE);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < names.length; i++) {
                long start = mx.getCurrentThreadCpuTime();
                sink += streams.get(i).get().limit(records).mapToInt(Object::hashCode).sum();
                long cpu = mx.getCurrentThreadCpuTime() - start;
                if (r >= 2) {
                    best[i] = Math.min(best[i], cpu);
                }
            }
        }
        for (int i = 0; i < names.length; i++) {
            System.out.printf("%-17s %,12.0f records/s of CPU time%n", names[i], records / (best[i] / 1e9));
        }
        System.out.println("checksum " + sink);
    }
}
