package org.migrationkit.io.pipeline;

import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;

/**
 * What every validator of the library is configured with, set the same way on {@link DatasetValidator.Builder} and
 * on Spark's {@code SparkValidator.Builder}: how issues are rated ({@link IssuePolicy}) and the clock. Defaults: fail
 * on errors, nothing ignored, default severities, {@value DatasetValidator#DEFAULT_MAX_ISSUES_PER_CODE} issues kept
 * per code, the system clock in UTC.
 *
 * @param <B> the builder's own type, which each setter returns
 */
public abstract class ValidatorBuilder<B extends ValidatorBuilder<B>> {
    private @Nullable Severity failOn = Severity.ERROR;
    private final Set<IssueCode> ignored = EnumSet.noneOf(IssueCode.class);
    private final Map<IssueCode, Severity> severities = new EnumMap<>(IssueCode.class);
    private long maxIssuesPerCode = DatasetValidator.DEFAULT_MAX_ISSUES_PER_CODE;
    private Clock clock = Clock.systemUTC();

    /** For the validators' own builders. */
    protected ValidatorBuilder() {
    }

    /**
     * Sets the severity at or above which the run's exit code is 1.
     *
     * @param severity the severity, or null to never fail
     * @return this builder
     */
    public B failOn(@Nullable Severity severity) {
        this.failOn = severity;
        return self();
    }

    /**
     * Ignores a code: its issues are dropped, not counted, and reject nothing.
     *
     * @param code the code, not null
     * @return this builder
     */
    public B ignore(IssueCode code) {
        ignored.add(Objects.requireNonNull(code, "code"));
        return self();
    }

    /**
     * Overrides the severity of a code: its issues count as the new severity for rejection, summary and exit code.
     *
     * @param code the code, not null
     * @param severity the severity, not null
     * @return this builder
     */
    public B severity(IssueCode code, Severity severity) {
        severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
        return self();
    }

    /**
     * Sets how many issues of a code the report keeps; the rest are counted.
     *
     * @param max the cap, 0 for no cap
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is negative
     */
    public B maxIssuesPerCode(long max) {
        if (max < 0) {
            throw new IllegalArgumentException("max issues per code is " + max + ": give 0 (no cap) or more.");
        }
        this.maxIssuesPerCode = max;
        return self();
    }

    /**
     * Sets the clock: the report's start time, its duration, and "today" for dates in the future.
     *
     * @param newClock the clock, not null
     * @return this builder
     */
    public B clock(Clock newClock) {
        this.clock = Objects.requireNonNull(newClock, "clock");
        return self();
    }

    /**
     * Returns how issues are rated, as set so far.
     *
     * @return a snapshot
     */
    protected IssuePolicy issuePolicy() {
        return new IssuePolicy(failOn, ignored, severities, maxIssuesPerCode);
    }

    /**
     * Returns the clock set.
     *
     * @return the clock
     */
    protected Clock clockSetting() {
        return clock;
    }

    // Each subclass B is declared as ValidatorBuilder<B>.
    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
