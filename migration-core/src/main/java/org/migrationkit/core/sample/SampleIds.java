package org.migrationkit.core.sample;

/**
 * The generator's ids: a prefix and a 1-based number padded to seven digits ({@code m-0000042}), plus an optional
 * suffix. Deterministic and pseudonymous by construction: they number generated records, never people.
 * Built by hand rather than with {@code String.format}, which would cost more than the rest of a record.
 */
final class SampleIds {
    private static final int WIDTH = 7;

    private SampleIds() {
    }

    static String of(String prefix, long index, String suffix) {
        String digits = Long.toString(index + 1);
        StringBuilder sb = new StringBuilder(prefix.length() + WIDTH + suffix.length());
        sb.append(prefix);
        for (int k = digits.length(); k < WIDTH; k++) {
            sb.append('0');
        }
        return sb.append(digits).append(suffix).toString();
    }
}
