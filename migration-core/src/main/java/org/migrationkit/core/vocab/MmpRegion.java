package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A Missing Migrants Project "Region of Incident".
 *
 * <p>Source: domain-standards §1.3, "Region of Incident — current values" (16 observed in the MMP API
 * 2014–2025, plus {@code Oceania}, which MMP's regional classification treats as one region) and "Legacy values"
 * (2020 website export), with the legacy → current table of the same section (a mapping by meaning of the names,
 * not an official IOM crosswalk).
 *
 * <p>Renamed legacy values are aliases ({@code North Africa} → {@link #NORTHERN_AFRICA}). Legacy values that
 * straddle several current regions ({@code US-Mexico Border}, {@code Sub-Saharan Africa}, {@code Horn of Africa},
 * {@code Middle East}) are constants of their own with {@link #isLegacy()} true and the possible current regions
 * in {@link #candidates()}; choosing among them needs the incident country or coordinates. For the "Region of
 * Origin" column see {@link OriginRegion}.
 */
public enum MmpRegion {
    /** Southern Asia (legacy name: South Asia). */
    SOUTHERN_ASIA("Southern Asia", "South Asia"),
    /** North America. */
    NORTH_AMERICA("North America"),
    /** Mediterranean: MMP's own region for the sea, not an M49 region. */
    MEDITERRANEAN("Mediterranean"),
    /** Northern Africa (legacy name: North Africa). */
    NORTHERN_AFRICA("Northern Africa", "North Africa"),
    /** Central America (Mexico included, as in M49). */
    CENTRAL_AMERICA("Central America"),
    /** Western Africa. */
    WESTERN_AFRICA("Western Africa"),
    /** Europe: one MMP region, not the four M49 sub-regions. */
    EUROPE("Europe"),
    /** Eastern Africa. */
    EASTERN_AFRICA("Eastern Africa"),
    /** Western Asia. */
    WESTERN_ASIA("Western Asia"),
    /** South-eastern Asia (legacy name: Southeast Asia). */
    SOUTH_EASTERN_ASIA("South-eastern Asia", "Southeast Asia"),
    /** South America. */
    SOUTH_AMERICA("South America"),
    /** Caribbean. */
    CARIBBEAN("Caribbean"),
    /** Middle Africa. */
    MIDDLE_AFRICA("Middle Africa"),
    /** Eastern Asia (legacy name: East Asia). */
    EASTERN_ASIA("Eastern Asia", "East Asia"),
    /** Southern Africa. */
    SOUTHERN_AFRICA("Southern Africa"),
    /** Central Asia. */
    CENTRAL_ASIA("Central Asia"),
    /** Oceania: one MMP region, like Europe. */
    OCEANIA("Oceania"),
    /** Legacy US-Mexico Border: US side North America, Mexican side Central America. */
    US_MEXICO_BORDER("US-Mexico Border", List.of("NORTH_AMERICA", "CENTRAL_AMERICA")),
    /** Legacy Sub-Saharan Africa: one of the four M49 intermediate regions of Sub-Saharan Africa. */
    SUB_SAHARAN_AFRICA("Sub-Saharan Africa",
            List.of("WESTERN_AFRICA", "EASTERN_AFRICA", "MIDDLE_AFRICA", "SOUTHERN_AFRICA")),
    /** Legacy Horn of Africa: Eastern Africa, or Western Asia (Yemen) or Northern Africa (Sudan). */
    HORN_OF_AFRICA("Horn of Africa", List.of("EASTERN_AFRICA", "WESTERN_ASIA", "NORTHERN_AFRICA")),
    /** Legacy Middle East: mostly Western Asia; Egypt is Northern Africa and Iran Southern Asia. */
    MIDDLE_EAST("Middle East", List.of("WESTERN_ASIA", "NORTHERN_AFRICA", "SOUTHERN_ASIA"));

    private static final Vocabulary<MmpRegion> VOCABULARY = new Vocabulary<>(values(),
            "Missing Migrants Project region", MmpRegion::code, MmpRegion::names, IssueCode.REGION_UNKNOWN);
    private static final Set<String> LEGACY_KEYS = Stream.of(values())
            .filter(r -> r.legacyName != null).map(r -> Names.key(r.legacyName))
            .collect(Collectors.toUnmodifiableSet());

    private final String code;
    private final @Nullable String legacyName;
    // Names, not constants: an enum constant cannot refer to a later one in its own initialiser.
    private final List<String> candidateNames;

    MmpRegion(String code) {
        this.code = code;
        this.legacyName = null;
        this.candidateNames = List.of();
    }

    MmpRegion(String code, String legacyName) {
        this.code = code;
        this.legacyName = legacyName;
        this.candidateNames = List.of();
    }

    MmpRegion(String code, List<String> candidateNames) {
        this.code = code;
        this.legacyName = null;
        this.candidateNames = candidateNames;
    }

    /**
     * Returns MMP's exact spelling of the region, the wire form.
     *
     * @return the name, e.g. {@code South-eastern Asia}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the region's name for people; equals {@link #code()}.
     *
     * @return the label
     */
    public String label() {
        return code;
    }

    /**
     * Returns whether this is a legacy region that straddles several current ones.
     *
     * @return true for {@link #US_MEXICO_BORDER}, {@link #SUB_SAHARAN_AFRICA}, {@link #HORN_OF_AFRICA},
     *     {@link #MIDDLE_EAST}
     */
    public boolean isLegacy() {
        return !candidateNames.isEmpty();
    }

    /**
     * Returns the current regions a legacy region may correspond to, most likely first.
     *
     * @return the candidates, empty for a current region
     */
    public List<MmpRegion> candidates() {
        return candidateNames.stream().map(MmpRegion::valueOf).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the current region this one is, itself for a current region.
     *
     * @return this region, or empty for a legacy region with several candidates
     */
    public Optional<MmpRegion> current() {
        return isLegacy() ? Optional.empty() : Optional.of(this);
    }

    /**
     * Returns the legacy (2020 export) name that resolves to this region, if it was renamed.
     *
     * @return the legacy name, e.g. {@code North Africa} for {@link #NORTHERN_AFRICA}, or empty
     */
    public Optional<String> legacyName() {
        return Optional.ofNullable(legacyName);
    }

    /**
     * Returns the regions MMP uses today.
     *
     * @return the 17 current constants, in declaration order
     */
    public static List<MmpRegion> currentRegions() {
        return Stream.of(values()).filter(r -> !r.isLegacy()).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns the region with exactly this code.
     *
     * @param code the exact MMP name, not null
     * @return the region
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code region.unknown}) if no region has
     *     this code; the message lists the codes
     */
    public static MmpRegion ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the region with exactly this code.
     *
     * @param code the exact MMP name, not null
     * @return the region, or empty
     */
    public static Optional<MmpRegion> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a region up, ignoring case, diacritics and spacing, accepting the renamed legacy names.
     *
     * @param text any text, not null
     * @return the region, or a miss with {@code region.unknown} and the closest name as suggestion
     */
    public static Lookup<MmpRegion> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /**
     * Returns whether the text is a renamed legacy region name such as {@code North Africa}.
     *
     * @param text any text, not null
     * @return true for a renamed legacy name; false for current names, straddling legacy regions and unknown text
     */
    public static boolean isLegacyName(CharSequence text) {
        return LEGACY_KEYS.contains(Names.key(text));
    }

    /**
     * Looks a region up and says how it matched, and which issue to report: {@code region.unknown} for a miss,
     * {@code region.legacy} for a legacy region with several candidates.
     *
     * @param text any text, not null
     * @return the match
     */
    public static NameMatch<MmpRegion> match(CharSequence text) {
        Lookup<MmpRegion> found = lookup(text);
        if (!found.isFound()) {
            return new NameMatch<>(text.toString(), null, false, false, found.code(), found.suggestion());
        }
        MmpRegion r = found.value();
        String key = Names.key(text);
        boolean alias = !key.equals(Names.key(r.code));
        return new NameMatch<>(text.toString(), r, alias, alias && LEGACY_KEYS.contains(key),
                r.isLegacy() ? IssueCode.REGION_LEGACY : null, null);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(code);
        if (legacyName != null) {
            names.add(legacyName);
        }
        return names;
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
