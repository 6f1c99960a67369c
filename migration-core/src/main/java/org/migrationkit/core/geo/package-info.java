/**
 * Places: ISO 3166-1 countries with their UN M49 regions, admin areas, WGS84 points and locations. Entry point: {@link org.migrationkit.core.geo.CountryCode}.
 */
@NullMarked
package org.migrationkit.core.geo;

import org.jspecify.annotations.NullMarked;
