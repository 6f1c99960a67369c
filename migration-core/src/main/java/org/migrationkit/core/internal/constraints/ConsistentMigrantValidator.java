package org.migrationkit.core.internal.constraints;

import org.migrationkit.core.constraints.ConsistentMigrant;

/** Validates {@link ConsistentMigrant}: runs {@link org.migrationkit.core.model.Migrant#check}. */
public final class ConsistentMigrantValidator extends CheckableValidator<ConsistentMigrant> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public ConsistentMigrantValidator() {
        // instantiated by the Bean Validation provider
    }
}
