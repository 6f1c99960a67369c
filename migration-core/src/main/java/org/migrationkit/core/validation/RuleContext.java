package org.migrationkit.core.validation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What a record rule reports to, and the facts it may need. The fast path ({@link RecordRules}) turns each report
 * into an {@link Issue}; the Jakarta constraints turn it into a constraint violation on the same field — the rule
 * itself is written once ({@link Checkable#check(RuleContext)}).
 */
public interface RuleContext {
    /**
     * Reports a problem.
     *
     * @param code the issue code, not null
     * @param field the record component the problem is attributed to, e.g. {@code total}; not null
     * @param value the offending value in its canonical text, or null when none applies or it is sensitive
     */
    void report(IssueCode code, String field, @Nullable Object value);

    /**
     * Returns today's date, against which "not in the future" rules check; fixed per run so that results are
     * reproducible.
     *
     * @return today, not null
     */
    LocalDate today();
}
