/**
 * The records of the field and their typed pseudonymous identifiers ({@link org.migrationkit.core.model.MigrantId},
 * {@link org.migrationkit.core.model.IncidentId}, ...). Ids are pseudonyms, never names or document numbers.
 */
@NullMarked
package org.migrationkit.core.model;

import org.jspecify.annotations.NullMarked;
