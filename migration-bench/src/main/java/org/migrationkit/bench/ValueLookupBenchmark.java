package org.migrationkit.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.time.DateFormat;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of the bulk lookups the CSV reader will call per cell: a country code and an ISO date straight from the
 * bytes of a row, against the same lookups on decoded strings. Each operation looks up a whole row of values and
 * returns a checksum, so the JIT cannot drop the work.
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests && java -jar migration-bench/target/benchmarks.jar ValueLookup
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValueLookupBenchmark {
    private static final String[] COUNTRIES = {"YEM", "ETH", "SOM", "SAU", "DJI", "AFG", "IRN", "LBY", "ITA", "XYZ"};
    private static final String[] DATES = {"2023-12-31", "2014-01-06", "2026-02-28", "2023-02-30", "2020-01-05"};

    private byte[] countryBytes;
    private byte[] dateBytes;

    /** Lays the values out back to back, as a scanner would leave them in a row buffer. */
    @Setup
    public void setUp() {
        countryBytes = String.join("", COUNTRIES).getBytes(StandardCharsets.US_ASCII);
        dateBytes = String.join("", DATES).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Country codes from bytes, without decoding.
     *
     * @return a checksum of the hits
     */
    @Benchmark
    public int countryFromBytes() {
        int hits = 0;
        for (int off = 0; off < countryBytes.length; off += 3) {
            hits += CountryCode.lookup(countryBytes, off, 3).isFound() ? 1 : 0;
        }
        return hits;
    }

    /**
     * Country codes from decoded strings.
     *
     * @return a checksum of the hits
     */
    @Benchmark
    public int countryFromStrings() {
        int hits = 0;
        for (String c : COUNTRIES) {
            hits += CountryCode.lookup(new String(c.toCharArray())).isFound() ? 1 : 0;
        }
        return hits;
    }

    /**
     * ISO dates from bytes, without decoding.
     *
     * @return a checksum of the parsed days
     */
    @Benchmark
    public int isoDateFromBytes() {
        int sum = 0;
        for (int off = 0; off < dateBytes.length; off += 10) {
            var l = DateFormat.ISO_DATE.lookup(dateBytes, off, 10);
            sum += l.isFound() ? l.value().firstDay().getDayOfMonth() : 0;
        }
        return sum;
    }
}
