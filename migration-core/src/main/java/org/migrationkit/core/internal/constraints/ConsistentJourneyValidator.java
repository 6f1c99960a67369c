package org.migrationkit.core.internal.constraints;

import org.migrationkit.core.constraints.ConsistentJourney;

/** Validates {@link ConsistentJourney}: runs {@link org.migrationkit.core.model.Journey#check}. */
public final class ConsistentJourneyValidator extends CheckableValidator<ConsistentJourney> {
    /** Creates the validator; the Bean Validation provider calls this. */
    public ConsistentJourneyValidator() {
        // instantiated by the Bean Validation provider
    }
}
