package org.migrationkit.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.migrationkit.core.internal.constraints.ConsistentMigrantValidator;

/**
 * The record-level rules of a {@link org.migrationkit.core.model.Migrant}: {@code age.unaccompanied-adult},
 * {@code age.birth-year-mismatch} and {@code date.in-future}.
 *
 * <p>Each problem is one violation on the field the rule names, with the issue code's message key, exactly as
 * {@link org.migrationkit.core.validation.RecordRules#check} reports it. The validator's "today" is the Bean
 * Validation provider's clock. A null object is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by the provider through this annotation, not used by callers
@Constraint(validatedBy = ConsistentMigrantValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentMigrant {
    /**
     * Returns the message key; each problem is reported with its own issue code's key instead.
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
