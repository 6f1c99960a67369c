package org.migrationkit.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationkit.core.testing.RealData;

class CountryBoundsTest {
    static Stream<CountryCode> isoCountriesWithLand() {
        List<String> without = List.of("BES", "BVT", "CCK", "CXR", "GLP", "GUF", "MTQ", "MYT", "REU", "SJM", "TKL",
                "ATA", "UMI", "HMD", "IOT", "ATF", "SGS", "PCN", "NFK", "NIU", "WLF", "ASM", "GUM", "MNP", "VIR", "PRI",
                "TWN", "HKG", "MAC", "SHN", "FLK", "ALA", "GGY", "JEY", "IMN", "FRO", "GIB", "SXM", "CUW", "ABW", "BLM",
                "MAF", "SPM", "AIA", "BMU", "CYM", "MSR", "TCA", "VGB", "ESH", "PSE", "VAT", "MCO", "SMR", "LIE", "AND");
        return CountryCode.all().stream().filter(CountryCode::isIso).filter(c -> !without.contains(c.alpha3()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("isoCountriesWithLand")
    void everyCountry_hasBoundsWithWellFormedBoxes(CountryCode country) {
        CountryBounds bounds = CountryBounds.find(country).orElseThrow();
        assertThat(bounds.country()).isSameAs(country);
        assertThat(bounds.boxes()).isNotEmpty().hasSizeLessThanOrEqualTo(6).allSatisfy(b -> {
            assertThat(b[0]).isBetween(-90.0, b[2]);
            assertThat(b[1]).isBetween(-180.0, b[3]);
            assertThat(b[2]).isLessThanOrEqualTo(90.0);
            assertThat(b[3]).isLessThanOrEqualTo(180.0);
        });
    }

    @ParameterizedTest(name = "{0} {1},{2} near = {3}")
    @CsvSource(textBlock = """
            ITA,  35.50,   12.60, true
            ITA,  34.29,  -12.35, false
            YEM,  15.35,   44.21, true
            YEM,  12.60,   43.40, true
            ETH,   9.03,   38.74, true
            ETH,  38.74,    9.03, false
            FJI, -16.80,  179.90, true
            FJI, -16.80, -179.90, true
            RUS,  64.73,  177.51, true
            USA,  51.88, -176.63, true
            AUS, -33.87,  151.21, true
            AUS,  33.87,  151.21, false
            """)
    void isNear_tellsPlausibleFromSwappedOrFlipped(String country, double lat, double lon, boolean near) {
        assertThat(CountryBounds.find(CountryCode.of(country)).orElseThrow().isNear(GeoPoint.of(lat, lon)))
                .isEqualTo(near);
    }

    @ParameterizedTest(name = "{0} {1},{2} -> {3}")
    @CsvSource(textBlock = """
            ITA, 34.29, -12.35, '34.29, 12.35'
            YEM, 43.24,  17.25, '17.25, 43.24'
            AUS, 33.87, 151.21, '-33.87, 151.21'
            """)
    void suggestFix_triesSwapsAndSignFlips(String country, double lat, double lon, String fixed) {
        assertThat(CountryBounds.find(CountryCode.of(country)).orElseThrow().suggestFix(GeoPoint.of(lat, lon)))
                .hasValueSatisfying(p -> assertThat(p).hasToString(fixed));
    }

    @Test
    void suggestFix_isEmptyForAPlausiblePointOrWhenNothingHelps() {
        CountryBounds italy = CountryBounds.find(CountryCode.of("ITA")).orElseThrow();
        assertThat(italy.suggestFix(GeoPoint.of(41.9, 12.5))).isEmpty();
        assertThat(italy.suggestFix(GeoPoint.of(-60, -120))).isEmpty();
    }

    @Test
    void find_isEmptyForCodesWithoutLand() {
        assertThat(CountryBounds.find(CountryCode.of("UKN"))).isEmpty();
        assertThat(CountryBounds.find(CountryCode.of("REU"))).isEmpty();
        assertThat(CountryBounds.find(CountryCode.of("XKX"))).isPresent();
    }

    @Test
    void isNear_rejectsANegativeMargin() {
        CountryBounds italy = CountryBounds.find(CountryCode.of("ITA")).orElseThrow();
        assertThatIllegalArgumentException().isThrownBy(() -> italy.isNear(GeoPoint.of(0, 0), -1))
                .withMessage("marginDegrees must be zero or more, got -1.0");
        assertThat(italy.toString()).startsWith("CountryBounds[ITA: 37.91,6.6,47.09,18.52;");
    }

    /** On the real MMP export, only a handful of incidents fall outside their country: the swapped and flipped. */
    @Test
    @Tag("real-data")
    void realIncidents_fewFallOutsideTheirCountry() throws IOException {
        int located = 0;
        List<String> outside = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(RealData.file("iom-missing-migrants-project-data.csv"))) {
            for (NamedCsvRecord r : csv) {
                String name = r.getField("country_of_incident").replace("&#039;", "'").strip();
                String coordinates = r.getField("location_coodinates").strip();
                if (name.isEmpty() || coordinates.isEmpty()) {
                    continue;
                }
                var country = CountryCode.lookup(name);   // "Unknown" and the like are not countries
                GeoPoint point = GeoPoint.parse(coordinates);
                if (!country.isFound() || CountryBounds.find(country.value()).isEmpty()) {
                    continue;
                }
                located++;
                if (!CountryBounds.find(country.value()).orElseThrow().isNear(point)) {
                    outside.add(country.value() + " " + point);
                }
            }
        }
        assertThat(located).isGreaterThan(3_500);
        assertThat(outside).hasSizeLessThan(located / 100).contains("ITA 34.286215, -12.346598",
                "YEM 43.242697, 17.24950466");
    }
}
