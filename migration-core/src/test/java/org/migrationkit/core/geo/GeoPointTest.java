package org.migrationkit.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class GeoPointTest {
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = ';', textBlock = """
            38.610762461670, 26.651187816406;   38.61076246167;  26.651187816406
            38.61,26.65;                        38.61;           26.65
            '  -33.9 ,  +151.2 ';               -33.9;           151.2
            90, -180;                           90;              -180
            -90, 180;                           -90;             180
            0.5,.5;                             0.5;             0.5
            12., 3;                             12;              3
            """)
    void parse_readsMmpCoordinatesWithOrWithoutTheSpace(String text, double lat, double lon) {
        GeoPoint p = GeoPoint.parse(text);
        assertThat(p.latitude()).isEqualTo(lat);
        assertThat(p.longitude()).isEqualTo(lon);
        assertThat(GeoPoint.lookup(text).value()).isEqualTo(p);
    }

    static Stream<GeoPoint> points() {
        return Stream.of(GeoPoint.of(38.610762461670, 26.651187816406), GeoPoint.of(0, 0), GeoPoint.of(-90, 180),
                GeoPoint.of(1e-7, -1e-12), GeoPoint.of(0.1 + 0.2, 179.99999999999997), GeoPoint.of(-0.0, -0.0),
                GeoPoint.of(Math.nextDown(90.0), Math.nextUp(-180.0)), GeoPoint.of(Double.MIN_VALUE, 5));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("points")
    void toString_roundTripsExactlyInPlainDecimals(GeoPoint p) {
        assertThat(p.toString()).matches("-?[0-9]+\\.[0-9]+, -?[0-9]+\\.[0-9]+");
        assertThat(GeoPoint.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void toString_isLatCommaSpaceLon() {
        assertThat(GeoPoint.parse("38.610762461670,26.651187816406")).hasToString("38.61076246167, 26.651187816406");
        assertThat(GeoPoint.of(1e-7, 2)).hasToString("0.00000010, 2.0");
    }

    @Test
    void negativeZero_isZero() {
        assertThat(GeoPoint.of(-0.0, -0.0)).isEqualTo(GeoPoint.of(0, 0)).hasToString("0.0, 0.0");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", " ", "38.61", "38.61 26.65", "38.61;26.65", "38.61, 26.65, 3", "a, b", ", 26.65",
        "38.61,", "NaN, 1", "Infinity, 0", "1e5, 2", "0x1p3, 1", "1d, 2", "--1, 2", "1.2.3, 4", "., 1", "+, 1",
        "38,61, 26,65"})
    void parse_rejectsWhatIsNotTwoDecimalNumbers(String text) {
        assertThatThrownBy(() -> GeoPoint.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.GEO_UNPARSEABLE))
                .hasMessage("Coordinates \"" + text + "\" are not \"lat, lon\": write two decimal numbers in WGS84 "
                        + "degrees, such as \"38.61, 26.65\".");
        assertThat(GeoPoint.lookup(text)).isSameAs(Lookup.miss(IssueCode.GEO_UNPARSEABLE));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            90.5, 0;     Latitude 90.5 is out of range: a WGS84 latitude lies between -90 and 90 degrees. Are latitude and longitude swapped?
            -123,45;     Latitude -123.0 is out of range: a WGS84 latitude lies between -90 and 90 degrees. Are latitude and longitude swapped?
            200, 10;     Latitude 200.0 is out of range: a WGS84 latitude lies between -90 and 90 degrees.
            100, 100;    Latitude 100.0 is out of range: a WGS84 latitude lies between -90 and 90 degrees.
            """)
    void parse_rejectsALatitudeOutOfRange(String text, String message) {
        assertThatThrownBy(() -> GeoPoint.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.GEO_LATITUDE_OUT_OF_RANGE))
                .hasMessage(message);
        assertThat(GeoPoint.lookup(text)).isSameAs(Lookup.miss(IssueCode.GEO_LATITUDE_OUT_OF_RANGE));
    }

    @Test
    void latitudeOutOfRange_messageShowsTheValue() {
        assertThatThrownBy(() -> GeoPoint.of(-123, 45))
                .hasMessage("Latitude -123.0 is out of range: a WGS84 latitude lies between -90 and 90 degrees. "
                        + "Are latitude and longitude swapped?");
        assertThatThrownBy(() -> GeoPoint.of(Double.NaN, 45))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.GEO_LATITUDE_OUT_OF_RANGE))
                .hasMessage("Latitude NaN is out of range: a WGS84 latitude lies between -90 and 90 degrees.");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {180.000001, -181, 360, Double.POSITIVE_INFINITY, Double.NaN})
    void longitudeOutOfRange_isRejected(double lon) {
        assertThatThrownBy(() -> GeoPoint.of(10, lon))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.GEO_LONGITUDE_OUT_OF_RANGE))
                .hasMessageEndingWith(" is out of range: a WGS84 longitude lies between -180 and 180 degrees.");
    }

    @Test
    void longitudeOutOfRange_messageShowsTheValue() {
        assertThatThrownBy(() -> GeoPoint.parse("10, 181.5"))
                .hasMessage("Longitude 181.5 is out of range: a WGS84 longitude lies between -180 and 180 degrees.");
        assertThat(GeoPoint.lookup("10,181.5").code()).isEqualTo(IssueCode.GEO_LONGITUDE_OUT_OF_RANGE);
    }
}
