/**
 * The layouts a file can be read with: the library's own entity tables and the public datasets of the field (IOM
 * Missing Migrants Project layouts A–D, UNHCR population totals and demographics, DTM and generic HXL tables).
 * Entry points: {@link org.migrationkit.io.layout.LayoutReader} (read a file into incidents or population figures),
 * {@link org.migrationkit.io.layout.Layouts} (the registry, {@code byId}, {@code detect}).
 */
@NullMarked
package org.migrationkit.io.layout;

import org.jspecify.annotations.NullMarked;
