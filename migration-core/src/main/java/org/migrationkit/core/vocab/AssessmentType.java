package org.migrationkit.core.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The kind of DTM assessment a figure comes from (DTM API {@code assessmentType}, HXL {@code #assessment+type}).
 *
 * <p>Source: domain-standards §2.2, DTM API (IDP figures) fields ({@code OCHA-DAP/hdx-scraper-iom-dtm}
 * configuration, {@code Displacement-Tracking-Matrix/dtmapi}); the tools are those of DTM mobility tracking
 * (domain-standards §2.1). Codes are DTM's own spelling. Unknown is null, not a constant.
 */
public enum AssessmentType {
    /** Baseline (area or sub-area) assessment of mobility tracking. */
    BA("BA", "Baseline Assessment", "Baseline", "Baseline area assessment"),
    /** Emergency or event tracking: a rapid count after a sudden event. */
    ETT("ETT", "Emergency/Event Tracking Tool", "Emergency Tracking Tool", "Event Tracking Tool", "Event tracking",
            "Emergency tracking"),
    /** Site assessment: a Multi-Sectoral Location Assessment (site profile) or needs monitoring. */
    SA("SA", "Site Assessment", "MSLA", "Multi-Sectoral Location Assessment", "Needs Monitoring");

    private static final Vocabulary<AssessmentType> VOCABULARY = new Vocabulary<>(values(), "DTM assessment type",
            AssessmentType::code, AssessmentType::names, IssueCode.ASSESSMENT_TYPE_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    AssessmentType(String code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /**
     * Returns the code, the wire form.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Returns the name for people.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * Returns the other names {@link #lookup(CharSequence)} accepts.
     *
     * @return the aliases, possibly empty
     */
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Returns the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code assessment-type.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static AssessmentType ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<AssessmentType> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code assessment-type.unknown} and the closest code as suggestion
     */
    public static Lookup<AssessmentType> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    private List<String> names() {
        List<String> names = new ArrayList<>();
        names.add(code);
        names.add(label);
        names.addAll(aliases);
        return names;
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
