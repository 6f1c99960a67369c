package org.migrationkit.core.internal.constraints;

import org.migrationkit.core.constraints.ConsistentAssistanceEvent;

/** Validates {@link ConsistentAssistanceEvent} by running the record's own rules. */
public final class ConsistentAssistanceEventValidator extends CheckableValidator<ConsistentAssistanceEvent> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public ConsistentAssistanceEventValidator() {
        // instantiated by the Bean Validation provider
    }
}
