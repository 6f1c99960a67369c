package org.migrationkit.core.vocab;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * Why people were displaced, as the DTM API gives it (DTM API {@code displacementReason}, HXL {@code #cause+type}).
 *
 * <p>Source: domain-standards §2.2, the values observed in the DTM API export ({@code Conflict},
 * {@code Natural disaster}, {@code Insecurity}, {@code Other reason}); codes are DTM's own spelling. A figure may
 * have several reasons: DTM joins them with {@code "; "} ({@code Conflict; Natural disaster}), which
 * {@link #lookupList(CharSequence)} splits. DTM's {@code No reason for displacement reported} means not reported:
 * an empty list, not a constant.
 */
public enum DisplacementReason {
    /** Armed conflict. */
    CONFLICT("Conflict", "Conflict", "armed conflict"),
    /** A natural hazard: flood, earthquake, storm, drought. */
    NATURAL_DISASTER("Natural disaster", "Natural disaster", "disaster", "natural hazard"),
    /** Insecurity short of conflict: violence, crime, threats. */
    INSECURITY("Insecurity", "Insecurity", "violence"),
    /** A reason DTM does not name. */
    OTHER_REASON("Other reason", "Other reason", "other");

    /** The text DTM writes when no reason is reported: read as an empty list. */
    public static final String NOT_REPORTED = "No reason for displacement reported";

    private static final Vocabulary<DisplacementReason> VOCABULARY = new Vocabulary<>(values(),
            "DTM displacement reason", DisplacementReason::code, DisplacementReason::names,
            IssueCode.DISPLACEMENT_REASON_UNKNOWN);

    private static final String NOT_REPORTED_KEY = Names.key(NOT_REPORTED);

    private final String code;
    private final String label;
    private final List<String> aliases;

    DisplacementReason(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code displacement-reason.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static DisplacementReason ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<DisplacementReason> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code displacement-reason.unknown} and the closest code as suggestion
     */
    public static Lookup<DisplacementReason> lookup(CharSequence text) {
        return VOCABULARY.lookup(text);
    }

    /**
     * Reads DTM's reasons: one reason, or several joined by {@code ";"} (case-insensitive, e.g.
     * {@code conflict}); {@link #NOT_REPORTED} and blank text give an empty list.
     *
     * @param text e.g. {@code Conflict; Natural disaster}, not null
     * @return the reasons in the order given, without repeats; or a miss with {@code displacement-reason.unknown}
     *     and the closest code to the first unknown piece as suggestion
     */
    public static Lookup<List<DisplacementReason>> lookupList(CharSequence text) {
        String s = text.toString().strip();
        if (s.isEmpty() || Names.key(s).equals(NOT_REPORTED_KEY)) {
            return Lookup.found(List.of());
        }
        Set<DisplacementReason> found = new LinkedHashSet<>();
        for (String piece : s.split(";", -1)) {
            if (piece.isBlank()) {
                continue;
            }
            Lookup<DisplacementReason> one = lookup(piece.strip());
            if (!one.isFound()) {
                return Lookup.miss(IssueCode.DISPLACEMENT_REASON_UNKNOWN, one.suggestion());
            }
            found.add(one.value());
        }
        return Lookup.found(List.copyOf(found));
    }

    /**
     * Reads DTM's reasons like {@link #lookupList(CharSequence)}, throwing for an unknown piece.
     *
     * @param text e.g. {@code Conflict; Natural disaster}, not null
     * @return the reasons, empty when none is reported
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code displacement-reason.unknown}) naming
     *     the first piece that is no reason; the message lists the codes
     */
    public static List<DisplacementReason> parseList(CharSequence text) {
        Lookup<List<DisplacementReason>> found = lookupList(text);
        if (found.isFound()) {
            return found.value();
        }
        for (String piece : text.toString().split(";", -1)) {
            if (!piece.isBlank() && !lookup(piece.strip()).isFound()) {
                ofCode(piece.strip()); // throws, naming the piece and listing the codes
            }
        }
        throw new IllegalStateException("unreachable: a miss has an unknown piece");
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
