package org.migrationkit.core.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a country lies, roughly: up to six WGS84 boxes around its land (mainland, islands, exclaves), enough to
 * tell that a point reported for the country is plausible — or that it is not, as with the swapped latitude and
 * longitude or flipped signs that real incident exports contain (domain-standards §1.5).
 *
 * <pre>{@code
 * CountryBounds.find(CountryCode.of("ITA")).orElseThrow().isNear(GeoPoint.of(35.5, 12.6));   // true (Lampedusa)
 * CountryBounds.find(CountryCode.of("ITA")).orElseThrow().isNear(GeoPoint.of(34.3, -12.3));  // false: sign flipped
 * }</pre>
 *
 * <p>Incidents at sea are placed off the coast, so {@link #isNear(GeoPoint)} allows a margin of
 * {@value #DEFAULT_MARGIN_DEGREES} degrees (about 220 km) around each box: on the Missing Migrants Project's
 * 2023–24 export this leaves 21 of 3,722 located incidents outside their country, and those are the swapped or
 * sign-flipped ones.
 *
 * <p>Source: Natural Earth 1:10m admin-0 countries, version 4.1.0 (public domain), as redistributed in the npm
 * package world-atlas 2.0.2; the boxes are computed from it (bundled resource {@code country-bounds.tsv}). Codes
 * without land of their own in that data ({@code BES}, {@code BVT}, {@code CCK}, {@code CXR}, {@code GLP},
 * {@code GUF}, {@code MTQ}, {@code MYT}, {@code REU}, {@code SJM}, {@code TKL}) and the non-ISO codes other than
 * {@code XKX} have no bounds.
 */
public final class CountryBounds {
    /** The margin {@link #isNear(GeoPoint)} allows around each box, in degrees of latitude and longitude. */
    public static final double DEFAULT_MARGIN_DEGREES = 2.0;

    private static final String RESOURCE = "country-bounds.tsv";
    private static final Map<CountryCode, CountryBounds> BY_COUNTRY = load();

    private final CountryCode country;
    // Each box: minLat, minLon, maxLat, maxLon.
    private final double[][] boxes;

    private CountryBounds(CountryCode country, double[][] boxes) {
        this.country = country;
        this.boxes = boxes;
    }

    /**
     * Finds the bounds of a country.
     *
     * @param country the country, not null
     * @return its bounds, or empty when the bundled data has none for it
     */
    public static Optional<CountryBounds> find(CountryCode country) {
        return Optional.ofNullable(BY_COUNTRY.get(Objects.requireNonNull(country, "country")));
    }

    /**
     * Returns the country these bounds belong to.
     *
     * @return the country
     */
    public CountryCode country() {
        return country;
    }

    /**
     * Returns the boxes, each as {@code {minLat, minLon, maxLat, maxLon}} in degrees.
     *
     * @return copies of the boxes, never empty
     */
    public List<double[]> boxes() {
        List<double[]> copy = new ArrayList<>(boxes.length);
        for (double[] b : boxes) {
            copy.add(b.clone());
        }
        return copy;
    }

    /**
     * Returns whether a point lies within {@link #DEFAULT_MARGIN_DEGREES} of the country's land.
     *
     * @param point the point, not null
     * @return true when plausible for this country
     */
    public boolean isNear(GeoPoint point) {
        return isNear(point, DEFAULT_MARGIN_DEGREES);
    }

    /**
     * Returns whether a point lies within a margin of the country's land.
     *
     * @param point the point, not null
     * @param marginDegrees the margin around each box, in degrees, zero or more
     * @return true when plausible for this country
     * @throws IllegalArgumentException if the margin is negative or not a number
     */
    public boolean isNear(GeoPoint point, double marginDegrees) {
        Objects.requireNonNull(point, "point");
        if (!(marginDegrees >= 0)) {
            throw new IllegalArgumentException("marginDegrees must be zero or more, got " + marginDegrees);
        }
        double lat = point.latitude();
        double lon = point.longitude();
        for (double[] b : boxes) {
            if (lat >= b[0] - marginDegrees && lat <= b[2] + marginDegrees
                    && withinLongitude(lon, b[1] - marginDegrees, b[3] + marginDegrees)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Returns the likely intended point when this one is implausible but swapping latitude and longitude, or
     * flipping a sign, puts it near the country — the usual slips in coordinates typed by hand.
     *
     * @param point the implausible point, not null
     * @return the corrected point, or empty when the point is plausible or no simple fix helps
     */
    public Optional<GeoPoint> suggestFix(GeoPoint point) {
        if (isNear(point)) {
            return Optional.empty();
        }
        double lat = point.latitude();
        double lon = point.longitude();
        double[][] candidates = {{lon, lat}, {lat, -lon}, {-lat, lon}, {-lat, -lon}, {-lon, -lat}};
        for (double[] c : candidates) {
            if (Math.abs(c[0]) <= 90 && Math.abs(c[1]) <= 180) {
                GeoPoint fixed = GeoPoint.of(c[0], c[1]);
                if (isNear(fixed)) {
                    return Optional.of(fixed);
                }
            }
        }
        return Optional.empty();
    }

    // The margin may push a box past the antimeridian: the point then also counts on the other side.
    private static boolean withinLongitude(double lon, double min, double max) {
        return (lon >= min && lon <= max) || (lon + 360 >= min && lon + 360 <= max) || (lon - 360 >= min
                && lon - 360 <= max);
    }

    /** Returns e.g. {@code CountryBounds[LBY: 19.49,9.28,33.19,25.16]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("CountryBounds[").append(country).append(':');
        for (int i = 0; i < boxes.length; i++) {
            b.append(i == 0 ? " " : "; ").append(boxes[i][0]).append(',').append(boxes[i][1]).append(',')
                    .append(boxes[i][2]).append(',').append(boxes[i][3]);
        }
        return b.append(']').toString();
    }

    private static Map<CountryCode, CountryBounds> load() {
        InputStream in = CountryBounds.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Resource " + RESOURCE + " is missing next to " + CountryBounds.class);
        }
        Map<CountryCode, CountryBounds> map = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", -1);
                CountryCode country = CountryCode.of(parts[0]);
                String[] texts = parts[1].split(";", -1);
                double[][] boxes = new double[texts.length][];
                for (int i = 0; i < texts.length; i++) {
                    String[] v = texts[i].split(",", -1);
                    boxes[i] = new double[] {Double.parseDouble(v[0]), Double.parseDouble(v[1]),
                        Double.parseDouble(v[2]), Double.parseDouble(v[3])};
                }
                map.put(country, new CountryBounds(country, boxes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read resource " + RESOURCE, e);
        }
        return Map.copyOf(map);
    }
}
