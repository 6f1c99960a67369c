package org.migrationkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * What a {@link PopulationFigure} counts: individuals or households.
 *
 * <p>Source: DESIGN §3; domain-standards §10.2 (unit {@code IND}, {@code HH}; DTM's {@code ind}/{@code hh} column
 * suffixes, §2.2), accepted as aliases.
 */
public enum FigureUnit {
    /** Individual people. */
    INDIVIDUALS("individuals", "Individuals", "IND", "individual", "persons", "people"),
    /** Households. */
    HOUSEHOLDS("households", "Households", "HH", "household");

    private static final Vocabulary<FigureUnit> VOCABULARY = new Vocabulary<>(values(), "population figure unit",
            FigureUnit::code, FigureUnit::names, IssueCode.FIGURE_UNIT_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    FigureUnit(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code figure-unit.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static FigureUnit ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<FigureUnit> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code figure-unit.unknown} and the closest code as suggestion
     */
    public static Lookup<FigureUnit> lookup(CharSequence text) {
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
