package org.migrationkit.core.internal.constraints;

import org.migrationkit.core.constraints.ConsistentRemittance;

/** Validates {@link ConsistentRemittance} by running the record's own rules. */
public final class ConsistentRemittanceValidator extends CheckableValidator<ConsistentRemittance> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public ConsistentRemittanceValidator() {
        // instantiated by the Bean Validation provider
    }
}
