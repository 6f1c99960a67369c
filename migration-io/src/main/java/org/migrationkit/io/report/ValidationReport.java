package org.migrationkit.io.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.Severity;

/**
 * The result of validating a dataset (DESIGN §6, §10): the inputs with their record counts, the issue counts by
 * severity and code (counted before the per-code cap), the issues kept (at most the cap per code, in input order)
 * and how many of each code were left out. Immutable; rendered as JSON by {@link #writeJson(OutputStream)}, as an
 * HTML page by {@link HtmlReport} and as a terminal summary by {@link TextReport}, all from this one object.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.builder().build().validate(Path.of("partner"));
 * report.summaryIssues(Severity.ERROR);   // errors found
 * report.exitCode();                      // 0, or 1 when an issue reaches failOn
 * }</pre>
 */
public final class ValidationReport {
    /** The version of the report's JSON form; a new field that readers may ignore keeps it, anything else bumps it. */
    public static final String REPORT_VERSION = "1.0";
    /** The tool name the report gives. */
    public static final String TOOL = "migrationkit";

    private final String toolVersion;
    private final Instant startedAt;
    private final long durationMs;
    private final List<InputReport> inputs;
    private final Map<Severity, Long> bySeverity;
    private final Map<String, Long> byCode;
    private final List<Issue> issues;
    private final Map<String, Long> truncated;
    private final Severity failOn;
    private final boolean failNever;

    private ValidationReport(Builder b) {
        this.toolVersion = b.toolVersion;
        this.startedAt = b.startedAt;
        this.durationMs = b.durationMs;
        this.inputs = List.copyOf(b.inputs);
        Map<Severity, Long> s = new EnumMap<>(Severity.class);
        for (Severity sev : Severity.values()) {
            s.put(sev, b.bySeverity.getOrDefault(sev, 0L));
        }
        this.bySeverity = Collections.unmodifiableMap(s);
        this.byCode = Collections.unmodifiableMap(new LinkedHashMap<>(b.byCode));
        this.issues = List.copyOf(b.issues);
        Map<String, Long> t = new LinkedHashMap<>();
        for (String code : byCode.keySet()) {
            t.put(code, b.truncated.getOrDefault(code, 0L));
        }
        this.truncated = Collections.unmodifiableMap(t);
        this.failOn = b.failOn;
        this.failNever = b.failNever;
    }

    /**
     * Returns a builder; the dataset validator fills it.
     *
     * @return a new builder: no inputs, no issues, fail on errors, the library's version
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the version of the library that made the report.
     *
     * @return e.g. {@code 0.1.0}
     */
    public String toolVersion() {
        return toolVersion;
    }

    /**
     * Returns when validation started.
     *
     * @return the instant
     */
    public Instant startedAt() {
        return startedAt;
    }

    /**
     * Returns how long validation took.
     *
     * @return milliseconds, at least 0
     */
    public long durationMs() {
        return durationMs;
    }

    /**
     * Returns the inputs in the order they were read.
     *
     * @return an unmodifiable list
     */
    public List<InputReport> inputs() {
        return inputs;
    }

    /**
     * Returns the records of all inputs.
     *
     * @return the sum of {@link InputReport#records()}
     */
    public long records() {
        return inputs.stream().mapToLong(InputReport::records).sum();
    }

    /**
     * Returns the valid records of all inputs.
     *
     * @return the sum of {@link InputReport#valid()}
     */
    public long valid() {
        return inputs.stream().mapToLong(InputReport::valid).sum();
    }

    /**
     * Returns the rejected records of all inputs.
     *
     * @return the sum of {@link InputReport#rejected()}
     */
    public long rejected() {
        return inputs.stream().mapToLong(InputReport::rejected).sum();
    }

    /**
     * Returns how many issues of a severity were found, before the per-code cap.
     *
     * @param severity the severity, not null
     * @return the count
     */
    public long summaryIssues(Severity severity) {
        return bySeverity.get(Objects.requireNonNull(severity, "severity"));
    }

    /**
     * Returns how many issues of each code were found, before the per-code cap.
     *
     * @return code to count, in the order codes were first found; unmodifiable
     */
    public Map<String, Long> byCode() {
        return byCode;
    }

    /**
     * Returns the issues kept: at most the per-code cap of each code, in input order.
     *
     * @return an unmodifiable list
     */
    public List<Issue> issues() {
        return issues;
    }

    /**
     * Returns how many issues of each code were left out by the cap: one entry per code of {@link #byCode()}.
     *
     * @return code to count, 0 when none was left out; unmodifiable
     */
    public Map<String, Long> truncated() {
        return truncated;
    }

    /**
     * Returns whether an issue at or above a severity was found.
     *
     * @param severity the severity, not null
     * @return true if at least one issue of that severity or a higher one was found
     */
    public boolean hasIssuesAtOrAbove(Severity severity) {
        Objects.requireNonNull(severity, "severity");
        for (Severity s : Severity.values()) {
            if (s.isAtLeast(severity) && bySeverity.get(s) > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the severity at or above which the run fails ({@code --fail-on}).
     *
     * @return the severity, or empty when the run never fails
     */
    public java.util.Optional<Severity> failOn() {
        return failNever ? java.util.Optional.empty() : java.util.Optional.of(failOn);
    }

    /**
     * Returns the process exit code for this report (DESIGN §10).
     *
     * @return 1 when an issue reaches the fail-on severity, else 0 (always 0 when failing never)
     */
    public int exitCode() {
        return !failNever && hasIssuesAtOrAbove(failOn) ? 1 : 0;
    }

    /**
     * Writes the report as JSON (DESIGN §10, docs/report-format.md), UTF-8, pretty-printed.
     *
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public void writeJson(OutputStream out) {
        try {
            ReportJson.write(this, out);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the report: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the report as JSON text.
     *
     * @return the JSON, as {@link #writeJson(OutputStream)} writes it
     */
    public String toJson() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        writeJson(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Summarises the report without its issues.
     *
     * @return e.g. {@code ValidationReport[inputs=4, records=1200, valid=1190, rejected=10, error=12, warning=3, info=0]}
     */
    @Override
    public String toString() {
        return "ValidationReport[inputs=" + inputs.size() + ", records=" + records() + ", valid=" + valid()
                + ", rejected=" + rejected() + ", error=" + bySeverity.get(Severity.ERROR) + ", warning="
                + bySeverity.get(Severity.WARNING) + ", info=" + bySeverity.get(Severity.INFO) + "]";
    }

    static String libraryVersion() {
        Properties p = new Properties();
        try (InputStream in = ValidationReport.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from migration-io");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /** Collects the parts of a report; the dataset validator uses it. Not thread-safe. */
    public static final class Builder {
        private String toolVersion = libraryVersion();
        private Instant startedAt = Instant.EPOCH;
        private long durationMs;
        private final List<InputReport> inputs = new java.util.ArrayList<>();
        private final Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
        private final Map<String, Long> byCode = new LinkedHashMap<>();
        private final List<Issue> issues = new java.util.ArrayList<>();
        private final Map<String, Long> truncated = new LinkedHashMap<>();
        private Severity failOn = Severity.ERROR;
        private boolean failNever;

        private Builder() {
        }

        /**
         * Sets the tool version.
         *
         * @param version the version, not blank
         * @return this builder
         */
        public Builder toolVersion(String version) {
            this.toolVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Sets when validation started and how long it took.
         *
         * @param start the start, not null
         * @param millis the duration in milliseconds, at least 0
         * @return this builder
         */
        public Builder timing(Instant start, long millis) {
            this.startedAt = Objects.requireNonNull(start, "start");
            if (millis < 0) {
                throw new IllegalArgumentException("duration " + millis + " ms is negative");
            }
            this.durationMs = millis;
            return this;
        }

        /**
         * Adds an input.
         *
         * @param input the input, not null
         * @return this builder
         */
        public Builder input(InputReport input) {
            inputs.add(Objects.requireNonNull(input, "input"));
            return this;
        }

        /**
         * Counts an issue found, and keeps it unless the cap of its code was reached.
         *
         * @param issue the issue, with its effective severity; not null
         * @param keep whether to keep it in {@link ValidationReport#issues()}; if not, it counts as truncated
         * @return this builder
         */
        public Builder issue(Issue issue, boolean keep) {
            bySeverity.merge(issue.severity(), 1L, Long::sum);
            byCode.merge(issue.code().code(), 1L, Long::sum);
            if (keep) {
                issues.add(issue);
            } else {
                truncated.merge(issue.code().code(), 1L, Long::sum);
            }
            return this;
        }

        /**
         * Sets the severity at or above which {@link ValidationReport#exitCode()} is 1.
         *
         * @param severity the severity, or null to never fail
         * @return this builder
         */
        public Builder failOn(@Nullable Severity severity) {
            this.failNever = severity == null;
            this.failOn = severity == null ? Severity.ERROR : severity;
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         */
        public ValidationReport build() {
            return new ValidationReport(this);
        }
    }
}
