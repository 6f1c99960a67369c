package org.migrationkit.core.people;

import java.util.Objects;
import org.migrationkit.core.validation.IssueCode;

/**
 * A problem {@link Breakdown#check()} found in a breakdown's arithmetic: bad data to report, not an exception.
 *
 * @param code the issue code, such as {@code count.breakdown-mismatch}, not null
 * @param message what is wrong, with the sum and the total, in English, not null
 */
public record BreakdownProblem(IssueCode code, String message) {
    /**
     * Creates the problem.
     *
     * @param code the issue code, not null
     * @param message the message, not null
     */
    public BreakdownProblem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
