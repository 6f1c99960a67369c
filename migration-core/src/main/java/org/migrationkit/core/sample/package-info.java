/**
 * The sample-data generator: deterministic, valid-by-construction datasets that look like real migration data.
 *
 * <p>Entry point: {@link org.migrationkit.core.sample.SampleData#seed(long)}, then a stream per entity
 * ({@code migrants()}, {@code journeys()}, {@code legs()}, {@code assistanceEvents()}, {@code incidents()},
 * {@code populationFigures()}, {@code remittances()}) or a consistent multi-table
 * {@link org.migrationkit.core.sample.PartnerDataset}.
 */
@NullMarked
package org.migrationkit.core.sample;

import org.jspecify.annotations.NullMarked;
