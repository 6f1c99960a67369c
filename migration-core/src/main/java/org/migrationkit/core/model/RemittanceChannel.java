package org.migrationkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * How a {@link Remittance} was sent.
 *
 * <p>Source: the library's own list (DESIGN §3, {@code Remittance}; SDG 10.c.1 measures the cost of sending money
 * home, domain-standards §6). Codes are lower snake case.
 */
public enum RemittanceChannel {
    /** A bank transfer. */
    BANK("bank", "Bank", "bank transfer"),
    /** A money transfer operator (MTO). */
    MONEY_TRANSFER_OPERATOR("money_transfer_operator", "Money transfer operator", "MTO"),
    /** A mobile money service. */
    MOBILE_MONEY("mobile_money", "Mobile money", "mobile"),
    /** A post office. */
    POST_OFFICE("post_office", "Post office", "post"),
    /** An informal channel (hawala, a courier, a traveller carrying cash). */
    INFORMAL("informal", "Informal", "hawala");

    private static final Vocabulary<RemittanceChannel> VOCABULARY = new Vocabulary<>(values(), "remittance channel",
            RemittanceChannel::code, RemittanceChannel::names, IssueCode.REMITTANCE_CHANNEL_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    RemittanceChannel(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code remittance-channel.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static RemittanceChannel ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<RemittanceChannel> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code remittance-channel.unknown} and the closest code as suggestion
     */
    public static Lookup<RemittanceChannel> lookup(CharSequence text) {
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
