package org.migrationkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * Where an {@link AssistanceEvent} stands: planned, delivered, or a referral's steps.
 *
 * <p>Source: the library's own list (DESIGN §3, {@code AssistanceEvent}), informed by Primero (domain-standards
 * §8.1): its transition statuses {@code pending}, {@code accepted}, {@code rejected}, {@code done},
 * {@code revoked} and its service states {@code implemented}/{@code not_implemented} are accepted as aliases.
 * Codes are lower snake case.
 */
public enum AssistanceStatus {
    /** Planned or requested, not yet delivered. */
    PLANNED("planned", "Planned", "not_implemented", "requested"),
    /** The service was delivered. */
    DELIVERED("delivered", "Delivered", "implemented", "provided"),
    /** Referred to another provider, awaiting its answer. */
    REFERRED("referred", "Referred", "pending", "referral made"),
    /** The referral was accepted by the provider it was made to. */
    ACCEPTED("accepted", "Accepted", "in_progress"),
    /** The referral was rejected by the provider it was made to. */
    REJECTED("rejected", "Rejected"),
    /** The service or referral was completed. */
    COMPLETED("completed", "Completed", "done", "closed"),
    /** Cancelled or revoked before completion. */
    CANCELLED("cancelled", "Cancelled", "canceled", "revoked");

    private static final Vocabulary<AssistanceStatus> VOCABULARY = new Vocabulary<>(values(), "assistance status",
            AssistanceStatus::code, AssistanceStatus::names, IssueCode.ASSISTANCE_STATUS_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    AssistanceStatus(String code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /**
     * Returns the code, the wire form (lower snake case).
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code assistance-status.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static AssistanceStatus ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<AssistanceStatus> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code assistance-status.unknown} and the closest code as suggestion
     */
    public static Lookup<AssistanceStatus> lookup(CharSequence text) {
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
