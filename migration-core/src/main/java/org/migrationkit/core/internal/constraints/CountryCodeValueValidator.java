package org.migrationkit.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.CountryCodeValue;
import org.migrationkit.core.geo.CountryCode;

/** Validates {@link CountryCodeValue} with the same lookups as the bulk path. */
public final class CountryCodeValueValidator implements ConstraintValidator<CountryCodeValue, CharSequence> {
    private boolean alpha3Only;

    /** Creates the validator; the provider calls {@link #initialize}. */
    public CountryCodeValueValidator() {
        // instantiated by the Bean Validation provider
    }

    @Override
    public void initialize(CountryCodeValue annotation) {
        alpha3Only = annotation.alpha3Only();
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        return alpha3Only ? CountryCode.findByAlpha3(value).isPresent() : CountryCode.lookup(value).isFound();
    }
}
