package org.migrationkit.io.pipeline;

/**
 * 128-bit fingerprints of ids, so that the memory of duplicate and reference checks does not grow with the width
 * of ids (DESIGN §9). One pass over the characters feeds two independent 64-bit lanes (different multipliers and
 * mixing, so the CPU runs both multiply chains at once); each lane is finished with the MurmurHash3 fmix64
 * avalanche over both lanes. With 128 bits, a false duplicate among 10^9 ids has a probability below 10^-20.
 * Not thread-safe: one instance per checking thread.
 */
final class Fingerprints {
    private long hi;
    private long lo;

    /** Computes the fingerprint of {@code s}; read it with {@link #hi()} and {@link #lo()}. */
    Fingerprints of(CharSequence s) {
        long a = 0x9E3779B97F4A7C15L ^ s.length();
        long b = 0xD6E8FEB86659FD93L + s.length();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            a = (a ^ c) * 0x100000001B3L;
            b = (b + c) * 0x9FB21C651E98DF25L;
            b ^= b >>> 29;
        }
        hi = fmix(a ^ Long.rotateLeft(b, 31));
        lo = fmix(b + a * 0xC2B2AE3D27D4EB4FL);
        return this;
    }

    long hi() {
        return hi;
    }

    long lo() {
        return lo;
    }

    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xFF51AFD7ED558CCDL;
        k ^= k >>> 33;
        k *= 0xC4CEB9FE1A85EC53L;
        k ^= k >>> 33;
        return k;
    }
}
