package org.migrationkit.core.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Thrown by the {@code of} and {@code parse} factories of value types when the input is not a valid value.
 * It carries the stable {@link IssueCode}, so code that catches it can report it like any other issue.
 *
 * <p>Bulk paths use the non-throwing {@code lookup} methods instead; this exception is for values given by a
 * program, where bad input is a programming error.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final IssueCode issueCode;
    private final @Nullable String suggestion;

    /**
     * Creates the exception.
     *
     * @param issueCode the issue code, not null
     * @param message what is wrong, the value (unless sensitive) and what is accepted, not null
     * @param suggestion a close valid value, or null
     */
    public InvalidValueException(IssueCode issueCode, String message, @Nullable String suggestion) {
        super(Objects.requireNonNull(message, "message"));
        this.issueCode = Objects.requireNonNull(issueCode, "issueCode");
        this.suggestion = suggestion;
    }

    /**
     * Creates the exception without a suggestion.
     *
     * @param issueCode the issue code, not null
     * @param message what is wrong, the value (unless sensitive) and what is accepted, not null
     */
    public InvalidValueException(IssueCode issueCode, String message) {
        this(issueCode, message, null);
    }

    /**
     * Returns the stable issue code.
     *
     * @return the code, not null
     */
    public IssueCode issueCode() {
        return issueCode;
    }

    /**
     * Returns a close valid value, if one was found.
     *
     * @return the suggestion, or null
     */
    public @Nullable String suggestion() {
        return suggestion;
    }
}
