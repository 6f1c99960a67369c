/**
 * CSV: {@link org.migrationkit.io.csv.CsvTableWriter} writes an entity's table (header, optional HXL row, rows)
 * through {@link org.migrationkit.io.csv.CsvWriter}, which neutralises formula injection by default.
 */
@NullMarked
package org.migrationkit.io.csv;

import org.jspecify.annotations.NullMarked;
