package org.migrationkit.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.GcmObjectiveValue;
import org.migrationkit.core.gcm.GcmObjective;

/** Validates {@link GcmObjectiveValue} with the same lookup as the bulk path. */
public final class GcmObjectiveValueValidator implements ConstraintValidator<GcmObjectiveValue, CharSequence> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public GcmObjectiveValueValidator() {
        // instantiated by the Bean Validation provider
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || GcmObjective.lookup(value).isFound();
    }
}
