package org.migrationkit.io.pipeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
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
    private final Set<IssueCode> ignored;
    private final Map<IssueCode, Severity> severities;
    private final long cap;
    private final ValidationReport.Builder report;
    private final Map<IssueCode, Long> kept = new HashMap<>();

    Tally(Set<IssueCode> ignored, Map<IssueCode, Severity> severities, long cap, ValidationReport.Builder report) {
        this.ignored = ignored;
        this.severities = severities;
        this.cap = cap;
        this.report = report;
    }

    /** The issue as this run sees it: null when its code is ignored, else with its effective severity. */
    @Nullable Issue effective(Issue issue) {
        if (ignored.contains(issue.code())) {
            return null;
        }
        Severity s = severities.get(issue.code());
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
