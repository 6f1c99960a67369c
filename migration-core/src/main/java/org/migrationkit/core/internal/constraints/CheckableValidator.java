package org.migrationkit.core.internal.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.RuleContext;

/**
 * The validator behind every class-level record constraint: runs the record's {@link Checkable#check} and turns
 * each report into a violation on the reported field, with the issue code's message key. Subclasses only bind
 * the annotation type.
 *
 * @param <A> the constraint annotation
 */
public abstract class CheckableValidator<A extends Annotation> implements ConstraintValidator<A, Checkable> {
    /** For subclasses. */
    protected CheckableValidator() {
    }

    @Override
    public final boolean isValid(@Nullable Checkable record, ConstraintValidatorContext context) {
        if (record == null) {
            return true;
        }
        // The provider's clock, so that hosts (and tests) control what "today" is.
        LocalDate today = LocalDate.now(context.getClockProvider().getClock());
        boolean[] valid = {true};
        context.disableDefaultConstraintViolation();
        record.check(new RuleContext() {
            @Override
            public void report(IssueCode code, String field, @Nullable Object value) {
                valid[0] = false;
                context.buildConstraintViolationWithTemplate("{org.migrationkit." + code.code() + "}")
                        .addPropertyNode(field).addConstraintViolation();
            }

            @Override
            public LocalDate today() {
                return today;
            }
        });
        return valid[0];
    }
}
