package org.migrationkit.core.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import org.migrationkit.core.internal.constraints.GcmObjectiveValueValidator;

/**
 * The annotated text names one of the 23 objectives of the Global Compact for Migration: its number ({@code 8},
 * {@code Objective 8}, {@code O8}), its short name ({@code Save lives}) or its title — whatever
 * {@link org.migrationkit.core.gcm.GcmObjective#lookup(CharSequence)} resolves, ignoring case and spacing. Null is
 * valid (combine with {@code @NotNull}). Issue code {@code gcm-objective.unknown}.
 *
 * <pre>{@code
 * record Activity(@GcmObjectiveValue String objective) { }
 * }</pre>
 */
@Documented
@SuppressWarnings("exports") // the validator is found by the provider through this annotation, not used by callers
@Constraint(validatedBy = GcmObjectiveValueValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface GcmObjectiveValue {
    /**
     * Returns the message key.
     *
     * @return the message or its key in {@code ValidationMessages}
     */
    String message() default "{org.migrationkit.gcm-objective.unknown}";

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
