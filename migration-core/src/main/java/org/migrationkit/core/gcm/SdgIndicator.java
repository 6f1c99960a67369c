package org.migrationkit.core.gcm;

import org.migrationkit.core.internal.Vocabulary;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * An SDG indicator on migration: the four of target 10.7 and remittance costs (10.c.1).
 *
 * <p>Source: domain-standards §6 (current wording after the 2020 comprehensive review, the 2017 wording where it
 * differs, and custodian agencies where the source names them). Target 10.c's text is the UN global indicator
 * framework's (A/RES/71/313).
 */
public enum SdgIndicator {
    /** 10.7.1 Recruitment cost borne by employee as a proportion of monthly income earned in country of destination. */
    RECRUITMENT_COST("10.7.1", "Recruitment cost borne by employee as a proportion of monthly income earned in "
            + "country of destination",
            "Recruitment cost borne by employee as a proportion of yearly income earned in country of destination",
            // ILO and World Bank: marked "not verified" in the source.
            List.of("ILO", "World Bank")),
    /** 10.7.2 Number of countries with migration policies that facilitate orderly, safe, regular and ... */
    MIGRATION_POLICIES("10.7.2", "Number of countries with migration policies that facilitate orderly, safe, regular "
            + "and responsible migration and mobility of people",
            "Number of countries that have implemented well-managed migration policies", List.of("UN DESA", "IOM")),
    /** 10.7.3 Number of people who died or disappeared in the process of migration towards an international ... */
    MIGRANT_DEATHS("10.7.3", "Number of people who died or disappeared in the process of migration towards an "
            + "international destination", null, List.of("IOM")),
    /** 10.7.4 Proportion of the population who are refugees, by country of origin. */
    REFUGEE_PROPORTION("10.7.4", "Proportion of the population who are refugees, by country of origin", null,
            List.of("UNHCR")),
    /** 10.c.1 Remittance costs as a proportion of the amount remitted. */
    REMITTANCE_COSTS("10.c.1", "Remittance costs as a proportion of the amount remitted", null, List.of());

    /** The text of SDG target 10.7, which indicators 10.7.1 to 10.7.4 measure. */
    public static final String TARGET_10_7 = "Facilitate orderly, safe, regular and responsible migration and mobility "
            + "of people, including through the implementation of planned and well-managed migration policies";
    /** The text of SDG target 10.c, which indicator 10.c.1 measures. */
    public static final String TARGET_10_C = "By 2030, reduce to less than 3 per cent the transaction costs of migrant "
            + "remittances and eliminate remittance corridors with costs higher than 5 per cent";

    private static final Vocabulary<SdgIndicator> VOCABULARY = new Vocabulary<>(values(), "SDG migration indicator",
            SdgIndicator::code, i -> List.of(i.code, "SDG " + i.code, "Indicator " + i.code, i.wording),
            IssueCode.SDG_INDICATOR_UNKNOWN);

    private final String code;
    private final String wording;
    private final @Nullable String legacyWording;
    private final List<String> custodians;

    SdgIndicator(String code, String wording, @Nullable String legacyWording, List<String> custodians) {
        this.code = code;
        this.wording = wording;
        this.legacyWording = legacyWording;
        this.custodians = custodians;
    }

    /**
     * Returns the indicator number, the wire form.
     *
     * @return e.g. {@code 10.7.3} or {@code 10.c.1}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the current wording of the indicator.
     *
     * @return the wording
     */
    public String label() {
        return wording;
    }

    /**
     * Returns the current wording of the indicator; same as {@link #label()}.
     *
     * @return the wording
     */
    public String wording() {
        return wording;
    }

    /**
     * Returns the 2017 wording, where the 2020 review changed it.
     *
     * @return the legacy wording, or empty for indicators added or unchanged in 2020
     */
    public Optional<String> legacyWording() {
        return Optional.ofNullable(legacyWording);
    }

    /**
     * Returns the custodian agencies the source names.
     *
     * @return the agencies, empty where the source names none (10.c.1)
     */
    public List<String> custodians() {
        return custodians;
    }

    /**
     * Returns the SDG target the indicator measures.
     *
     * @return {@code 10.7} or {@code 10.c}
     */
    public String target() {
        return code.substring(0, code.lastIndexOf('.'));
    }

    /**
     * Returns the text of the SDG target the indicator measures.
     *
     * @return {@link #TARGET_10_7} or {@link #TARGET_10_C}
     */
    public String targetText() {
        return "10.7".equals(target()) ? TARGET_10_7 : TARGET_10_C;
    }

    /**
     * Returns the indicator with exactly this number.
     *
     * @param code e.g. {@code 10.7.3}, not null
     * @return the indicator
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code sdg-indicator.unknown}) for any other
     *     text; the message lists the numbers
     */
    public static SdgIndicator ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the indicator with exactly this number.
     *
     * @param code e.g. {@code 10.c.1}, not null
     * @return the indicator, or empty
     */
    public static Optional<SdgIndicator> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks an indicator up by number ({@code 10.7.3}, {@code SDG 10.7.3}) or wording, ignoring case and spacing.
     *
     * @param text any text, not null
     * @return the indicator, or a miss with {@code sdg-indicator.unknown} and a close number as suggestion
     */
    public static Lookup<SdgIndicator> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
