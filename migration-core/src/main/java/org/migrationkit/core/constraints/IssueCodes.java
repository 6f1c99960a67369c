package org.migrationkit.core.constraints;

import jakarta.validation.ConstraintViolation;
import java.util.Optional;
import org.migrationkit.core.validation.IssueCode;

/** Maps Bean Validation results back to the library's issue codes. */
public final class IssueCodes {
    /** The prefix of every message key of the library's constraints. */
    public static final String KEY_PREFIX = "org.migrationkit.";

    private IssueCodes() {
    }

    /**
     * Returns the message key of an issue code, as used in {@code ValidationMessages.properties}.
     *
     * @param code the issue code, not null
     * @return {@code org.migrationkit.} followed by the code
     */
    public static String messageKey(IssueCode code) {
        return KEY_PREFIX + code.code();
    }

    /**
     * Returns the issue code of a violation raised by one of the library's constraints.
     *
     * @param violation the violation, not null
     * @return the issue code, or empty for violations of other constraints (e.g. {@code @NotNull})
     */
    public static Optional<IssueCode> of(ConstraintViolation<?> violation) {
        String template = violation.getMessageTemplate();
        if (template.length() > KEY_PREFIX.length() + 2 && template.startsWith("{" + KEY_PREFIX)
                && template.endsWith("}")) {
            return IssueCode.findByCode(template.substring(KEY_PREFIX.length() + 1, template.length() - 1));
        }
        return Optional.empty();
    }
}
