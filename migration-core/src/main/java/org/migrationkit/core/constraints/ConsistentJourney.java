package org.migrationkit.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.migrationkit.core.internal.constraints.ConsistentJourneyValidator;

/**
 * The record-level rules of a {@link org.migrationkit.core.model.Journey}: {@code leg.out-of-order},
 * {@code leg.disconnected}, {@code leg.arrival-before-departure}, {@code journey.return-same-country} and
 * {@code date.in-future}.
 *
 * <p>Each problem is one violation on the field the rule names, with the issue code's message key, exactly as
 * {@link org.migrationkit.core.validation.RecordRules#check} reports it. The validator's "today" is the Bean
 * Validation provider's clock. A null object is valid.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by the provider through this annotation, not used by callers
@Constraint(validatedBy = ConsistentJourneyValidator.class)
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface ConsistentJourney {
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
