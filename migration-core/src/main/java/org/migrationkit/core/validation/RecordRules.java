package org.migrationkit.core.validation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;

/**
 * The fast path: the record-level rules of a record as {@link Issue}s, without a Bean Validation provider's
 * per-object cost. Gives the same (code, field, severity) set as validating the record with any Jakarta
 * {@code Validator}, because both call {@link Checkable#check(RuleContext)}.
 *
 * <pre>{@code
 * List<Issue> issues = RecordRules.check(incident);
 * }</pre>
 *
 * <p>Messages come from the same {@code ValidationMessages} bundle as the constraints' messages.
 */
public final class RecordRules {
    private static final String BUNDLE = "ValidationMessages";
    // The fast path reports in English; a bundle look-up per issue would cost more than the rule that found it.
    // Filled lazily; a race only computes the same immutable String twice.
    private static final String[] ENGLISH = new String[IssueCode.values().length];

    private RecordRules() {
    }

    /**
     * Checks a record against today's date in the system default time zone.
     *
     * @param record the record, not null
     * @return the issues found, in the order the rules ran; empty when consistent
     */
    public static List<Issue> check(Checkable record) {
        return check(record, LocalDate.now(), IssueLocation.nowhere());
    }

    /**
     * Checks a record.
     *
     * @param record the record, not null
     * @param today the date "not in the future" rules compare with, not null
     * @param where the location of the record (file, record, line); each issue adds its field, not null
     * @return the issues found, in the order the rules ran; empty when consistent
     */
    public static List<Issue> check(Checkable record, LocalDate today, IssueLocation where) {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(where, "where");
        List<Issue> issues = new ArrayList<>(0);
        record.check(new RuleContext() {
            @Override
            public void report(IssueCode code, String field, @Nullable Object value) {
                issues.add(new Issue(code, code.severity(), englishMessage(code), where.withField(field),
                        value == null ? null : value.toString(), null));
            }

            @Override
            public LocalDate today() {
                return today;
            }
        });
        return issues;
    }

    private static String englishMessage(IssueCode code) {
        String m = ENGLISH[code.ordinal()];
        if (m == null) {
            m = message(code, Locale.ENGLISH);
            ENGLISH[code.ordinal()] = m;
        }
        return m;
    }

    /**
     * Returns the message of an issue code from the {@code ValidationMessages} bundle (the text Bean Validation
     * shows for the same rule).
     *
     * @param code the issue code, not null
     * @param locale the language, not null; English when the bundle has no translation
     * @return the message
     * @throws MissingResourceException if the bundle lacks the code (a defect the catalogue test catches)
     */
    public static String message(IssueCode code, Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, RecordRules.class.getModule())
                .getString("org.migrationkit." + code.code());
    }
}
