package org.migrationkit.core.people;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A range of ages in whole years, inclusive at both ends, open-ended when {@code max} is null ({@code 60+}).
 * Ages lie between {@link #MIN_AGE} and {@link #MAX_AGE}.
 *
 * <p>The canonical text is {@code min-max} or {@code min+}: {@code 0-4}, {@code 60+}, and {@code 17-17} for one
 * year. A bare number is not a band: UNHCR's {@code Female_60} column means 60 and over, and only a band set can
 * say so ({@link AgeBandSet#lookup(CharSequence)}). {@link #parse(CharSequence)} reads the canonical text only;
 * {@link #lookup(CharSequence)} also reads the spellings of real files: {@code 0_4} (UNHCR headers), {@code 0–4},
 * {@code 0—8} (CTDC 2024) and {@code 0--8} (CTDC 2021), with spaces around the separator.
 * Source: domain-standards §2.5.
 *
 * <p>Bands order by minimum, then maximum (open-ended last).
 *
 * <pre>{@code
 * AgeBand.of(0, 17).isChild();                 // true
 * AgeBand.parse("60+").contains(75);           // true
 * AgeBand.lookup("0—8").value();               // 0-8
 * }</pre>
 *
 * @param min the youngest age in the band, 0 to 130
 * @param max the oldest age in the band, min to 130, or null when the band is open-ended
 */
public record AgeBand(int min, @Nullable Integer max) implements Comparable<AgeBand> {
    /** The youngest age a band may hold. */
    public static final int MIN_AGE = 0;
    /** The oldest age a band may hold. */
    public static final int MAX_AGE = 130;

    /**
     * Creates a band; prefer {@link #of(int, int)} and {@link #atLeast(int)}.
     *
     * @param min the youngest age, 0 to 130
     * @param max the oldest age, min to 130, or null when open-ended
     * @throws InvalidValueException ({@code age.out-of-range}) if a bound is outside 0 to 130;
     *     ({@code age.band-reversed}) if min is above max
     */
    public AgeBand {
        requireAge(min, "min");
        if (max != null) {
            requireAge(max, "max");
            if (min > max) {
                throw new InvalidValueException(IssueCode.AGE_BAND_REVERSED,
                        "AgeBand min " + min + " is above max " + max + ": min must be <= max.");
            }
        }
    }

    private static void requireAge(int age, String bound) {
        if (age < MIN_AGE || age > MAX_AGE) {
            throw new InvalidValueException(IssueCode.AGE_OUT_OF_RANGE, "AgeBand " + bound + " " + age
                    + " is out of range: ages lie between " + MIN_AGE + " and " + MAX_AGE + ".");
        }
    }

    /**
     * Returns the band from {@code min} to {@code max}, both included.
     *
     * @param min the youngest age, 0 to 130
     * @param max the oldest age, min to 130
     * @return the band
     * @throws InvalidValueException ({@code age.out-of-range}) if a bound is outside 0 to 130;
     *     ({@code age.band-reversed}) if min is above max
     */
    public static AgeBand of(int min, int max) {
        return new AgeBand(min, max);
    }

    /**
     * Returns the open-ended band of {@code min} years and over.
     *
     * @param min the youngest age, 0 to 130
     * @return the band, written {@code min+}
     * @throws InvalidValueException ({@code age.out-of-range}) if min is outside 0 to 130
     */
    public static AgeBand atLeast(int min) {
        return new AgeBand(min, null);
    }

    /**
     * Returns the band of a single age.
     *
     * @param age the age, 0 to 130
     * @return the band, written {@code age-age}
     * @throws InvalidValueException ({@code age.out-of-range}) if age is outside 0 to 130
     */
    public static AgeBand exactly(int age) {
        return new AgeBand(age, age);
    }

    /**
     * Looks up a band as real files spell it, without throwing: {@code 0-4}, {@code 60+}, {@code 0_4},
     * {@code 0–4} (en dash), {@code 0—8} (em dash), {@code 0--8}, with spaces around the parts.
     *
     * @param text any text, not null
     * @return the band, or a miss with {@code age.unparseable} (not a band; a bare number too),
     *     {@code age.out-of-range} or {@code age.band-reversed}
     */
    public static Lookup<AgeBand> lookup(CharSequence text) {
        return scan(text, false);
    }

    /**
     * Parses the canonical text.
     *
     * @param text {@code min-max} or {@code min+}, such as {@code 0-4} or {@code 60+}, not null
     * @return the band
     * @throws InvalidValueException ({@code age.unparseable}) if the text is not of that form;
     *     ({@code age.out-of-range}) if a bound is outside 0 to 130; ({@code age.band-reversed}) if min is
     *     above max
     */
    public static AgeBand parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Lookup<AgeBand> l = scan(text, true);
        if (l.isFound()) {
            return l.value();
        }
        if (l.code() == IssueCode.AGE_UNPARSEABLE) {
            throw new InvalidValueException(IssueCode.AGE_UNPARSEABLE, "Age band \"" + text
                    + "\" is not an age band: write min-max such as 0-4, min+ such as 60+, or 17-17 for one year.");
        }
        // A well-formed band with bad bounds: the constructor says which bound, and why.
        int dash = text.toString().indexOf('-');
        int min = Integer.parseInt(text.subSequence(0, dash < 0 ? text.length() - 1 : dash).toString());
        return dash < 0 ? atLeast(min) : of(min, Integer.parseInt(text.subSequence(dash + 1, text.length()).toString()));
    }

    /**
     * Scans {@code min-max} or {@code min+}; strict accepts only the canonical text, otherwise the separators of
     * real files and spaces around the parts are accepted too.
     */
    static Lookup<AgeBand> scan(CharSequence s, boolean strict) {
        int n = s.length();
        int i = strict ? 0 : skipSpaces(s, 0);
        int start = i;
        int min = 0;
        while (i < n && isDigit(s.charAt(i)) && i - start < 4) {
            min = min * 10 + s.charAt(i++) - '0';
        }
        if (i == start || i - start > 3) {
            return Lookup.miss(IssueCode.AGE_UNPARSEABLE);
        }
        int j = strict ? i : skipSpaces(s, i);
        if (j < n && s.charAt(j) == '+') {
            int end = strict ? j + 1 : skipSpaces(s, j + 1);
            return end == n ? band(min, -1) : Lookup.miss(IssueCode.AGE_UNPARSEABLE);
        }
        int k = j;
        if (strict) {
            k = k < n && s.charAt(k) == '-' ? k + 1 : k;
        } else {
            // CTDC 2021 doubles the hyphen ("0--8"); one or two of any dash, or an underscore (UNHCR "0_4").
            while (k < n && k - j < 2 && isSeparator(s.charAt(k))) {
                k++;
            }
            k = skipSpaces(s, k);
        }
        if (k == j) {
            return Lookup.miss(IssueCode.AGE_UNPARSEABLE);
        }
        int maxStart = k;
        int max = 0;
        while (k < n && isDigit(s.charAt(k)) && k - maxStart < 4) {
            max = max * 10 + s.charAt(k++) - '0';
        }
        int end = strict ? k : skipSpaces(s, k);
        if (k == maxStart || k - maxStart > 3 || end != n) {
            return Lookup.miss(IssueCode.AGE_UNPARSEABLE);
        }
        return band(min, max);
    }

    private static Lookup<AgeBand> band(int min, int max) {
        if (min > MAX_AGE || max > MAX_AGE) {
            return Lookup.miss(IssueCode.AGE_OUT_OF_RANGE);
        }
        if (max >= 0 && min > max) {
            return Lookup.miss(IssueCode.AGE_BAND_REVERSED);
        }
        return Lookup.found(max < 0 ? atLeast(min) : of(min, max));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_' || c == '\u2013' || c == '\u2014';
    }

    private static int skipSpaces(CharSequence s, int i) {
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /**
     * Returns whether the band has no upper bound.
     *
     * @return true for {@code min+}
     */
    public boolean isOpenEnded() {
        return max == null;
    }

    /**
     * Returns whether the age lies in the band.
     *
     * @param age an age in years
     * @return true when {@code min <= age <= max} (no upper bound when open-ended); false for negative ages
     */
    public boolean contains(int age) {
        return age >= min && (max == null || age <= max);
    }

    /**
     * Returns whether every age of the other band lies in this band.
     *
     * @param other the other band, not null
     * @return true when this band covers the other
     */
    public boolean contains(AgeBand other) {
        Integer otherMax = other.max;
        return other.min >= min && (max == null || otherMax != null && otherMax <= max);
    }

    /**
     * Returns whether the two bands share at least one age.
     *
     * @param other the other band, not null
     * @return true when they overlap
     */
    public boolean overlaps(AgeBand other) {
        Integer otherMax = other.max;
        return (max == null || other.min <= max) && (otherMax == null || min <= otherMax);
    }

    /**
     * Returns whether every age in the band is a child's, under 18.
     *
     * @return true when max is at most 17
     */
    public boolean isChild() {
        return max != null && max <= 17;
    }

    /**
     * Returns whether every age in the band is an adult's, 18 or over.
     *
     * @return true when min is at least 18
     */
    public boolean isAdult() {
        return min >= 18;
    }

    /** Orders by minimum, then by maximum with open-ended bands last. */
    @Override
    public int compareTo(AgeBand other) {
        if (min != other.min) {
            return Integer.compare(min, other.min);
        }
        int a = max == null ? Integer.MAX_VALUE : max;
        int b = other.max == null ? Integer.MAX_VALUE : other.max;
        return Integer.compare(a, b);
    }

    /**
     * Returns the canonical text.
     *
     * @return {@code min-max} or {@code min+}
     */
    @Override
    public String toString() {
        return max == null ? min + "+" : min + "-" + max;
    }
}
