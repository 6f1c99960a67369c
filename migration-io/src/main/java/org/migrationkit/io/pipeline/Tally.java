package org.migrationkit.io.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.report.ValidationReport;

/**
 * Where every issue goes: ignored codes are dropped (not counted), overridden severities applied, then each issue is
 * counted and kept up to the per-code cap (DESIGN §10). The effective issue decides rejection.
 */
final class Tally {
    private final IssuePolicy policy;
    private final long cap;
    private final ValidationReport.Builder report;
    private final Map<IssueCode, Long> kept = new HashMap<>();

    Tally(IssuePolicy policy, ValidationReport.Builder report) {
        this.policy = policy;
        this.cap = policy.maxIssuesPerCode();
        this.report = report;
    }

    /** The issue as this run sees it: null when its code is ignored, else with its overridden severity if any. */
    @Nullable Issue effective(Issue issue) {
        if (policy.ignored().contains(issue.code())) {
            return null;
        }
        Severity s = policy.severities().get(issue.code());
        return s == null || s == issue.severity() ? issue : issue.withSeverity(s);
    }

    /** Counts and keeps an issue; returns true when it is an error once effective. */
    boolean add(Issue issue) {
        Issue e = effective(issue);
        if (e == null) {
            return false;
        }
        long n = kept.merge(e.code(), 1L, Long::sum);
        report.issue(e, cap == 0 || n <= cap);
        return e.severity() == Severity.ERROR;
    }
}
