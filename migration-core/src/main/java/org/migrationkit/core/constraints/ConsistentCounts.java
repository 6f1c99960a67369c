package org.migrationkit.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.migrationkit.core.internal.constraints.ConsistentCountsValidator;

/**
 * The annotated {@link org.migrationkit.core.model.Incident} satisfies its record-level rules: one violation
 * per problem that {@link org.migrationkit.core.model.Incident#check} reports, on the field it names, with
 * the issue code's message key. The rules and their fields are listed on
 * {@link org.migrationkit.core.model.Incident}; the fast path {@link org.migrationkit.core.validation.RecordRules}
 * runs the same rules.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by the provider through this annotation, not used by callers
@Constraint(validatedBy = ConsistentCountsValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentCounts {
    /**
     * Returns the message key; each violation carries its own issue code's key instead.
     *
     * @return the message or its key in {@code ValidationMessages}
     */
    String message() default "{org.migrationkit.record.inconsistent}";

    /**
     * Returns the validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * Returns the payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};
}
