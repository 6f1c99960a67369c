package org.migrationkit.core.model;

import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

/**
 * The structural checks of counts of people in the records: a count is zero or more, or null when not reported
 * (domain-standards §1.4: a blank count is unknown, never 0). Cross-field arithmetic is a rule, not a check here.
 */
final class Counts {
    private Counts() {
    }

    /**
     * Returns the count, or throws {@code count.negative} naming the record and the field.
     *
     * @param count the count, or null if not reported
     * @param record the record type, for the message, e.g. {@code Incident}
     * @param field the component name, e.g. {@code dead}
     * @return {@code count}
     */
    static @Nullable Integer requireNonNegative(@Nullable Integer count, String record, String field) {
        if (count != null && count < 0) {
            throw new InvalidValueException(IssueCode.COUNT_NEGATIVE, record + " " + field + " " + count
                    + " is negative: a count is zero or more; leave it null when not reported.");
        }
        return count;
    }

    /** Returns the count as a long, blank as 0: for sums where the source's counting rule says so. */
    static long orZero(@Nullable Integer count) {
        return count == null ? 0L : count;
    }
}
