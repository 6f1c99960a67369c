package org.migrationkit.bench;

import java.util.concurrent.TimeUnit;
import org.migrationkit.core.sample.SampleData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Records per second from the sample-data generator to a null sink (a {@link Blackhole}), one thread: each
 * invocation streams {@value #BATCH} records, so the score in ops/s is records/s. Target: at least one million
 * records per second for migrants, journeys and incidents (issue 5); figures in docs/performance.md.
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests && java -jar migration-bench/target/benchmarks.jar SampleData
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SampleDataBenchmark {
    private static final int BATCH = 10_000;

    private final SampleData sample = SampleData.seed(42);

    /**
     * Migrants.
     *
     * @param sink the null sink
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void migrants(Blackhole sink) {
        sample.migrants().limit(BATCH).forEach(sink::consume);
    }

    /**
     * Journeys, each with its legs.
     *
     * @param sink the null sink
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void journeys(Blackhole sink) {
        sample.journeys().limit(BATCH).forEach(sink::consume);
    }

    /**
     * Missing Migrants Project incidents.
     *
     * @param sink the null sink
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void incidents(Blackhole sink) {
        sample.incidents().limit(BATCH).forEach(sink::consume);
    }

    /**
     * Assistance events.
     *
     * @param sink the null sink
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void assistanceEvents(Blackhole sink) {
        sample.assistanceEvents().limit(BATCH).forEach(sink::consume);
    }

    /**
     * Remittances.
     *
     * @param sink the null sink
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void remittances(Blackhole sink) {
        sample.remittances().limit(BATCH).forEach(sink::consume);
    }
}
