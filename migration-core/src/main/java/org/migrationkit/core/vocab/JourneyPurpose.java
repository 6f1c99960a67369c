package org.migrationkit.core.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * Why a journey is made, as far as the record says.
 *
 * <p>The library's own list, not a published code list (DESIGN §3). DTM flow monitoring records reasons as
 * survey-specific yes/no flags, several per person ({@code reason_economic}, {@code reason_education},
 * {@code reason_family}, ..., domain-standards §2.3); a journey here has one main purpose. Unknown is null, not a
 * constant.
 * Codes are lower snake case.
 */
public enum JourneyPurpose {
    /** Migration in general, no more specific purpose recorded. */
    MIGRATION("migration", "Migration"),
    /** Return to the country of origin or habitual residence, assisted or not. */
    RETURN("return", "Return", "returning", "voluntary return"),
    /** Seeking asylum or international protection. */
    ASYLUM("asylum", "Asylum", "seeking asylum", "protection", "international protection"),
    /** Work, seasonal or not. */
    LABOUR("labour", "Labour", "labor", "work", "employment", "economic"),
    /** Family reunification or joining family. */
    FAMILY("family", "Family", "family reunification", "joining family"),
    /** Study or training. */
    EDUCATION("education", "Education", "study", "studies"),
    /** Passing through on the way elsewhere. */
    TRANSIT("transit", "Transit"),
    /** A purpose not in this list. */
    OTHER("other", "Other");

    private static final Vocabulary<JourneyPurpose> VOCABULARY = new Vocabulary<>(values(), "journey purpose",
            JourneyPurpose::code, JourneyPurpose::names, IssueCode.JOURNEY_PURPOSE_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    JourneyPurpose(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code journey-purpose.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static JourneyPurpose ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<JourneyPurpose> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code journey-purpose.unknown} and the closest code as suggestion
     */
    public static Lookup<JourneyPurpose> lookup(CharSequence text) {
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
