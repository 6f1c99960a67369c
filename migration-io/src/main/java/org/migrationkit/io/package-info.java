/**
 * What every reader of this module yields: {@link org.migrationkit.io.ReadResult}, one per input record, a value
 * or a rejection with its issues, so that the counts always add up (DESIGN §5). The formats live in the
 * sub-packages: {@code json}, {@code csv}, {@code schema}, {@code layout}.
 */
@NullMarked
package org.migrationkit.io;

import org.jspecify.annotations.NullMarked;
