package org.migrationkit.core.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.CodeList;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A UN M49 geographic region, sub-region or intermediate region, such as {@code 145 Western Asia}.
 *
 * <p>The set is the regions that {@link CountryCode}'s table uses, with names exactly as the UN Statistics Division
 * spells them. Instances are interned: there is one per code. The canonical text is the three-digit code
 * ({@code "002"}); {@link #lookup(CharSequence)} also takes names and the legacy spellings of the Missing Migrants
 * Project's "UNSD Geographical Grouping" ({@code Central Africa}, {@code South Asia}).
 *
 * <pre>{@code
 * Region.of(145).name();                   // "Western Asia"
 * Region.lookup("South Asia").value();     // 034 Southern Asia
 * }</pre>
 *
 * <p>Source: UN Statistics Division, Standard country or area codes for statistical use (M49);
 * domain-standards §1.3 (MMP "UNSD Geographical Grouping").
 */
public final class Region {
    /** How deep a region sits in the M49 hierarchy. */
    public enum Level {
        /** A continental region, such as 002 Africa. */
        REGION,
        /** A sub-region, such as 202 Sub-Saharan Africa. */
        SUB_REGION,
        /** An intermediate region, such as 011 Western Africa. */
        INTERMEDIATE_REGION
    }

    // Indexed by M49 code (0..999); the codes used are all below 1000 by definition of M49.
    private static final Region[] BY_CODE = new Region[1000];
    private static final List<Region> ALL;
    private static final CodeList<Region> NAMES;

    static {
        List<Region> all = new ArrayList<>();
        Region africa = add(all, 2, "Africa", null);
        Region americas = add(all, 19, "Americas", null);
        Region asia = add(all, 142, "Asia", null);
        Region europe = add(all, 150, "Europe", null);
        Region oceania = add(all, 9, "Oceania", null);

        add(all, 15, "Northern Africa", africa);
        Region subSaharan = add(all, 202, "Sub-Saharan Africa", africa);
        add(all, 11, "Western Africa", subSaharan);
        add(all, 14, "Eastern Africa", subSaharan);
        // MMP's 2020 export spells Middle Africa "Central Africa" (domain-standards §1.3).
        add(all, 17, "Middle Africa", subSaharan, "Central Africa");
        add(all, 18, "Southern Africa", subSaharan);

        add(all, 21, "Northern America", americas);
        Region latin = add(all, 419, "Latin America and the Caribbean", americas);
        add(all, 5, "South America", latin);
        add(all, 13, "Central America", latin);
        add(all, 29, "Caribbean", latin);

        add(all, 30, "Eastern Asia", asia);
        // MMP's 2020 export spells Southern Asia "South Asia" (domain-standards §1.3).
        add(all, 34, "Southern Asia", asia, "South Asia");
        add(all, 35, "South-eastern Asia", asia);
        add(all, 143, "Central Asia", asia);
        add(all, 145, "Western Asia", asia);

        add(all, 39, "Southern Europe", europe);
        add(all, 151, "Eastern Europe", europe);
        add(all, 154, "Northern Europe", europe);
        add(all, 155, "Western Europe", europe);

        add(all, 53, "Australia and New Zealand", oceania);
        add(all, 54, "Melanesia", oceania);
        add(all, 57, "Micronesia", oceania);
        add(all, 61, "Polynesia", oceania);

        ALL = Collections.unmodifiableList(all);
        NAMES = CodeList.of(ALL, Region::names, IssueCode.REGION_UNKNOWN);
    }

    private final int code;
    private final String codeText;
    private final String name;
    private final Level level;
    private final @Nullable Region parent;
    private final List<String> aliases;
    private final Lookup<Region> hit;

    private Region(int code, String name, @Nullable Region parent, List<String> aliases) {
        this.code = code;
        this.codeText = threeDigits(code);
        this.name = name;
        this.parent = parent;
        this.level = parent == null ? Level.REGION
                : parent.parent == null ? Level.SUB_REGION : Level.INTERMEDIATE_REGION;
        this.aliases = List.copyOf(aliases);
        this.hit = Lookup.found(this);
    }

    private static Region add(List<Region> all, int code, String name, @Nullable Region parent, String... aliases) {
        Region r = new Region(code, name, parent, List.of(aliases));
        BY_CODE[code] = r;
        all.add(r);
        return r;
    }

    /** An M49 code as its three digits, zero-padded (by hand: String.format's first calls cost 10-15 ms a start). */
    static String threeDigits(int code) {
        String digits = Integer.toString(code);
        return "000".substring(Math.min(3, digits.length())) + digits;
    }

    private static List<String> names(Region r) {
        List<String> names = new ArrayList<>();
        names.add(r.codeText);
        names.add(r.name);
        names.addAll(r.aliases);
        return names;
    }

    /**
     * Returns the region with the given M49 code.
     *
     * @param code an M49 region code, such as 2 for Africa
     * @return the region, not null
     * @throws InvalidValueException with {@code region.unknown} if no region of the table has that code
     */
    public static Region of(int code) {
        Region r = code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null;
        if (r == null) {
            throw unknown(Integer.toString(code), null);
        }
        return r;
    }

    /**
     * Returns the region whose canonical text, the three-digit M49 code, is given.
     *
     * @param text a three-digit code such as {@code "002"}, not null
     * @return the region, not null
     * @throws InvalidValueException with {@code region.unknown} if the text is not the code of a region
     */
    public static Region parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Region r = text.length() == 3 ? byDigits(text) : null;
        if (r == null) {
            Lookup<Region> l = NAMES.lookup(text);
            throw unknown(text.toString(), l.isFound() ? l.value().codeText : l.suggestion());
        }
        return r;
    }

    /**
     * Finds the region with the given M49 code.
     *
     * @param code an M49 region code
     * @return the region, or empty if no region of the table has that code
     */
    public static Optional<Region> findByCode(int code) {
        return Optional.ofNullable(code >= 0 && code < BY_CODE.length ? BY_CODE[code] : null);
    }

    /**
     * Looks a region up by M49 code ({@code "002"} or {@code "2"}), UNSD name or a legacy MMP spelling, ignoring
     * case, diacritics and spacing; never throws.
     *
     * @param text any text, not null
     * @return the region, or a miss with {@code region.unknown} and the code of a close name as suggestion
     */
    public static Lookup<Region> lookup(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().strip();
        if (!s.isEmpty() && s.length() <= 3) {
            Region r = byDigits(s);
            if (r != null) {
                return r.hit;
            }
        }
        return NAMES.lookup(s);
    }

    /**
     * Returns every region, regions first, then sub-regions and intermediate regions grouped under their region.
     *
     * @return an unmodifiable list of 29 regions
     */
    public static List<Region> all() {
        return ALL;
    }

    private static @Nullable Region byDigits(CharSequence s) {
        int code = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            code = code * 10 + (c - '0');
        }
        return BY_CODE[code];
    }

    private static InvalidValueException unknown(String value, @Nullable String suggestion) {
        return new InvalidValueException(IssueCode.REGION_UNKNOWN,
                "Unknown M49 region \"" + value + "\": use the three-digit code of a UN M49 region, sub-region or "
                        + "intermediate region, such as \"145\" for Western Asia"
                        + (suggestion == null ? "." : "; did you mean \"" + suggestion + "\"?"),
                suggestion);
    }

    /**
     * Returns the M49 numeric code.
     *
     * @return the code, such as 2 for Africa
     */
    public int code() {
        return code;
    }

    /**
     * Returns the M49 code as three digits, the canonical text.
     *
     * @return the code text, such as {@code "002"}
     */
    public String codeText() {
        return codeText;
    }

    /**
     * Returns the English name as UNSD spells it.
     *
     * @return the name, such as {@code "South-eastern Asia"}
     */
    public String name() {
        return name;
    }

    /**
     * Returns how deep the region sits in the hierarchy.
     *
     * @return the level, not null
     */
    public Level level() {
        return level;
    }

    /**
     * Returns the region this one belongs to.
     *
     * @return the parent, or null for a continental {@link Level#REGION}
     */
    public @Nullable Region parent() {
        return parent;
    }

    /**
     * Returns whether this region is {@code other} or lies inside it.
     *
     * @param other a region, not null
     * @return true if {@code other} is this region or one of its ancestors
     */
    public boolean isWithin(Region other) {
        Objects.requireNonNull(other, "other");
        for (Region r = this; r != null; r = r.parent) {
            if (r == other) {
                return true;
            }
        }
        return false;
    }

    /** Returns the three-digit M49 code, as {@link #parse(CharSequence)} reads it. */
    @Override
    public String toString() {
        return codeText;
    }
}
