package org.migrationkit.core.internal;

import java.text.Normalizer;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Forgiving comparison of names typed by people: case, diacritics, punctuation variants and spacing do not
 * count, and near misses get a suggestion.
 */
public final class Names {
    private Names() {
    }

    /**
     * Returns the comparison key of a name: diacritics removed, lower case, typographic apostrophes as
     * {@code '}, and runs of spaces, underscores and hyphens as one space, trimmed.
     * {@code "Côte d’Ivoire"} and {@code "cote d'ivoire"} have the same key, as do
     * {@code "US-Mexico border crossing"} and {@code "us mexico  border_crossing"}.
     *
     * @param name any text, not null
     * @return the key, possibly empty
     */
    public static String key(CharSequence name) {
        String s = name.toString();
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (!ascii) {
            // NFKD splits letters from their combining marks, which are then dropped.
            s = Normalizer.normalize(s, Normalizer.Form.NFKD);
        }
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == '\u2019' || c == '\u2018' || c == '`' || c == '\u00b4') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || c == '_' || c == '-' || c == '\u2013' || c == '\u2014'
                    || c == '\u00a0') {
                pendingSpace = b.length() > 0;
                continue;
            }
            if (pendingSpace) {
                b.append(' ');
                pendingSpace = false;
            }
            b.append(Character.toLowerCase(c));
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the Levenshtein distance between two strings, giving up early past {@code limit}.
     *
     * @param a first string, not null
     * @param b second string, not null
     * @param limit the largest distance of interest
     * @return the distance, or {@code limit + 1} when it is larger than {@code limit}
     */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        // Optimal string alignment: insertions, deletions, substitutions and adjacent transpositions
        // ("Germnay") each count as one edit.
        int n = b.length();
        int[] before = new int[n + 1];
        int[] prev = new int[n + 1];
        int[] cur = new int[n + 1];
        for (int j = 0; j <= n; j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = i;
            for (int j = 1; j <= n; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                cur[j] = d;
                rowMin = Math.min(rowMin, d);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[n], limit + 1);
    }

    /**
     * Returns the edit distance allowed for a suggestion, by the length of the input's key: short codes get no
     * slack (a wrong three-letter code is more likely another code than a typo), longer names one edit per
     * four characters, at most three.
     *
     * @param keyLength the length of the input's key
     * @return the largest distance that still suggests
     */
    public static int suggestionLimit(int keyLength) {
        if (keyLength <= 3) {
            return 0;
        }
        return Math.min(3, Math.max(1, keyLength / 4));
    }

    /**
     * Returns the candidate key closest to {@code key} within {@link #suggestionLimit(int)}, the first one on ties.
     *
     * @param key the key of the input, as made by {@link #key(CharSequence)}
     * @param candidates the keys to compare with
     * @return the closest candidate key, or null if none is close enough
     */
    public static @Nullable String closest(String key, Iterable<String> candidates) {
        int limit = suggestionLimit(key.length());
        if (limit == 0) {
            return null;
        }
        String best = null;
        int bestDistance = limit + 1;
        for (String candidate : candidates) {
            int d = distance(key, candidate, bestDistance - 1);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }
}
