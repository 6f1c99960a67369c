package org.migrationkit.core.vocab;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.migrationkit.core.internal.CodeList;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A Missing Migrants Project "Region of Origin" value: a region name and whether MMP marked it presumed.
 *
 * <p>Source: domain-standards §1.3, "Region of Origin" (2025 API, 2026 CSV): M49-style region names plus
 * {@code Sub-Saharan Africa}, {@code Latin America / Caribbean}, {@code Western / Southern Asia}, {@code Mixed},
 * {@code Unknown}, any of them with the suffix {@code " (P)"} for presumed, e.g. {@code Western Africa (P)}.
 * Accepted names: the 29 UN M49 region, sub-region and intermediate-region names
 * ({@code reference/iso3166-m49.csv}), MMP's {@code North America}, and the four MMP groupings above.
 * {@code Unknown} is a value the source uses, kept as such.
 *
 * <pre>{@code
 * OriginRegion o = OriginRegion.parse("Sub-Saharan Africa (P)");
 * o.name();       // "Sub-Saharan Africa"
 * o.presumed();   // true
 * }</pre>
 *
 * @param name the region name in its canonical spelling, not null
 * @param presumed whether MMP marked the origin presumed ({@code (P)})
 */
public record OriginRegion(String name, boolean presumed) {
    /** The suffix MMP appends to a presumed origin. */
    public static final String PRESUMED_SUFFIX = " (P)";

    // M49 names: reference/iso3166-m49.csv (region, sub-region, intermediate-region columns); the rest: §1.3.
    private static final List<String> NAMES = List.of(
            "Africa", "Americas", "Asia", "Europe", "Oceania",
            "Northern Africa", "Sub-Saharan Africa", "Western Africa", "Eastern Africa", "Middle Africa",
            "Southern Africa", "Northern America", "Latin America and the Caribbean", "Caribbean", "Central America",
            "South America", "Central Asia", "Eastern Asia", "South-eastern Asia", "Southern Asia", "Western Asia",
            "Eastern Europe", "Northern Europe", "Southern Europe", "Western Europe", "Australia and New Zealand",
            "Melanesia", "Micronesia", "Polynesia",
            "North America", "Latin America / Caribbean", "Western / Southern Asia", "Mixed", "Unknown");
    private static final CodeList<String> INDEX = CodeList.of(NAMES, List::of, IssueCode.REGION_UNKNOWN);

    /**
     * Checks and canonicalises the name.
     *
     * @throws NullPointerException if {@code name} is null
     * @throws InvalidValueException ({@code region.unknown}) if the name is not an accepted region of origin
     */
    public OriginRegion {
        Objects.requireNonNull(name, "name");
        Lookup<String> found = INDEX.lookup(name);
        if (!found.isFound()) {
            throw unknown(name);
        }
        name = found.value();
    }

    /**
     * Returns a region of origin from its parts.
     *
     * @param name an accepted name (case and spacing are forgiven), not null
     * @param presumed whether the origin is presumed
     * @return the region of origin
     * @throws InvalidValueException ({@code region.unknown}) if the name is not accepted
     */
    public static OriginRegion of(String name, boolean presumed) {
        return new OriginRegion(name, presumed);
    }

    /**
     * Parses MMP's text, stripping the {@code (P)} suffix into {@link #presumed()}.
     *
     * @param text e.g. {@code Latin America / Caribbean (P)}, not null
     * @return the region of origin
     * @throws InvalidValueException ({@code region.unknown}) if the name is not accepted
     */
    public static OriginRegion parse(CharSequence text) {
        Lookup<OriginRegion> found = lookup(text);
        if (!found.isFound()) {
            throw unknown(stripPresumed(text.toString()));
        }
        return found.value();
    }

    /**
     * Parses MMP's text without throwing.
     *
     * @param text e.g. {@code Western Africa (P)}, not null
     * @return the region of origin, or a miss with {@code region.unknown} and a close name as suggestion
     */
    public static Lookup<OriginRegion> lookup(CharSequence text) {
        String s = text.toString().strip();
        String name = stripPresumed(s);
        Lookup<String> found = INDEX.lookup(name);
        if (!found.isFound()) {
            return Lookup.miss(found.code(), found.suggestion());
        }
        return Lookup.found(new OriginRegion(found.value(), name.length() != s.length()));
    }

    /**
     * Returns whether MMP gave a mixture of regions.
     *
     * @return true for {@code Mixed}
     */
    public boolean isMixed() {
        return "Mixed".equals(name);
    }

    /**
     * Returns whether MMP gave the origin as unknown.
     *
     * @return true for {@code Unknown}
     */
    public boolean isUnknown() {
        return "Unknown".equals(name);
    }

    /**
     * Returns the current MMP region of incident with the same name, if any.
     *
     * @return e.g. {@link MmpRegion#WESTERN_AFRICA} for {@code Western Africa}; empty for names such as
     *     {@code Mixed} or {@code Sub-Saharan Africa} (a legacy region of incident)
     */
    public Optional<MmpRegion> mmpRegion() {
        return MmpRegion.findByCode(name).filter(r -> !r.isLegacy());
    }

    /**
     * Returns MMP's text: the name, then {@code " (P)"} when presumed.
     *
     * @return the canonical text
     */
    @Override
    public String toString() {
        return presumed ? name + PRESUMED_SUFFIX : name;
    }

    private static String stripPresumed(String text) {
        String s = text.strip();
        // MMP writes " (P)"; accept any case and no space before the bracket.
        if (s.length() >= 3 && s.regionMatches(true, s.length() - 3, "(P)", 0, 3)) {
            return s.substring(0, s.length() - 3).strip();
        }
        return s;
    }

    private static InvalidValueException unknown(String name) {
        Lookup<String> near = INDEX.lookup(name);
        String suggestion = near.suggestion();
        return new InvalidValueException(IssueCode.REGION_UNKNOWN, "Unknown Missing Migrants Project region of origin \""
                + name + "\": use a UN M49 region name, Sub-Saharan Africa, Latin America / Caribbean, "
                + "Western / Southern Asia, Mixed or Unknown, optionally followed by \" (P)\" for presumed."
                + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"), suggestion);
    }
}
