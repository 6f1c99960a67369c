/**
 * Places: ISO 3166-1 countries with their UN M49 regions, admin areas, WGS84 points and locations.
 *
 * <p>Entry points: {@link org.migrationkit.core.geo.CountryCode} (codes and names, with the non-ISO codes migration
 * data uses), {@link org.migrationkit.core.geo.Region} (M49 regions), {@link org.migrationkit.core.geo.GeoPoint}
 * ({@code "lat, lon"}), {@link org.migrationkit.core.geo.AdminArea} and {@link org.migrationkit.core.geo.Location}.
 * Each throwing factory has a non-throwing {@code lookup} for the bulk path.
 */
@NullMarked
package org.migrationkit.core.geo;

import org.jspecify.annotations.NullMarked;
