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
import org.migrationkit.core.internal.constraints.RouteNameValidator;

/**
 * The annotated text names a Missing Migrants Project route, current or legacy, by its name or an alias, ignoring
 * case, diacritics and spacing — whatever {@link org.migrationkit.core.vocab.MmpRoute#lookup(CharSequence)}
 * resolves ({@code Central Mediterranean}, {@code Darien Gap}, {@code mainland europe to the uk}). Null is valid
 * (combine with {@code @NotNull}). Issue code {@code route.unknown}.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by the provider through this annotation, not used by callers
@Constraint(validatedBy = RouteNameValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface RouteName {
    /**
     * Returns the message key.
     *
     * @return the message or its key in {@code ValidationMessages}
     */
    String message() default "{org.migrationkit.route.unknown}";

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
