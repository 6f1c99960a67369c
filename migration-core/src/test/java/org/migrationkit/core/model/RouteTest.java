package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;

class RouteTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(MmpRoute.class)
    void of_hasAnEntryForEveryRoute(MmpRoute name) {
        Route route = Route.of(name);
        assertThat(route.name()).isSameAs(name);
        assertThat(route.usualCountries()).doesNotHaveDuplicates();
        assertThat(route).isSameAs(Route.of(name));
        if (route.region() == null) {
            assertThat(route.usualCountries()).isEmpty();
        } else {
            assertThat(route.usualCountries()).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Eastern Route to/from EHOA                            | EASTERN_AFRICA     | ETH DJI SOM YEM SAU
            Central Mediterranean                                 | MEDITERRANEAN      | NGA NER LBY TUN ITA MLT
            Western Mediterranean                                 | MEDITERRANEAN      | MAR DZA ESP
            Eastern Mediterranean                                 | MEDITERRANEAN      | SYR AFG TUR GRC CYP
            Afghanistan to Iran                                   | SOUTHERN_ASIA      | AFG IRN
            US-Mexico border crossing                             | NORTH_AMERICA      | GTM HND SLV MEX USA
            Darien                                                | CENTRAL_AMERICA    | COL PAN
            Western Africa / Atlantic route to the Canary Islands | NORTHERN_AFRICA    | SEN GMB MRT ESH MAR CPV ESP
            Sahara Desert crossing                                | NORTHERN_AFRICA    | NER MLI TCD SDN LBY DZA
            English Channel to the UK                             | EUROPE             | FRA GBR
            Western Balkans                                       | EUROPE             | GRC BGR MKD ALB SRB BIH HRV HUN
            Malaysia to Indonesia                                 | SOUTH_EASTERN_ASIA | MYS IDN
            """)
    void of_givesTheMainRoutesTheirRegionAndUsualCountries(String name, MmpRegion region, String countries) {
        Route route = Route.of(MmpRoute.ofCode(name));
        assertThat(route.region()).isSameAs(region);
        assertThat(route.usualCountries()).extracting(CountryCode::alpha3).containsExactly(countries.split(" "));
    }

    @Test
    void of_resolvesLegacyNamesThroughTheVocabulary() {
        assertThat(Route.of(MmpRoute.lookup("Darien Gap").value()).usualCountries())
                .containsExactly(CountryCode.of("COL"), CountryCode.of("PAN"));
    }

    @Test
    void routesMmpDoesNotDescribe_haveNoRegionAndNoCountries() {
        assertThat(Route.of(MmpRoute.HORN_OF_AFRICA_ROUTE)).isEqualTo(new Route(MmpRoute.HORN_OF_AFRICA_ROUTE, null,
                List.of()));
        assertThat(Route.of(MmpRoute.CARIBBEAN_TO_CENTRAL_AMERICA).region()).isNull();
    }

    @Test
    void includes_testsTheUsualCountries() {
        Route darien = Route.of(MmpRoute.DARIEN);
        assertThat(darien.includes(CountryCode.of("PAN"))).isTrue();
        assertThat(darien.includes(CountryCode.of("USA"))).isFalse();
    }

    @Test
    void catalogue_listsEveryRouteInDeclarationOrder() {
        assertThat(Route.catalogue()).extracting(Route::name).containsExactly(MmpRoute.values());
        assertThatThrownBy(() -> Route.catalogue().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_copiesTheCountries() {
        List<CountryCode> countries = new ArrayList<>(List.of(CountryCode.of("ITA"), CountryCode.of("FRA")));
        Route route = new Route(MmpRoute.ITALY_TO_FRANCE, MmpRegion.EUROPE, countries);
        countries.clear();
        assertThat(route.usualCountries()).hasSize(2);
        assertThat(route).isEqualTo(Route.of(MmpRoute.ITALY_TO_FRANCE));
        assertThatThrownBy(() -> route.usualCountries().add(CountryCode.of("ESP")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_rejectsNulls() {
        assertThatNullPointerException().isThrownBy(() -> new Route(null, null, List.of())).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> new Route(MmpRoute.DARIEN, null, null));
        assertThatNullPointerException().isThrownBy(() -> Route.of(null)).withMessage("name");
    }
}
