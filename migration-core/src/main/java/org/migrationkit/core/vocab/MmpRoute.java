package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A Missing Migrants Project migration route, by the name MMP gives it.
 *
 * <p>Source: domain-standards §1.3, "Migration Route — current names" (the 30 names observed in the MMP API
 * 2014–2025) and "Legacy route names" (the 2020 website export), with the legacy → current table of the same
 * section — a mapping by meaning of the names, not an official IOM crosswalk.
 *
 * <p>{@link #code()} is MMP's exact spelling. Twenty-nine of the thirty current names are constants; the
 * thirtieth, {@code Mainland Europe to the UK} (the website CSVs' name for the Channel crossing), is an alias
 * of {@link #ENGLISH_CHANNEL_TO_THE_UK}, because MMP files the same deaths under both names.
 * Legacy names with a current equivalent are aliases of that constant ({@code Darien Gap} → {@link #DARIEN});
 * the one without, {@code Malaysia to Indonesia}, is a constant of its own with {@link #isLegacy()} true.
 * {@link #match(CharSequence)} tells a reader whether the text was a legacy name, so it can keep the original.
 *
 * <pre>{@code
 * MmpRoute.lookup("Calais to United Kingdom").value();   // ENGLISH_CHANNEL_TO_THE_UK
 * MmpRoute.match("Darien Gap").isLegacyName();           // true
 * MmpRoute.lookup("Central Mediteranean").suggestion();  // "Central Mediterranean"
 * }</pre>
 */
public enum MmpRoute {
    /** US-Mexico border crossing (legacy name: Central America to US). */
    US_MEXICO_BORDER_CROSSING("US-Mexico border crossing", List.of(), List.of("Central America to US")),
    /** Afghanistan to Iran. */
    AFGHANISTAN_TO_IRAN("Afghanistan to Iran"),
    /** Sahara Desert crossing. */
    SAHARA_DESERT_CROSSING("Sahara Desert crossing"),
    /** Central Mediterranean (same name in the 2020 export). */
    CENTRAL_MEDITERRANEAN("Central Mediterranean"),
    /** Western Mediterranean (same name in the 2020 export). */
    WESTERN_MEDITERRANEAN("Western Mediterranean"),
    /** Eastern Route to/from EHOA (East and Horn of Africa → Yemen → Saudi Arabia; legacy: Horn Africa to Yemen). */
    EASTERN_ROUTE_TO_FROM_EHOA("Eastern Route to/from EHOA", List.of(), List.of("Horn Africa to Yemen")),
    /** Eastern Mediterranean (same name in the 2020 export). */
    EASTERN_MEDITERRANEAN("Eastern Mediterranean"),
    /** Western Africa / Atlantic route to the Canary Islands (legacy name: Western African). */
    WESTERN_AFRICA_ATLANTIC_ROUTE_TO_THE_CANARY_ISLANDS("Western Africa / Atlantic route to the Canary Islands",
            List.of(), List.of("Western African")),
    /** Western Balkans (same name in the 2020 export). */
    WESTERN_BALKANS("Western Balkans"),
    /** Darien (legacy name: Darien Gap). */
    DARIEN("Darien", List.of(), List.of("Darien Gap")),
    /** Türkiye-Europe land route. */
    TURKIYE_EUROPE_LAND_ROUTE("Türkiye-Europe land route"),
    /** English Channel to the UK (also Mainland Europe to the UK; legacy name: Calais to United Kingdom). */
    ENGLISH_CHANNEL_TO_THE_UK("English Channel to the UK", List.of("Mainland Europe to the UK"),
            List.of("Calais to United Kingdom")),
    /** Syria to Türkiye. */
    SYRIA_TO_TURKIYE("Syria to Türkiye"),
    /** Belarus-EU border. */
    BELARUS_EU_BORDER("Belarus-EU border"),
    /** Iran to Türkiye. */
    IRAN_TO_TURKIYE("Iran to Türkiye"),
    /** Route to Southern Africa. */
    ROUTE_TO_SOUTHERN_AFRICA("Route to Southern Africa"),
    /** Caribbean to US. */
    CARIBBEAN_TO_US("Caribbean to US"),
    /** Horn of Africa Route (not the legacy Horn Africa to Yemen, which is the Eastern Route). */
    HORN_OF_AFRICA_ROUTE("Horn of Africa Route"),
    /** Dominican Republic to Puerto Rico (same name in the 2020 export). */
    DOMINICAN_REPUBLIC_TO_PUERTO_RICO("Dominican Republic to Puerto Rico"),
    /** Northern Route from EHOA. */
    NORTHERN_ROUTE_FROM_EHOA("Northern Route from EHOA"),
    /** Italy to France (same name in the 2020 export). */
    ITALY_TO_FRANCE("Italy to France"),
    /** Sea crossings to Mayotte. */
    SEA_CROSSINGS_TO_MAYOTTE("Sea crossings to Mayotte"),
    /** Haiti to Dominican Republic (legacy name: From Haiti to Dajabon, Dominican Republic). */
    HAITI_TO_DOMINICAN_REPUBLIC("Haiti to Dominican Republic", List.of(),
            List.of("From Haiti to Dajabon, Dominican Republic")),
    /** Ukraine to Europe. */
    UKRAINE_TO_EUROPE("Ukraine to Europe"),
    /** Venezuela to Caribbean (legacy name: Venezuela to Curaçao). */
    VENEZUELA_TO_CARIBBEAN("Venezuela to Caribbean", List.of(), List.of("Venezuela to Curaçao")),
    /** Caribbean to Central America (same name in the 2020 export). */
    CARIBBEAN_TO_CENTRAL_AMERICA("Caribbean to Central America"),
    /** Bay of Bengal/Andaman Sea. */
    BAY_OF_BENGAL_ANDAMAN_SEA("Bay of Bengal/Andaman Sea"),
    /** DRC to Uganda. */
    DRC_TO_UGANDA("DRC to Uganda"),
    /** Naf River crossing. */
    NAF_RIVER_CROSSING("Naf River crossing"),
    /** Malaysia to Indonesia: a 2020 route with no current equivalent (not Bay of Bengal/Andaman Sea). */
    MALAYSIA_TO_INDONESIA("Malaysia to Indonesia", true);

    private static final Vocabulary<MmpRoute> VOCABULARY = new Vocabulary<>(values(),
            "Missing Migrants Project route", MmpRoute::code, MmpRoute::names, IssueCode.ROUTE_UNKNOWN);
    private static final Set<String> LEGACY_KEYS = Stream.of(values())
            .flatMap(r -> r.legacyNames.stream()).map(Names::key).collect(Collectors.toUnmodifiableSet());

    private final String code;
    private final List<String> aliases;
    private final List<String> legacyNames;
    private final boolean legacy;

    MmpRoute(String code) {
        this(code, List.of(), List.of());
    }

    MmpRoute(String code, boolean legacy) {
        this.code = code;
        this.aliases = List.of();
        this.legacyNames = List.of();
        this.legacy = legacy;
    }

    MmpRoute(String code, List<String> aliases, List<String> legacyNames) {
        this.code = code;
        this.aliases = aliases;
        this.legacyNames = legacyNames;
        this.legacy = false;
    }

    /**
     * Returns MMP's exact spelling of the route, the wire form.
     *
     * @return the name, e.g. {@code Eastern Route to/from EHOA}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the route's name for people; MMP's names are already that, so it equals {@link #code()}.
     *
     * @return the label
     */
    public String label() {
        return code;
    }

    /**
     * Returns whether this is a legacy route with no current equivalent.
     *
     * @return true only for {@link #MALAYSIA_TO_INDONESIA}
     */
    public boolean isLegacy() {
        return legacy;
    }

    /**
     * Returns the current route this one is, itself for a current route.
     *
     * @return this route, or empty for a legacy route with no current equivalent
     */
    public Optional<MmpRoute> current() {
        return legacy ? Optional.empty() : Optional.of(this);
    }

    /**
     * Returns the other names MMP uses for this route today (the website CSVs' spelling).
     *
     * @return the aliases, possibly empty
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns the legacy (2020 export) names that resolve to this route.
     *
     * @return the legacy names, possibly empty
     */
    public List<String> legacyNames() {
        return legacyNames;
    }

    /**
     * Returns the routes MMP uses today.
     *
     * @return the 29 current constants, in declaration order
     */
    public static List<MmpRoute> currentRoutes() {
        return Stream.of(values()).filter(r -> !r.legacy).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Returns every current route name MMP uses: each current constant's code and its current aliases.
     *
     * @return the 30 current names
     */
    public static List<String> currentNames() {
        List<String> names = new ArrayList<>();
        for (MmpRoute r : currentRoutes()) {
            names.add(r.code);
            names.addAll(r.aliases);
        }
        return List.copyOf(names);
    }

    /**
     * Returns the route with exactly this code.
     *
     * @param code the exact MMP name, not null
     * @return the route
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code route.unknown}) if no route has
     *     this code; the message lists the codes
     */
    public static MmpRoute ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the route with exactly this code.
     *
     * @param code the exact MMP name, not null
     * @return the route, or empty
     */
    public static Optional<MmpRoute> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a route name up, ignoring case, diacritics and spacing, accepting aliases and legacy names.
     *
     * @param text any text, not null
     * @return the route, or a miss with {@code route.unknown} and the closest name as suggestion
     */
    public static Lookup<MmpRoute> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /**
     * Returns whether the text names a route by one of its legacy (2020 export) names.
     *
     * @param text any text, not null
     * @return true for e.g. {@code Darien Gap}; false for current names and unknown text
     */
    public static boolean isLegacyName(CharSequence text) {
        return LEGACY_KEYS.contains(Names.key(text));
    }

    /**
     * Looks a route name up and says how it matched: whether through an alias or a legacy name, and which issue
     * to report ({@code route.unknown} for a miss, {@code route.legacy} for {@link #MALAYSIA_TO_INDONESIA}).
     *
     * @param text any text, not null
     * @return the match
     */
    public static NameMatch<MmpRoute> match(CharSequence text) {
        Lookup<MmpRoute> found = lookup(text);
        if (!found.isFound()) {
            return new NameMatch<>(text.toString(), null, false, false, found.code(), found.suggestion());
        }
        MmpRoute r = found.value();
        String key = Names.key(text);
        boolean alias = !key.equals(Names.key(r.code));
        return new NameMatch<>(text.toString(), r, alias, alias && LEGACY_KEYS.contains(key),
                r.legacy ? IssueCode.ROUTE_LEGACY : null, null);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(code);
        names.addAll(aliases);
        names.addAll(legacyNames);
        return names;
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
