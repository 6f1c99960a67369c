package org.migrationkit.core.internal.constraints;

import org.migrationkit.core.constraints.ConsistentCounts;

/** Validates {@link ConsistentCounts} by running the record's own rules. */
public final class ConsistentCountsValidator extends CheckableValidator<ConsistentCounts> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public ConsistentCountsValidator() {
        // instantiated by the Bean Validation provider
    }
}
