package org.migrationkit.core.validation;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with the data: a stable code, a severity, a location, a message for a person, and where useful
 * the offending value and a suggested one (DESIGN §4).
 *
 * <p>The offending value is null for fields marked sensitive (free-text notes, raw ids): such values never
 * appear in issues, messages or suggestions.
 *
 * @param code the stable issue code, not null
 * @param severity the severity, the code's default unless the user overrode it; not null
 * @param message what is wrong and how to fix it, without sensitive values; not null
 * @param location where it is; not null
 * @param value the offending value as given, or null when sensitive or not a single value
 * @param suggestion a corrected value, or null
 */
public record Issue(IssueCode code, Severity severity, String message, IssueLocation location,
                    @Nullable String value, @Nullable String suggestion) {
    /** Rejects nulls. */
    public Issue {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    /**
     * Returns an issue with the code's default severity and no value or suggestion.
     *
     * @param code the code, not null
     * @param message the message, not null
     * @param location the location, not null
     * @return the issue
     */
    public static Issue of(IssueCode code, String message, IssueLocation location) {
        return new Issue(code, code.severity(), message, location, null, null);
    }

    /**
     * Returns the level of the rule that found the issue.
     *
     * @return the code's level
     */
    public Level level() {
        return code.level();
    }

    /**
     * Returns a copy with another severity (a user's override).
     *
     * @param newSeverity the severity, not null
     * @return the changed copy
     */
    public Issue withSeverity(Severity newSeverity) {
        return new Issue(code, newSeverity, message, location, value, suggestion);
    }

    /**
     * Returns a copy at another location.
     *
     * @param newLocation the location, not null
     * @return the changed copy
     */
    public Issue withLocation(IssueLocation newLocation) {
        return new Issue(code, severity, message, newLocation, value, suggestion);
    }

    /**
     * Returns a copy carrying the offending value.
     *
     * @param newValue the value, or null to leave it out (sensitive fields)
     * @return the changed copy
     */
    public Issue withValue(@Nullable String newValue) {
        return new Issue(code, severity, message, location, newValue, suggestion);
    }

    /**
     * Returns a copy carrying a suggestion.
     *
     * @param newSuggestion the suggested value, or null
     * @return the changed copy
     */
    public Issue withSuggestion(@Nullable String newSuggestion) {
        return new Issue(code, severity, message, location, value, newSuggestion);
    }

    /**
     * Returns the issue as one line: {@code error country.unknown at legs.csv, record 3: message}.
     */
    @Override
    public String toString() {
        return severity.code() + ' ' + code.code() + " at " + location + ": " + message;
    }
}
