package org.migrationkit.core.people;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.migrationkit.core.internal.CodeList;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The sex of a person or of the people in a count. A source that codes "unknown" reports {@link #UNKNOWN}; a
 * blank cell is null, not {@code UNKNOWN}.
 *
 * <p>Sources: domain-standards §2.5 (DTM {@code numberMales}/{@code numberFemales}, UNHCR demographics
 * {@code Female_*}/{@code Male_*}, CTDC {@code gender}: {@code Man}, {@code Woman},
 * {@code Trans/Transgender/NonConforming}) and §10.2 (HXL {@code +f}, {@code +m}, {@code +i}).
 */
public enum Sex {
    /** Female: {@code F}, {@code female}, {@code woman}, {@code women}. */
    FEMALE("female", "Female", "F", "woman", "women", "females"),
    /** Male: {@code M}, {@code male}, {@code man}, {@code men}. */
    MALE("male", "Male", "M", "man", "men", "males"),
    /** Other, intersex or non-conforming: {@code O}, {@code I}, CTDC {@code Trans/Transgender/NonConforming}. */
    OTHER("other", "Other", "O", "I", "intersex", "Trans/Transgender/NonConforming", "transgender",
            "non-conforming"),
    /** Reported by the source as unknown: {@code U}, {@code unknown}. */
    UNKNOWN("unknown", "Unknown", "U", "not known");

    private static final CodeList<Sex> NAMES = CodeList.of(List.of(values()),
            s -> Stream.concat(Stream.of(s.code, s.label), s.aliases.stream()).collect(Collectors.toList()),
            IssueCode.SEX_UNKNOWN);

    private final String code;
    private final String label;
    private final List<String> aliases;

    Sex(String code, String label, String... aliases) {
        this.code = code;
        this.label = label;
        this.aliases = List.of(aliases);
    }

    /**
     * Returns the wire form.
     *
     * @return {@code female}, {@code male}, {@code other} or {@code unknown}
     */
    public String code() {
        return code;
    }

    /**
     * Returns the English label.
     *
     * @return {@code Female}, {@code Male}, {@code Other} or {@code Unknown}
     */
    public String label() {
        return label;
    }

    /**
     * Finds the constant with the given wire form, exactly.
     *
     * @param code {@code female}, {@code male}, {@code other} or {@code unknown}, not null
     * @return the constant, or empty
     */
    public static Optional<Sex> findByCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Sex s : values()) {
            if (s.code.equals(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the constant with the given wire form.
     *
     * @param code {@code female}, {@code male}, {@code other} or {@code unknown}, not null
     * @return the constant
     * @throws InvalidValueException ({@code sex.unknown}) for any other text; the message lists the codes
     */
    public static Sex ofCode(String code) {
        return findByCode(code).orElseThrow(() -> new InvalidValueException(IssueCode.SEX_UNKNOWN,
                "Unknown sex code \"" + code + "\": use female, male, other or unknown."));
    }

    /**
     * Looks up a sex as sources spell it, without throwing: the codes, labels and the usual spellings (F/M/O/U/I,
     * woman/man, {@code Trans/Transgender/NonConforming}), ignoring case and spacing.
     *
     * @param text any text, not null
     * @return the constant, or a miss with {@code sex.unknown} and a close spelling where one exists
     */
    public static Lookup<Sex> lookup(CharSequence text) {
        return NAMES.lookup(text);
    }

    /**
     * Returns {@link #code()}.
     *
     * @return the wire form
     */
    @Override
    public String toString() {
        return code;
    }
}
