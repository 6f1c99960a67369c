package org.migrationkit.core.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * Where a journey stands.
 *
 * <p>The library's own list, not a published code list (DESIGN §3). Unknown is null, not a constant. Codes are
 * lower snake case. Only a {@link #PLANNED} journey may have leg dates after today, and only a {@link #COMPLETED}
 * journey must end at its destination (see {@code Journey}).
 */
public enum JourneyStatus {
    /** Not started yet; its legs are plans. */
    PLANNED("planned", "Planned", "plan"),
    /** Started and not ended. */
    IN_PROGRESS("in_progress", "In progress", "ongoing", "in transit", "started"),
    /** Ended at its destination. */
    COMPLETED("completed", "Completed", "complete", "arrived", "finished"),
    /** Ended or stopped before its destination: intercepted, detained, stranded, turned back or abandoned. */
    INTERRUPTED("interrupted", "Interrupted", "stopped", "stranded", "intercepted");

    private static final Vocabulary<JourneyStatus> VOCABULARY = new Vocabulary<>(values(), "journey status",
            JourneyStatus::code, JourneyStatus::names, IssueCode.JOURNEY_STATUS_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    JourneyStatus(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code journey-status.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static JourneyStatus ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<JourneyStatus> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code journey-status.unknown} and the closest code as suggestion
     */
    public static Lookup<JourneyStatus> lookup(CharSequence text) {
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
