package org.migrationkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Vocabulary;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * What a {@link PopulationFigure} measures: a stock of people present, a flow (arrived, departed, returned), people
 * detained, or a humanitarian planning figure (in need, targeted, reached).
 *
 * <p>Source: the library's own list (DESIGN §3, {@code PopulationFigure}), informed by the "status" of
 * domain-standards §10.2 ({@code inneed}, {@code targeted}, {@code reached}, {@code population}) and the HXL
 * attributes of §3.3, accepted as aliases. Codes are lower snake case.
 */
public enum FigureMeasure {
    /** People present at a date: a stock (UNHCR year-end figures, DTM baseline counts). */
    PRESENT("present", "Present", "population", "stock"),
    /** People who arrived during the period: an inflow. */
    ARRIVED("arrived", "Arrived", "arrivals", "inflow", "incoming"),
    /** People who departed during the period: an outflow. */
    DEPARTED("departed", "Departed", "departures", "outflow", "outgoing"),
    /** People who returned during the period. */
    RETURNED("returned", "Returned", "returns", "returnees"),
    /** People detained during the period. */
    DETAINED("detained", "Detained", "detention"),
    /** People in need of assistance (humanitarian planning). */
    IN_NEED("in_need", "In need", "inneed", "people in need", "pin"),
    /** People targeted for assistance (humanitarian planning). */
    TARGETED("targeted", "Targeted"),
    /** People reached by assistance. */
    REACHED("reached", "Reached");

    private static final Vocabulary<FigureMeasure> VOCABULARY = new Vocabulary<>(values(), "population figure measure",
            FigureMeasure::code, FigureMeasure::names, IssueCode.FIGURE_MEASURE_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    FigureMeasure(String code, String label, String... aliases) {
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
     * @throws org.migrationkit.core.validation.InvalidValueException ({@code figure-measure.unknown}) if no
     *     constant has this code; the message lists the codes
     */
    public static FigureMeasure ofCode(String code) {
        return VOCABULARY.ofCode(code);
    }

    /**
     * Finds the constant with exactly this code.
     *
     * @param code the code, not null
     * @return the constant, or empty
     */
    public static Optional<FigureMeasure> findByCode(String code) {
        return VOCABULARY.findByCode(code);
    }

    /**
     * Looks a code, label or alias up, ignoring case, diacritics and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code figure-measure.unknown} and the closest code as suggestion
     */
    public static Lookup<FigureMeasure> lookup(CharSequence text) {
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
