package org.migrationkit.core.geo;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A point on the WGS84 ellipsoid in decimal degrees, written {@code "lat, lon"} as the Missing Migrants Project
 * writes its coordinates.
 *
 * <pre>{@code
 * GeoPoint p = GeoPoint.parse("38.610762461670, 26.651187816406");
 * p.latitude();                      // 38.61076246167
 * GeoPoint.lookup("91, 0").code();   // geo.latitude-out-of-range
 * }</pre>
 *
 * <p>The canonical text is both numbers in plain decimal notation, each the shortest that reads back to the same
 * {@code double}, so {@code parse(p.toString()).equals(p)}. Negative zero is stored as zero.
 *
 * <p>Source: WGS84; domain-standards §1.5 (MMP coordinates: one string, {@code lat, lon}, with or without the
 * space).
 *
 * @param latitude degrees north, -90 to 90
 * @param longitude degrees east, -180 to 180
 */
public record GeoPoint(double latitude, double longitude) {
    private static final String EXAMPLE = "\"38.61, 26.65\"";

    /**
     * Creates a point.
     *
     * @throws InvalidValueException with {@code geo.latitude-out-of-range} or {@code geo.longitude-out-of-range}
     *     if a coordinate is out of range or not a number
     */
    public GeoPoint {
        IssueCode problem = check(latitude, longitude);
        if (problem == IssueCode.GEO_LATITUDE_OUT_OF_RANGE) {
            throw new InvalidValueException(problem, "Latitude " + plain(latitude)
                    + " is out of range: a WGS84 latitude lies between -90 and 90 degrees." + swapHint(latitude, longitude));
        }
        if (problem == IssueCode.GEO_LONGITUDE_OUT_OF_RANGE) {
            throw new InvalidValueException(problem, "Longitude " + plain(longitude)
                    + " is out of range: a WGS84 longitude lies between -180 and 180 degrees.");
        }
        // -0.0 and 0.0 are the same place, but not equal doubles; and -0.0 would not survive the canonical text.
        latitude += 0.0;
        longitude += 0.0;
    }

    /**
     * Returns the point at the given coordinates.
     *
     * @param latitude degrees north, -90 to 90
     * @param longitude degrees east, -180 to 180
     * @return the point
     * @throws InvalidValueException with {@code geo.latitude-out-of-range} or {@code geo.longitude-out-of-range}
     *     if a coordinate is out of range or not a number
     */
    public static GeoPoint of(double latitude, double longitude) {
        return new GeoPoint(latitude, longitude);
    }

    /**
     * Reads {@code "lat, lon"}: two decimal numbers separated by a comma, with or without spaces around it.
     *
     * @param text such as {@code "38.61, 26.65"} or {@code "38.61,26.65"}, not null
     * @return the point
     * @throws InvalidValueException with {@code geo.unparseable} if the text is not two decimal numbers, or
     *     {@code geo.latitude-out-of-range} / {@code geo.longitude-out-of-range}
     */
    public static GeoPoint parse(CharSequence text) {
        double[] latLon = read(Objects.requireNonNull(text, "text"));
        if (latLon == null) {
            throw new InvalidValueException(IssueCode.GEO_UNPARSEABLE, "Coordinates \"" + text
                    + "\" are not \"lat, lon\": write two decimal numbers in WGS84 degrees, such as " + EXAMPLE + ".");
        }
        return new GeoPoint(latLon[0], latLon[1]);
    }

    /**
     * Reads {@code "lat, lon"} as {@link #parse(CharSequence)} does, without throwing.
     *
     * @param text any text, not null
     * @return the point, or a miss with {@code geo.unparseable}, {@code geo.latitude-out-of-range} or
     *     {@code geo.longitude-out-of-range}
     */
    public static Lookup<GeoPoint> lookup(CharSequence text) {
        double[] latLon = read(Objects.requireNonNull(text, "text"));
        if (latLon == null) {
            return Lookup.miss(IssueCode.GEO_UNPARSEABLE);
        }
        IssueCode problem = check(latLon[0], latLon[1]);
        return problem != null ? Lookup.miss(problem) : Lookup.found(new GeoPoint(latLon[0], latLon[1]));
    }

    /** Returns {@code "lat, lon"} in plain decimal notation, as {@link #parse(CharSequence)} reads it. */
    @Override
    public String toString() {
        return plain(latitude) + ", " + plain(longitude);
    }

    private static @Nullable IssueCode check(double latitude, double longitude) {
        // Written so that NaN fails too.
        if (!(latitude >= -90 && latitude <= 90)) {
            return IssueCode.GEO_LATITUDE_OUT_OF_RANGE;
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            return IssueCode.GEO_LONGITUDE_OUT_OF_RANGE;
        }
        return null;
    }

    // Third parties fixing MMP data found lat/lon swaps (domain-standards §1.5): say so when a swap would fit.
    private static String swapHint(double latitude, double longitude) {
        return Math.abs(latitude) <= 180 && Math.abs(longitude) <= 90
                ? " Are latitude and longitude swapped?" : "";
    }

    private static String plain(double d) {
        // BigDecimal.valueOf keeps Double.toString's shortest digits; toPlainString drops the exponent.
        return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : Double.toString(d);
    }

    // Returns {lat, lon}, or null when the text is not two plain decimal numbers around one comma.
    private static double @Nullable [] read(CharSequence text) {
        int comma = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ',') {
                if (comma >= 0) {
                    return null;
                }
                comma = i;
            }
        }
        if (comma < 0) {
            return null;
        }
        String lat = text.subSequence(0, comma).toString().strip();
        String lon = text.subSequence(comma + 1, text.length()).toString().strip();
        if (!isDecimal(lat) || !isDecimal(lon)) {
            return null;
        }
        return new double[] {Double.parseDouble(lat), Double.parseDouble(lon)};
    }

    // [+-]? digits [. digits*] | [+-]? . digits — Double.parseDouble alone would also take "NaN", "1e5", "0x1p3", "1d".
    private static boolean isDecimal(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean dot = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '.' && !dot) {
                dot = true;
            } else {
                return false;
            }
        }
        return digits > 0;
    }
}
