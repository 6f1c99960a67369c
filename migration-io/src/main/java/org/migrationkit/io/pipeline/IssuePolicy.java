package org.migrationkit.io.pipeline;

import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;

/**
 * How a validation run rates issues, the same for the local validator and Spark's: the severity at which the run
 * fails, the codes it ignores, the severities it overrides, and how many issues of a code its report keeps.
 *
 * @param failOn the severity at or above which the exit code is 1, or null to never fail
 * @param ignored the codes whose issues are dropped, not counted, and reject nothing
 * @param severities the codes whose issues count at another severity
 * @param maxIssuesPerCode how many issues of a code the report keeps (the rest are counted), 0 for all
 */
public record IssuePolicy(@Nullable Severity failOn, Set<IssueCode> ignored, Map<IssueCode, Severity> severities,
        long maxIssuesPerCode) {
    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException if {@code maxIssuesPerCode} is negative
     */
    public IssuePolicy {
        ignored = Set.copyOf(ignored);
        severities = Map.copyOf(severities);
        if (maxIssuesPerCode < 0) {
            throw new IllegalArgumentException("max issues per code is " + maxIssuesPerCode
                    + ": give 0 (no cap) or more.");
        }
    }

    /**
     * Returns the severity a code's issues have in this run.
     *
     * @param code the code, not null
     * @return its overridden severity, or its own
     */
    public Severity severity(IssueCode code) {
        return severities.getOrDefault(code, code.severity());
    }

    /**
     * Returns whether a code's issues reject their record in this run: not ignored, and an error after overrides.
     *
     * @param code the code, not null
     * @return true for a rejecting code
     */
    public boolean rejects(IssueCode code) {
        return !ignored.contains(code) && severity(code) == Severity.ERROR;
    }

    @Override
    public String toString() {
        return "failOn=" + (failOn == null ? "never" : failOn.code()) + ", ignore=" + ignored + ", severity="
                + severities + ", maxIssuesPerCode=" + maxIssuesPerCode;
    }
}
