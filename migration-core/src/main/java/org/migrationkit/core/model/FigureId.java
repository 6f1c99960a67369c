package org.migrationkit.core.model;

import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The identifier of a population figure (a stock or flow count): an opaque, pseudonymous string of 1 to 128 characters without control characters or
 * leading or trailing whitespace.
 *
 * <p>An id is a pseudonym, never a name, a birth date or a document number. Error messages do not repeat it,
 * since it may still be a partner's raw case number.
 *
 * @param value the id, as given
 */
public record FigureId(String value) {
    /**
     * Creates the id.
     *
     * @param value the id, not null
     * @throws InvalidValueException ({@code id.malformed}) if it is empty, longer than 128 characters, has a
     *     control character or leading or trailing whitespace
     */
    public FigureId {
        Ids.check(value, "FigureId");
    }

    /**
     * Returns the id with the given value.
     *
     * @param value the id, not null
     * @return the id
     * @throws InvalidValueException ({@code id.malformed}) if it is empty, longer than 128 characters, has a
     *     control character or leading or trailing whitespace; the message does not repeat the value
     */
    public static FigureId of(String value) {
        return new FigureId(value);
    }

    /**
     * Looks the id up without throwing.
     *
     * @param value any text, not null
     * @return the id, or a miss with {@code id.malformed}
     */
    public static Lookup<FigureId> lookup(CharSequence value) {
        return Ids.problem(value) == null
                ? Lookup.found(new FigureId(value.toString()))
                : Lookup.miss(IssueCode.ID_MALFORMED);
    }

    /**
     * Returns the id.
     *
     * @return {@link #value()}
     */
    @Override
    public String toString() {
        return value;
    }
}
