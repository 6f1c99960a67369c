/**
 * Code lists of the field, each citing its source: Missing Migrants Project routes ({@link
 * org.migrationkit.core.vocab.MmpRoute}), regions ({@link org.migrationkit.core.vocab.MmpRegion},
 * {@link org.migrationkit.core.vocab.OriginRegion}), causes ({@link org.migrationkit.core.vocab.CauseCategory}) and
 * incident types; UNHCR population types ({@link org.migrationkit.core.vocab.PopulationType}) and specific needs
 * ({@link org.migrationkit.core.vocab.SpecificNeed}); HXL tags ({@link org.migrationkit.core.vocab.HxlTag}); the
 * library's transport modes, assistance types, leg facilitations ({@link org.migrationkit.core.vocab.Facilitation}),
 * journey purposes and journey statuses.
 *
 * <p>Every enum has {@code code()} (the exact source spelling, the wire form), {@code label()}, {@code ofCode}
 * (throws, listing the codes), {@code findByCode} and the forgiving, non-throwing {@code lookup}.
 */
@NullMarked
package org.migrationkit.core.vocab;

import org.jspecify.annotations.NullMarked;
