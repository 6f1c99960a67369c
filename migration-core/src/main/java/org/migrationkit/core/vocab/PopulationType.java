package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A population type: a UNHCR population type code, or one of the library's migrant groups.
 *
 * <p>Source: domain-standards §4.1 (UNHCR codes, meanings, the HXL tags HDX uses and the Refugee Data Finder API
 * columns). {@link #MIGRANT}, {@link #RETURNEE} and {@link #LABOUR_MIGRANT} are the library's own groups
 * (DESIGN §3) for IOM data that UNHCR's codes do not cover; {@link #isUnhcr()} is false for them and they have
 * no HXL tag or API column. Lookups accept the code, the label, the API column ({@code asylum_seekers}) and the
 * column names of UNHCR's website CSV ({@code Refugees under UNHCR's mandate}).
 */
public enum PopulationType {
    /** REF: refugees under UNHCR's mandate. */
    REF("REF", "Refugees", "#affected+refugees", "refugees", "Refugees under UNHCR's mandate"),
    /** ASY: asylum-seekers. */
    ASY("ASY", "Asylum-seekers", "#affected+asylum_seekers", "asylum_seekers"),
    /** IDP: internally displaced persons (conflict-induced, of concern to UNHCR). */
    IDP("IDP", "Internally displaced persons", "#affected+idps", "idps", "IDPs of concern to UNHCR", "IDPs"),
    /** OIP: other people in need of international protection. */
    OIP("OIP", "Other people in need of international protection", "#affected+oip", "oip"),
    /** STA: stateless persons. */
    STA("STA", "Stateless persons", "#affected+stateless", "stateless"),
    /** OOC: others of concern to UNHCR. */
    OOC("OOC", "Others of concern to UNHCR", "#affected+others", "ooc", "Others of concern"),
    /** HST: host community. */
    HST("HST", "Host community", "#affected+hst", "hst"),
    /** RET: refugee returns (returned refugees). */
    RET("RET", "Returned refugees", "#affected+refugees+returnees", "returned_refugees", "Refugee returns"),
    /** RDP: IDP returns (returned IDPs). */
    RDP("RDP", "Returned IDPs", "#affected+idps+returnees", "returned_idps", "IDP returns"),
    /** RST: resettlement arrivals. */
    RST("RST", "Resettlement arrivals", "#affected+resettled", "resettlement"),
    /** NAT: naturalisation. */
    NAT("NAT", "Naturalisation", "#affected+naturalized", "naturalisation"),
    /** Migrants (the library's group for IOM data). */
    MIGRANT("MIGRANT", "Migrants", null, null),
    /** Returnees other than UNHCR's returned refugees and IDPs (the library's group, e.g. DTM returnees). */
    RETURNEE("RETURNEE", "Returnees", null, null),
    /** Labour migrants (the library's group). */
    LABOUR_MIGRANT("LABOUR_MIGRANT", "Labour migrants", null, null, "labor migrants");

    private static final Vocabulary<PopulationType> VOCABULARY = new Vocabulary<>(values(), "population type",
            PopulationType::code, PopulationType::names, IssueCode.POPULATION_TYPE_UNKNOWN);

    private final String code;
    private final String label;
    private final @Nullable String hxlTag;
    private final @Nullable String apiColumn;
    private final List<String> aliases;

    PopulationType(String code, String label, @Nullable String hxlTag, @Nullable String apiColumn, String... aliases) {
        this.code = code;
        this.label = label;
        this.hxlTag = hxlTag;
        this.apiColumn = apiColumn;
        this.aliases = List.of(aliases);
    }

    /**
     * Returns the code, the wire form.
     *
     * @return e.g. {@code REF}, or {@code MIGRANT} for a library group
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name for people.
     *
     * @return e.g. {@code Asylum-seekers}
     */
    public String label() {
        return label;
    }

    /**
     * Returns whether this is a UNHCR population type (rather than one of the library's groups).
     *
     * @return true for the 11 UNHCR codes
     */
    public boolean isUnhcr() {
        return hxlTag != null;
    }

    /**
     * Returns the HXL tag HDX puts on this population type's column.
     *
     * @return e.g. {@code #affected+refugees}, or empty for a library group
     */
    public Optional<HxlTag> hxlTag() {
        return hxlTag == null ? Optional.empty() : Optional.of(HxlTag.parse(hxlTag));
    }

    /**
     * Returns the column name in UNHCR's Refugee Data Finder API ({@code population} or {@code solutions}).
     *
     * @return e.g. {@code asylum_seekers}, or empty for a library group
     */
    public Optional<String> apiColumn() {
        return Optional.ofNullable(apiColumn);
    }

    /**
     * Finds the UNHCR population type whose HDX column carries this HXL tag (attribute order does not matter).
     *
     * @param tag e.g. {@code #affected+returnees+refugees}, not null
     * @return the population type, or empty
     */
    public static Optional<PopulationType> findByHxlTag(HxlTag tag) {
        return Stream.of(values()).filter(p -> p.hxlTag().filter(tag::equals).isPresent()).findFirst();
    }

    /**
     * Returns the population type with exactly this code.
     *
     * @param code e.g. {@code REF}, not null
     * @return the population type
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code population-type.unknown}) if no
     *     type has this code; the message lists the codes
     */
    public static PopulationType ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the population type with exactly this code.
     *
     * @param code e.g. {@code ASY}, not null
     * @return the population type, or empty
     */
    public static Optional<PopulationType> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a population type up by code, label, API column or UNHCR website column name, ignoring case and
     * spacing.
     *
     * @param text any text, not null
     * @return the population type, or a miss with {@code population-type.unknown} and a close code as suggestion
     */
    public static Lookup<PopulationType> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(code);
        names.add(label);
        if (apiColumn != null) {
            names.add(apiColumn);
        }
        names.addAll(aliases);
        return names;
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
