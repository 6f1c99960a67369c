/**
 * Validating a partner dataset end to end (DESIGN §6): inputs (files, folders, zips, data packages, gzip, stdin),
 * the streaming pipeline over value, record and dataset rules, and the report it produces. Entry point:
 * {@link org.migrationkit.io.pipeline.DatasetValidator}.
 */
@NullMarked
package org.migrationkit.io.pipeline;

import org.jspecify.annotations.NullMarked;
