package org.migrationkit.core.internal.constraints;

import org.migrationkit.core.constraints.ConsistentFigure;

/** Validates {@link ConsistentFigure} by running the record's own rules. */
public final class ConsistentFigureValidator extends CheckableValidator<ConsistentFigure> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public ConsistentFigureValidator() {
        // instantiated by the Bean Validation provider
    }
}
