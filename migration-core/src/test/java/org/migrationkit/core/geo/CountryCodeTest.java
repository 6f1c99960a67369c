package org.migrationkit.core.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class CountryCodeTest {
    static Stream<CountryCode> countries() {
        return CountryCode.all().stream();
    }

    static Stream<CountryCode> isoCountries() {
        return countries().filter(CountryCode::isIso);
    }

    @Test
    void all_holds249IsoCountriesAndSevenOthers() {
        assertThat(CountryCode.all()).hasSize(256);
        assertThat(CountryCode.all().stream().filter(CountryCode::isIso)).hasSize(249);
        assertThat(CountryCode.all().stream().filter(c -> !c.isIso()).map(CountryCode::alpha3))
                .containsExactly("XKX", "XXA", "XXB", "XXC", "XXX", "UKN", "STA");
        assertThat(CountryCode.all().stream().map(CountryCode::alpha3).distinct()).hasSize(256);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countries")
    void parse_roundTripsTheCanonicalText(CountryCode c) {
        assertThat(CountryCode.parse(c.toString())).isSameAs(c);
        assertThat(CountryCode.of(c.alpha3().toLowerCase(Locale.ROOT))).isSameAs(c);
        assertThat(c.toString()).isEqualTo(c.alpha3()).matches("[A-Z]{3}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countries")
    void lookup_findsEveryCountryByEveryCodeAndName(CountryCode c) {
        assertThat(CountryCode.lookup(c.alpha3()).value()).isSameAs(c);
        assertThat(CountryCode.lookup(c.name()).value()).isSameAs(c);
        assertThat(CountryCode.lookup(c.name().toUpperCase(Locale.ROOT)).value()).isSameAs(c);
        assertThat(CountryCode.findByName(c.name())).containsSame(c);
        for (String alias : c.aliases()) {
            assertThat(CountryCode.lookup(alias).value()).as(alias).isSameAs(c);
            assertThat(CountryCode.findByName(alias)).as(alias).containsSame(c);
        }
        if (c.alpha2() != null) {
            assertThat(CountryCode.lookup(c.alpha2()).value()).isSameAs(c);
            assertThat(CountryCode.findByAlpha2(c.alpha2())).containsSame(c);
        }
        if (c.numeric() != null) {
            assertThat(CountryCode.lookup(String.format(Locale.ROOT, "%03d", c.numeric())).value()).isSameAs(c);
            assertThat(CountryCode.lookup(c.numeric().toString()).value()).isSameAs(c);
            assertThat(CountryCode.findByNumeric(c.numeric())).containsSame(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countries")
    void lookupBytes_agreesWithLookupText(CountryCode c) {
        for (String text : c.aliases().isEmpty() ? List.of(c.alpha3(), c.name())
                : List.of(c.alpha3(), c.name(), c.aliases().get(0))) {
            byte[] utf8 = ("|" + text + "|").getBytes(StandardCharsets.UTF_8);
            assertThat(CountryCode.lookup(utf8, 1, utf8.length - 2).value()).as(text).isSameAs(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("isoCountries")
    void isoCountries_haveEveryCodeAndAName(CountryCode c) {
        assertThat(c.alpha2()).matches("[A-Z]{2}");
        assertThat(c.numeric()).isBetween(1, 999);
        assertThat(c.name()).isNotBlank();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("countries")
    void regions_nestRegionSubRegionIntermediate(CountryCode c) {
        if (c.region() == null) {
            assertThat(c.subRegion()).isNull();
            assertThat(c.intermediateRegion()).isNull();
            return;
        }
        assertThat(c.region().level()).isEqualTo(Region.Level.REGION);
        assertThat(c.subRegion().level()).isEqualTo(Region.Level.SUB_REGION);
        assertThat(c.subRegion().parent()).isSameAs(c.region());
        if (c.intermediateRegion() != null) {
            assertThat(c.intermediateRegion().parent()).isSameAs(c.subRegion());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', textBlock = """
            Iran (Islamic Republic of);                              IRN
            Iran;                                                    IRN
            Türkiye;                                                 TUR
            Turkiye;                                                 TUR
            Turkey;                                                  TUR
            United Kingdom of Great Britain and Northern Ireland;    GBR
            United Kingdom;                                          GBR
            UK;                                                      GBR
            Côte d'Ivoire;                                           CIV
            Côte d’Ivoire;                                           CIV
            cote d'ivoire;                                           CIV
            Ivory Coast;                                             CIV
            Syrian Arab Republic;                                    SYR
            Syria;                                                   SYR
            Libya;                                                   LBY
            Democratic Republic of the Congo;                        COD
            Congo;                                                   COG
            United Republic of Tanzania;                             TZA
            Venezuela (Bolivarian Republic of);                      VEN
            Bolivia (Plurinational State of);                        BOL
            Republic of Korea;                                       KOR
            Democratic People's Republic of Korea;                   PRK
            Russian Federation;                                      RUS
            Viet Nam;                                                VNM
            Lao People's Democratic Republic;                        LAO
            Republic of Moldova;                                     MDA
            State of Palestine;                                      PSE
            Palestine;                                               PSE
            Czechia;                                                 CZE
            North Macedonia;                                         MKD
            Eswatini;                                                SWZ
            Cabo Verde;                                              CPV
            Netherlands (Kingdom of the);                            NLD
            Netherlands;                                             NLD
            United States of America;                                USA
            USA;                                                     USA
            Micronesia (Federated States of);                        FSM
            Kosovo;                                                  XKX
            Åland Islands;                                           ALA
            Curaçao;                                                 CUW
            '  Yemen ';                                              YEM
            yem;                                                     YEM
            ye;                                                      YEM
            887;                                                     YEM
            4;                                                       AFG
            DRC;                                                     COD
            """)
    void lookup_resolvesUnAndCommonNames(String text, String alpha3) {
        assertThat(CountryCode.lookup(text).value()).isSameAs(CountryCode.of(alpha3));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Germnay,        DEU
            Frnace,         FRA
            Itlay,          ITA
            Afganistan,     AFG
            Syrian Arab Repulic, SYR
            """)
    void lookup_suggestsTheClosestCountry(String typo, String suggestion) {
        Lookup<CountryCode> l = CountryCode.lookup(typo);
        assertThat(l.isFound()).isFalse();
        assertThat(l.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
        assertThat(l.suggestion()).isEqualTo(suggestion);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"QQQ", "XYZ", "QQ", "999", "0", "", " ", "Atlantis", "Unknown", "Mixed/Unknown", "1234", "12345678901234"})
    void lookup_missesWithoutSuggestion(String text) {
        Lookup<CountryCode> l = CountryCode.lookup(text);
        assertThat(l.isFound()).isFalse();
        assertThat(l.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
        assertThat(l.suggestion()).isNull();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(CountryCode.lookup(bytes, 0, bytes.length).isFound()).isFalse();
    }

    @Test
    void lookupBytes_returnsTheCachedHitForAThreeLetterCode() {
        byte[] line = "2019,syr ,TUR".getBytes(StandardCharsets.US_ASCII);
        Lookup<CountryCode> first = CountryCode.lookup(line, 5, 4);
        assertThat(first.value()).isSameAs(CountryCode.of("SYR"));
        assertThat(CountryCode.lookup(line, 5, 4)).isSameAs(first);
        assertThat(CountryCode.lookup(line, 10, 3).value()).isSameAs(CountryCode.of("TUR"));
        assertThat(CountryCode.lookup(line, 0, 3)).isSameAs(Lookup.miss(IssueCode.COUNTRY_UNKNOWN));
    }

    @Test
    void lookupBytes_rejectsARangeOutsideTheBuffer() {
        assertThatThrownBy(() -> CountryCode.lookup(new byte[3], 2, 2)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"XYZ", "SY", "SYRIA", "Sy r", "", "123"})
    void of_rejectsWhatIsNotAnAlpha3Code(String text) {
        assertThatThrownBy(() -> CountryCode.of(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.COUNTRY_UNKNOWN))
                .hasMessageStartingWith("Unknown country code \"" + text + "\": use an ISO 3166-1 alpha-3 code");
    }

    @Test
    void of_explainsWhatIsAccepted() {
        assertThatThrownBy(() -> CountryCode.of("XYZ"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.issueCode()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
                    assertThat(e.suggestion()).isNull();
                })
                .hasMessage("Unknown country code \"XYZ\": use an ISO 3166-1 alpha-3 code such as \"SYR\", "
                        + "or one of XKX, XXA, XXB, XXC, XXX, UKN, STA.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Germany, DEU
            DE,      DEU
            276,     DEU
            Germnay, DEU
            """)
    void of_suggestsTheCodeOfANameOrOtherCode(String text, String alpha3) {
        assertThatThrownBy(() -> CountryCode.of(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.suggestion()).isEqualTo(alpha3))
                .hasMessage("Unknown country code \"" + text + "\": use an ISO 3166-1 alpha-3 code such as \"SYR\", "
                        + "or one of XKX, XXA, XXB, XXC, XXX, UKN, STA. Did you mean \"" + alpha3 + "\"?");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            SYR, SY, 760, Syrian Arab Republic,  142, 145,
            AFG, AF,   4, Afghanistan,           142, 034,
            MEX, MX, 484, Mexico,                019, 419, 013
            COD, CD, 180, Democratic Republic of the Congo, 002, 202, 017
            USA, US, 840, United States of America, 019, 021,
            GBR, GB, 826, United Kingdom of Great Britain and Northern Ireland, 150, 154,
            TUR, TR, 792, Türkiye,               142, 145,
            FJI, FJ, 242, Fiji,                  009, 054,
            """)
    void accessors_giveTheTableRow(String alpha3, String alpha2, int numeric, String name, String region,
            String subRegion, String intermediate) {
        CountryCode c = CountryCode.of(alpha3);
        assertThat(c.alpha3()).isEqualTo(alpha3);
        assertThat(c.alpha2()).isEqualTo(alpha2);
        assertThat(c.numeric()).isEqualTo(numeric);
        assertThat(c.name()).isEqualTo(name);
        assertThat(c.isIso()).isTrue();
        assertThat(c.region()).hasToString(region);
        assertThat(c.subRegion()).hasToString(subRegion);
        assertThat(c.intermediateRegion() == null ? null : c.intermediateRegion().toString()).isEqualTo(intermediate);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            XKX, XK, Kosovo
            XXA,   , Stateless person (ICAO)
            XXB,   , Refugee under the 1951 Convention (ICAO)
            XXC,   , 'Refugee, other (ICAO)'
            XXX,   , Unspecified nationality (ICAO)
            UKN,   , Unknown origin (UNHCR)
            STA,   , Stateless (UNHCR)
            """)
    void nonIsoCodes_haveNoNumericCodeOrRegion(String alpha3, String alpha2, String name) {
        CountryCode c = CountryCode.of(alpha3);
        assertThat(c.isIso()).isFalse();
        assertThat(c.alpha2()).isEqualTo(alpha2);
        assertThat(c.numeric()).isNull();
        assertThat(c.name()).isEqualTo(name);
        assertThat(c.region()).isNull();
        assertThat(c.subRegion()).isNull();
        assertThat(c.intermediateRegion()).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"ATA", "TWN"})
    void areasM49DoesNotPlace_haveNoRegion(String alpha3) {
        CountryCode c = CountryCode.of(alpha3);
        assertThat(c.isIso()).isTrue();
        assertThat(c.region()).isNull();
    }

    @Test
    void find_returnsEmptyOnAMiss() {
        assertThat(CountryCode.findByAlpha2("UK")).as("an alias, not an alpha-2 code").isEmpty();
        assertThat(CountryCode.findByAlpha2("ZZ")).isEmpty();
        assertThat(CountryCode.findByAlpha2("GBR")).isEmpty();
        assertThat(CountryCode.findByNumeric(0)).isEmpty();
        assertThat(CountryCode.findByNumeric(1000)).isEmpty();
        assertThat(CountryCode.findByName("SYR")).as("a code, not a name").isEmpty();
        assertThat(CountryCode.findByName("Atlantis")).isEmpty();
    }

    @Test
    void names_areUniqueAcrossTheTable() {
        List<String> keys = CountryCode.all().stream()
                .flatMap(c -> Stream.concat(Stream.of(c.name()), c.aliases().stream()))
                .map(n -> org.migrationkit.core.internal.Names.key(n))
                .collect(Collectors.toList());
        assertThat(keys).doesNotHaveDuplicates();
    }
}
