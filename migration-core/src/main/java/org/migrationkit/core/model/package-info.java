/**
 * The records of the field and their typed pseudonymous identifiers.
 *
 * <p>Entry points: {@link org.migrationkit.core.model.Migrant}, {@link org.migrationkit.core.model.Journey} with its
 * {@link org.migrationkit.core.model.Leg}s, {@link org.migrationkit.core.model.Route},
 * {@link org.migrationkit.core.model.Incident} (a Missing Migrants Project record),
 * {@link org.migrationkit.core.model.PopulationFigure}, {@link org.migrationkit.core.model.AssistanceEvent} and
 * {@link org.migrationkit.core.model.Remittance}; each has a builder. Constructors check structure (required parts,
 * ranges of single values); rules across fields are reported, not thrown, by
 * {@link org.migrationkit.core.validation.RecordRules#check} or any Jakarta {@code Validator}.
 *
 * <p>Privacy by construction: no component holds a name, a full birth date or a document number. Ids
 * ({@link org.migrationkit.core.model.MigrantId}, ...) are pseudonyms; {@link org.migrationkit.core.model.Pseudonymiser}
 * turns partners' raw ids into stable ones with a keyed HMAC.
 */
@NullMarked
package org.migrationkit.core.model;

import org.jspecify.annotations.NullMarked;
