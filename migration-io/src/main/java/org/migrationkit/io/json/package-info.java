/**
 * JSON and JSON Lines (Jackson 2): {@link org.migrationkit.io.json.MigrationKitModule}, the module to register on
 * your own {@code ObjectMapper}; {@link org.migrationkit.io.json.MigrationJson}, a mapper with safe defaults;
 * {@link org.migrationkit.io.json.JsonLinesReader}, {@link org.migrationkit.io.json.JsonDocumentReader} and
 * {@link org.migrationkit.io.json.JsonLinesWriter} and {@link org.migrationkit.io.json.JsonDocumentWriter}, which
 * stream records and turn bad input into located issues.
 * The JSON shape of each entity is its table schema's columns (docs/json-format.md).
 */
@NullMarked
package org.migrationkit.io.json;

import org.jspecify.annotations.NullMarked;
