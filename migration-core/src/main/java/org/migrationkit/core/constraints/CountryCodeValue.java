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
import org.migrationkit.core.internal.constraints.CountryCodeValueValidator;

/**
 * The annotated text is a country: an ISO 3166-1 alpha-3, alpha-2 or numeric code, one of the non-ISO codes
 * migration data uses, or a country name — whatever {@link org.migrationkit.core.geo.CountryCode#lookup(CharSequence)}
 * resolves. With {@link #alpha3Only()} only alpha-3 codes pass. Null is valid (combine with {@code @NotNull}).
 * Issue code {@code country.unknown}.
 */
@Documented
@SuppressWarnings("exports") // the validator is found by the provider through this annotation, not used by callers
@Constraint(validatedBy = CountryCodeValueValidator.class)
@Target({FIELD, METHOD, PARAMETER, RECORD_COMPONENT, TYPE_USE, ANNOTATION_TYPE})
@Retention(RUNTIME)
public @interface CountryCodeValue {
    /**
     * Returns the message key.
     *
     * @return the message or its key in {@code ValidationMessages}
     */
    String message() default "{org.migrationkit.country.unknown}";

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

    /**
     * Returns whether only ISO alpha-3 codes (and the non-ISO three-letter codes) are accepted.
     *
     * @return true to refuse alpha-2 codes, numeric codes and names
     */
    boolean alpha3Only() default false;
}
