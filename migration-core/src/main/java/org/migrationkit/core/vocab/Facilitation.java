package org.migrationkit.core.vocab;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * Who organised the travel of a journey leg: a regular carrier, the migrant themselves, or a smuggler.
 *
 * <p>The library's own list, after DESIGN §3 (journey legs: "facilitation (regular carrier, self, smuggler)"), not a
 * published code list: the sources have no facilitation field (DTM flow monitoring records the mode of transport,
 * domain-standards §2.1; MMP mentions smuggling only in its texts, §1.1; CTDC counts smugglers among recruiters,
 * §7). Trafficking is not a facilitation: it is an exploitation a person suffers, recorded as a
 * specific need or an assistance event. Unknown is null, not a constant. Codes are lower snake case.
 */
public enum Facilitation {
    /** A regular, scheduled or commercial carrier (airline, bus company, ferry line), ticket bought openly. */
    REGULAR_CARRIER("regular_carrier", "Regular carrier", "regular carrier", "commercial carrier", "carrier"),
    /** Travel organised by the migrants themselves, without a paid facilitator. */
    SELF("self", "Self-organised", "self organised", "self-organized", "own means"),
    /** A smuggler paid to move the migrant across a border irregularly. */
    SMUGGLER("smuggler", "Smuggler", "smuggled", "smuggling", "smugglers");

    private static final Vocabulary<Facilitation> VOCABULARY = new Vocabulary<>(values(), "facilitation",
            Facilitation::code, Facilitation::names, IssueCode.FACILITATION_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    Facilitation(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code facilitation.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static Facilitation ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<Facilitation> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code facilitation.unknown} and the closest code as suggestion
     */
    public static Lookup<Facilitation> lookup(CharSequence text) {
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
