package org.migrationkit.core.sample;

/**
 * The generator's pseudo-random numbers: SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number
 * generators", OOPSLA 2014), implemented here so that a seed gives the same numbers on every JVM and platform. The
 * JDK's {@code SplittableRandom} and {@code Random} algorithms are not promised across releases (DESIGN §7).
 *
 * <p>Only integer arithmetic and exact conversions: {@link #nextDouble()} takes the top 53 bits, so every value and
 * every comparison with it is bit-identical everywhere (Java floating point is strict since 17). Transcendental
 * functions used on these numbers elsewhere in this package go through {@link StrictMath}.
 *
 * <p>Each record is drawn from its own generator, seeded by {@link #seedFor(long, long, long)} from the dataset
 * seed, a stream number and the record's index: any record can be regenerated alone, in any order, in parallel.
 * Public so that code built on the generator (the defect mode of {@code migration-io}) draws its numbers the same
 * way; it is not a general-purpose random number API.
 */
public final class SplitMix64 {
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    SplitMix64(long seed) {
        this.state = seed;
    }

    /**
     * The SplitMix64 output function (David Stafford's "Mix13" finaliser): a bijection on 64-bit values whose
     * output bits each depend on every input bit.
     */
    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The seed of record {@code index} of stream {@code stream}: two rounds of mixing, so neighbours are unrelated. */
    static long seedFor(long seed, long stream, long index) {
        return mix64(mix64(seed ^ stream * GOLDEN_GAMMA) + index * GOLDEN_GAMMA);
    }

    /**
     * Returns the generator of record {@code index} of stream {@code stream}.
     *
     * @param seed the dataset seed
     * @param stream a number per kind of record, so that kinds draw unrelated numbers
     * @param index the record's index in its stream
     * @return a new generator
     */
    public static SplitMix64 of(long seed, long stream, long index) {
        return new SplitMix64(seedFor(seed, stream, index));
    }

    /**
     * Returns the next 64 random bits.
     *
     * @return any long
     */
    public long nextLong() {
        state += GOLDEN_GAMMA;
        return mix64(state);
    }

    /**
     * A number in [0, bound) from the top 32 bits by multiply-and-shift (Lemire); the bias is below 2^-32 × bound,
     * invisible at the sizes drawn here, and the result is a pure function of the state.
     *
     * @param bound the exclusive upper bound, at least 1
     * @return a number in [0, bound)
     */
    public int nextInt(int bound) {
        return (int) (((nextLong() >>> 32) * bound) >>> 32);
    }

    /** A number in [lo, hi], both inclusive. */
    int between(int lo, int hi) {
        return lo + nextInt(hi - lo + 1);
    }

    /**
     * Returns a double in [0, 1): the top 53 bits scaled by 2^-53, exact.
     *
     * @return the number
     */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /**
     * Returns true with probability {@code p}.
     *
     * @param p the probability, 0 to 1
     * @return whether the draw is below {@code p}
     */
    public boolean chance(double p) {
        return nextDouble() < p;
    }

    /**
     * An approximately standard normal number: the Irwin–Hall sum of four uniforms, centred and scaled. Bounded to
     * ±3.46, so amounts drawn from it never run away, and free of transcendental functions.
     */
    double nextGaussian() {
        double s = nextDouble() + nextDouble() + nextDouble() + nextDouble();
        return (s - 2.0) * 1.7320508075688772; // sqrt(3): the sum of four U(0,1) has variance 1/3
    }
}
