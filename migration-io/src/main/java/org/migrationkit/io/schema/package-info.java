/**
 * Table schemas: one description of each entity's flat table, from which the CSV layout, the HXL row, the JSON
 * shape, the Markdown data dictionary, the Frictionless Table Schema and Data Package descriptors and the JSON
 * Schema are derived. Entry points: {@link org.migrationkit.io.schema.TableSchema#of(Entity)} and
 * {@link org.migrationkit.io.schema.SchemaDocuments}.
 */
@NullMarked
package org.migrationkit.io.schema;

import org.jspecify.annotations.NullMarked;
