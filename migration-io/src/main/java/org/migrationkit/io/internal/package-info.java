/**
 * The bindings between the model's records and their flat tables, shared by the JSON and CSV readers and writers
 * and by the table schemas. Not exported.
 */
@NullMarked
package org.migrationkit.io.internal;

import org.jspecify.annotations.NullMarked;
