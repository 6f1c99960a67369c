package org.migrationkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.migrationkit.core.constraints.IssueCodes;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;

/**
 * Proves "one source of truth": a corpus validated by the fast path ({@link RecordRules}) and by Hibernate
 * Validator gives the same (code, field, severity) set for every record.
 */
public final class FastPathEquivalence {
    /** The "today" both paths use, so that "not in the future" rules agree and results are reproducible. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static final ValidatorFactory FACTORY = Validation.byDefaultProvider().configure()
            .clockProvider(() -> Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
            .buildValidatorFactory();

    /** One finding, as both paths can express it. */
    public record Finding(IssueCode code, String field, Severity severity) {
    }

    private FastPathEquivalence() {
    }

    /**
     * Returns a Jakarta validator whose clock is {@link #TODAY}.
     *
     * @return the validator
     */
    public static Validator validator() {
        return FACTORY.getValidator();
    }

    /**
     * Returns the fast path's findings for a record.
     *
     * @param record the record
     * @return its findings
     */
    public static Set<Finding> fastPath(Checkable record) {
        Set<Finding> findings = new HashSet<>();
        for (Issue issue : RecordRules.check(record, TODAY, IssueLocation.nowhere())) {
            findings.add(new Finding(issue.code(), issue.location().field(), issue.severity()));
        }
        return findings;
    }

    /**
     * Returns Hibernate Validator's findings for a record; fails on a violation that has no issue code.
     *
     * @param record the record
     * @return its findings
     */
    public static Set<Finding> beanValidation(Object record) {
        Set<Finding> findings = new HashSet<>();
        for (ConstraintViolation<Object> v : validator().validate(record)) {
            IssueCode code = IssueCodes.of(v).orElseThrow(() -> new AssertionError(
                    "violation without an issue code: " + v.getPropertyPath() + " " + v.getMessageTemplate()));
            findings.add(new Finding(code, v.getPropertyPath().toString(), code.severity()));
        }
        return findings;
    }

    /**
     * Asserts that every code in {@code required} occurs at least {@code minimum} times in the corpus (by the fast
     * path), then that both paths agree on every record.
     *
     * @param corpus the records
     * @param required the record-level codes the corpus must exercise
     * @param minimum how often each must occur
     * @return how often each code occurred
     */
    public static Map<IssueCode, Integer> assertEquivalent(List<? extends Checkable> corpus, Set<IssueCode> required,
            int minimum) {
        Map<IssueCode, Integer> counts = new EnumMap<>(IssueCode.class);
        for (Checkable record : corpus) {
            for (Finding f : fastPath(record)) {
                counts.merge(f.code(), 1, Integer::sum);
            }
        }
        for (IssueCode code : required) {
            assertThat(counts.getOrDefault(code, 0)).as("occurrences of %s in the corpus", code)
                    .isGreaterThanOrEqualTo(minimum);
        }
        for (int i = 0; i < corpus.size(); i++) {
            Checkable record = corpus.get(i);
            assertThat(beanValidation(record)).as("record %d: %s", i, record).isEqualTo(fastPath(record));
        }
        return counts;
    }
}
