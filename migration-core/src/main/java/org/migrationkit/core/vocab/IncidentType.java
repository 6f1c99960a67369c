package org.migrationkit.core.vocab;

import org.migrationkit.core.internal.Vocabulary;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The kind of a Missing Migrants Project record (layout B's {@code Incident Type} column).
 *
 * <p>Source: domain-standards §1.3, "Incident Type" (observed values; IOM's {@code gdidata} package calls them
 * incident, split, cumulative). A split incident is one event recorded as several rows sharing a {@code Main ID};
 * a cumulative incident is a period total (do not double count it with single incidents).
 */
public enum IncidentType {
    /** A single incident. */
    INCIDENT("Incident", "Incident"),
    /** One event recorded as several rows, e.g. by origin group. */
    SPLIT_INCIDENT("Split Incident", "Split Incident", "split"),
    /** A period total reported without a per-event breakdown. */
    CUMULATIVE_INCIDENT("Cumulative Incident", "Cumulative Incident", "cumulative");

    private static final Vocabulary<IncidentType> VOCABULARY = new Vocabulary<>(values(), "Missing Migrants Project incident type",
            IncidentType::code, IncidentType::names, IssueCode.INCIDENT_TYPE_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    IncidentType(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code incident-type.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static IncidentType ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<IncidentType> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code incident-type.unknown} and the closest code as suggestion
     */
    public static Lookup<IncidentType> lookup(CharSequence text) {
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
