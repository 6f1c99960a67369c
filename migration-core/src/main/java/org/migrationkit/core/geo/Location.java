package org.migrationkit.core.geo;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where something happened or someone is: a country, an administrative area, a place described in words and a
 * point, any of which may be missing, but not all.
 *
 * <pre>{@code
 * Location.of(CountryCode.of("GRC"), null, "off Lesvos", GeoPoint.parse("39.2, 26.3"));
 * }</pre>
 *
 * <p>When only the admin area is given, the country is taken from it, so {@link #country()} is null only when no
 * admin area is given either. The place text is kept as the source writes it.
 *
 * @param country the country, or null if not reported
 * @param adminArea the administrative area, or null if not reported; its country is {@code country}
 * @param place the place in words (MMP "Location Description"), or null if not reported
 * @param point the coordinates, or null if not reported
 */
public record Location(@Nullable CountryCode country, @Nullable AdminArea adminArea, @Nullable String place,
        @Nullable GeoPoint point) {
    /**
     * Creates a location.
     *
     * @throws IllegalArgumentException if all four parts are null, if {@code place} is blank, or if the admin
     *     area lies in another country than {@code country}
     */
    public Location {
        if (country == null && adminArea == null && place == null && point == null) {
            throw new IllegalArgumentException(
                    "Location has no country, admin area, place or point: give at least one.");
        }
        AdminArea.requireNotBlank(place, "place");
        if (adminArea != null) {
            if (country == null) {
                country = adminArea.country();
            } else if (!country.equals(adminArea.country())) {
                throw new IllegalArgumentException("Location country " + country + " differs from the country "
                        + adminArea.country() + " of its admin area: an admin area lies in the location's country.");
            }
        }
    }

    /**
     * Returns the location with the given parts.
     *
     * @param country the country, or null if not reported
     * @param adminArea the administrative area, or null if not reported
     * @param place the place in words, or null if not reported
     * @param point the coordinates, or null if not reported
     * @return the location
     * @throws IllegalArgumentException if all four parts are null, if {@code place} is blank, or if the admin
     *     area lies in another country than {@code country}
     */
    public static Location of(@Nullable CountryCode country, @Nullable AdminArea adminArea, @Nullable String place,
            @Nullable GeoPoint point) {
        return new Location(country, adminArea, place, point);
    }

    /**
     * Returns the location of a whole country.
     *
     * @param country the country, not null
     * @return the location
     */
    public static Location of(CountryCode country) {
        return new Location(Objects.requireNonNull(country, "country"), null, null, null);
    }

    /**
     * Returns the location of an administrative area, in its country.
     *
     * @param adminArea the area, not null
     * @return the location
     */
    public static Location of(AdminArea adminArea) {
        return new Location(null, Objects.requireNonNull(adminArea, "adminArea"), null, null);
    }

    /**
     * Returns the location of a point.
     *
     * @param point the coordinates, not null
     * @return the location
     */
    public static Location of(GeoPoint point) {
        return new Location(null, null, null, Objects.requireNonNull(point, "point"));
    }
}
