package org.migrationkit.io.pipeline;

/**
 * 128-bit fingerprints of ids, so that the memory of duplicate and reference checks does not grow with the width
 * of ids (DESIGN §9): two independent 64-bit hashes of the characters, each finished with the MurmurHash3 fmix64
 * avalanche. With 128 bits, a false duplicate among 10^9 ids has a probability below 10^-20.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static long hi(CharSequence s) {
        long h = 0x9E3779B97F4A7C15L ^ s.length();
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
            h = Long.rotateLeft(h, 27) * 0xC2B2AE3D27D4EB4FL;
        }
        return fmix(h);
    }

    static long lo(CharSequence s) {
        long h = 0xD6E8FEB86659FD93L + s.length();
        for (int i = s.length() - 1; i >= 0; i--) {
            h = (h + s.charAt(i)) * 0x9FB21C651E98DF25L;
            h ^= h >>> 29;
        }
        return fmix(h ^ 0x165667B19E3779F9L);
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
