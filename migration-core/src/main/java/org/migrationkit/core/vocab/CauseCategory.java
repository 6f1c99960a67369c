package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * One of the 7 Missing Migrants Project cause-of-death categories.
 *
 * <p>Source: domain-standards §1.3, "Cause of Death — current 7 categories" (website layouts B and C; all 7
 * observed). The API's {@code cause_death} column is free text, not these categories: keep it as reported text.
 *
 * <p>A record can carry several categories joined by commas ({@code Drowning,Mixed or unknown}); since the
 * category texts themselves contain commas and slashes, {@link #parseList(CharSequence)} splits only where a
 * known category ends.
 *
 * <pre>{@code
 * CauseCategory.parseList("Drowning,Mixed or unknown");   // [DROWNING, MIXED_OR_UNKNOWN]
 * }</pre>
 */
public enum CauseCategory {
    /** Drowning. */
    DROWNING("Drowning"),
    /** Vehicle accident / death linked to hazardous transport. */
    VEHICLE_ACCIDENT("Vehicle accident / death linked to hazardous transport"),
    /** Harsh environmental conditions / lack of adequate shelter, food, water. */
    HARSH_ENVIRONMENTAL_CONDITIONS("Harsh environmental conditions / lack of adequate shelter, food, water"),
    /** Sickness / lack of access to adequate healthcare. */
    SICKNESS("Sickness / lack of access to adequate healthcare"),
    /** Violence. */
    VIOLENCE("Violence"),
    /** Accidental death. */
    ACCIDENTAL_DEATH("Accidental death"),
    /** Mixed or unknown: a value the source uses, not a missing value. */
    MIXED_OR_UNKNOWN("Mixed or unknown");

    private static final Vocabulary<CauseCategory> VOCABULARY = new Vocabulary<>(values(),
            "Missing Migrants Project cause of death category", CauseCategory::code, c -> List.of(c.code),
            IssueCode.CAUSE_UNKNOWN);
    // A category can span at most this many comma-separated pieces (the harsh-conditions text has two commas).
    private static final int MAX_PIECES = 3;
    private static final Map<String, CauseCategory> BY_COMPACT_KEY = new HashMap<>();
    private static final String ACCEPTED = Stream.of(values()).map(c -> "\"" + c.code + "\"")
            .collect(Collectors.joining(", "));

    static {
        for (CauseCategory c : values()) {
            BY_COMPACT_KEY.put(compactKey(c.code), c);
        }
    }

    private final String code;

    CauseCategory(String code) {
        this.code = code;
    }

    /**
     * Returns MMP's exact text of the category, the wire form.
     *
     * @return the text
     */
    public String code() {
        return code;
    }

    /**
     * Returns the category's text for people; equals {@link #code()}.
     *
     * @return the label
     */
    public String label() {
        return code;
    }

    /**
     * Returns the category with exactly this text.
     *
     * @param code the exact MMP text, not null
     * @return the category
     * @throws InvalidValueException ({@code cause.unknown}) if no category has this text; the message lists them
     */
    public static CauseCategory ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the category with exactly this text.
     *
     * @param code the exact MMP text, not null
     * @return the category, or empty
     */
    public static Optional<CauseCategory> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks one category up, ignoring case and the spacing around words, commas and slashes.
     *
     * @param text any text, not null
     * @return the category, or a miss with {@code cause.unknown} and the closest category as suggestion
     */
    public static Lookup<CauseCategory> lookup(CharSequence text) {
        Lookup<CauseCategory> found = VOCABULARY.lookup(text);
        if (found.isFound()) {
            return found;
        }
        CauseCategory c = BY_COMPACT_KEY.get(compactKey(text));
        return c == null ? found : Lookup.found(c);
    }

    /**
     * Splits a comma-joined list of categories without throwing. Blank input and blank pieces give nothing;
     * a category named twice is kept once, in first-seen order.
     *
     * @param text e.g. {@code Harsh environmental conditions / lack of adequate shelter, food, water,Violence},
     *     not null
     * @return the categories, or a miss with {@code cause.unknown} for the first piece that is no category, its
     *     suggestion the category closest to that piece
     */
    public static Lookup<List<CauseCategory>> lookupList(CharSequence text) {
        String[] pieces = text.toString().split(",", -1);
        Set<CauseCategory> found = new LinkedHashSet<>();
        int unknown = split(pieces, found);
        if (unknown >= 0) {
            return Lookup.miss(IssueCode.CAUSE_UNKNOWN, lookup(pieces[unknown]).suggestion());
        }
        return Lookup.found(List.copyOf(found));
    }

    /**
     * Splits a comma-joined list of categories.
     *
     * @param text e.g. {@code Drowning,Mixed or unknown}, not null
     * @return the categories, empty for blank text
     * @throws InvalidValueException ({@code cause.unknown}) naming the first piece that is no category
     */
    public static List<CauseCategory> parseList(CharSequence text) {
        String[] pieces = text.toString().split(",", -1);
        Set<CauseCategory> found = new LinkedHashSet<>();
        int unknown = split(pieces, found);
        if (unknown < 0) {
            return List.copyOf(found);
        }
        String piece = pieces[unknown].strip();
        String suggestion = lookup(piece).suggestion();
        throw new InvalidValueException(IssueCode.CAUSE_UNKNOWN, "Unknown Missing Migrants Project cause of death "
                + "category \"" + piece + "\" in \"" + text + "\": use one or more of " + ACCEPTED
                + ", joined by commas." + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"),
                suggestion);
    }

    /**
     * Reads the comma-separated pieces into categories, longest match first so that
     * "…shelter, food, water" is one category, not three unknown pieces.
     *
     * @return -1 when every piece was read, else the index of the first piece that starts no category
     */
    private static int split(String[] pieces, Set<CauseCategory> out) {
        String[] keys = new String[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            keys[i] = compactKey(pieces[i]);
        }
        int i = 0;
        while (i < pieces.length) {
            if (keys[i].isEmpty()) {
                i++;
                continue;
            }
            int matched = 0;
            for (int n = Math.min(MAX_PIECES, pieces.length - i); n >= 1 && matched == 0; n--) {
                CauseCategory c = BY_COMPACT_KEY.get(String.join(",", List.of(keys).subList(i, i + n)));
                if (c != null) {
                    out.add(c);
                    matched = n;
                }
            }
            if (matched == 0) {
                return i;
            }
            i += matched;
        }
        return -1;
    }

    /** {@link Names#key} with no spaces around commas and slashes, so "shelter,food" equals "shelter, food". */
    private static String compactKey(CharSequence text) {
        return Names.key(text).replace(" ,", ",").replace(", ", ",").replace(" /", "/").replace("/ ", "/");
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
