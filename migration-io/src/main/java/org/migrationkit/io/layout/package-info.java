/**
 * The layouts a file can be read with: the library's own entity tables and the public datasets of the field.
 * Entry point: {@link org.migrationkit.io.layout.Layouts}.
 */
@NullMarked
package org.migrationkit.io.layout;

import org.jspecify.annotations.NullMarked;
