package org.migrationkit.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.RouteName;
import org.migrationkit.core.vocab.MmpRoute;

/** Validates {@link RouteName} with the same lookup as the bulk path. */
public final class RouteNameValidator implements ConstraintValidator<RouteName, CharSequence> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public RouteNameValidator() {
        // instantiated by the Bean Validation provider
    }

    @Override
    public boolean isValid(@Nullable CharSequence value, ConstraintValidatorContext context) {
        return value == null || MmpRoute.lookup(value).isFound();
    }
}
