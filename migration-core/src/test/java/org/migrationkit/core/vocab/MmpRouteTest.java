package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class MmpRouteTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(MmpRoute.class)
    void everyRoute_roundTripsThroughCodeAndLabel(MmpRoute route) {
        assertThat(MmpRoute.ofCode(route.code())).isSameAs(route);
        assertThat(MmpRoute.findByCode(route.code())).contains(route);
        assertThat(MmpRoute.lookup(route.code()).value()).isSameAs(route);
        assertThat(MmpRoute.lookup(route.label()).value()).isSameAs(route);
        assertThat(MmpRoute.lookup(route.code().toUpperCase(java.util.Locale.ROOT)).value()).isSameAs(route);
        assertThat(route).hasToString(route.code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Central America to US                     | US-Mexico border crossing
            Calais to United Kingdom                  | English Channel to the UK
            Western African                           | Western Africa / Atlantic route to the Canary Islands
            Horn Africa to Yemen                      | Eastern Route to/from EHOA
            Darien Gap                                | Darien
            From Haiti to Dajabon, Dominican Republic | Haiti to Dominican Republic
            Venezuela to Curaçao                      | Venezuela to Caribbean
            Venezuela to Curacao                      | Venezuela to Caribbean
            """)
    void legacyName_resolvesToCurrentRoute_andSaysItWasLegacy(String legacy, String current) {
        assertThat(MmpRoute.lookup(legacy).value()).isSameAs(MmpRoute.ofCode(current));
        assertThat(MmpRoute.isLegacyName(legacy)).isTrue();
        NameMatch<MmpRoute> match = MmpRoute.match(legacy);
        assertThat(match.value()).isSameAs(MmpRoute.ofCode(current));
        assertThat(match.isLegacyName()).isTrue();
        assertThat(match.alias()).isTrue();
        assertThat(match.issue()).isNull();
        assertThat(match.text()).isEqualTo(legacy);
    }

    @Test
    void mainlandEuropeToTheUk_isACurrentAliasOfTheChannelRoute() {
        NameMatch<MmpRoute> match = MmpRoute.match("Mainland Europe to the UK");
        assertThat(match.value()).isSameAs(MmpRoute.ENGLISH_CHANNEL_TO_THE_UK);
        assertThat(match.alias()).isTrue();
        assertThat(match.isLegacyName()).isFalse();
        assertThat(MmpRoute.isLegacyName("Mainland Europe to the UK")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Central Mediterranean", "Western Mediterranean", "Eastern Mediterranean",
            "Western Balkans", "Italy to France", "Caribbean to Central America", "Dominican Republic to Puerto Rico"})
    void legacyNameSameAsCurrent_isNotALegacyName(String name) {
        NameMatch<MmpRoute> match = MmpRoute.match(name);
        assertThat(match.value().code()).isEqualTo(name);
        assertThat(match.alias()).isFalse();
        assertThat(match.isLegacyName()).isFalse();
        assertThat(match.issue()).isNull();
    }

    @Test
    void malaysiaToIndonesia_isALegacyRouteWithoutCurrentEquivalent() {
        MmpRoute r = MmpRoute.lookup("Malaysia to Indonesia").value();
        assertThat(r).isSameAs(MmpRoute.MALAYSIA_TO_INDONESIA);
        assertThat(r.isLegacy()).isTrue();
        assertThat(r.current()).isEmpty();
        NameMatch<MmpRoute> match = MmpRoute.match("malaysia to indonesia");
        assertThat(match.issue()).isEqualTo(IssueCode.ROUTE_LEGACY);
        assertThat(match.issue().code()).isEqualTo("route.legacy");
        assertThat(MmpRoute.DARIEN.current()).contains(MmpRoute.DARIEN);
    }

    @Test
    void counts_matchTheSource() {
        assertThat(MmpRoute.currentNames()).hasSize(30).doesNotHaveDuplicates();
        assertThat(MmpRoute.currentRoutes()).hasSize(29);
        assertThat(Stream.of(MmpRoute.values()).filter(MmpRoute::isLegacy)).containsExactly(MmpRoute.MALAYSIA_TO_INDONESIA);
        assertThat(Stream.of(MmpRoute.values()).mapToLong(r -> r.legacyNames().size()).sum()).isEqualTo(7);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Central Mediteranean     | Central Mediterranean
            Afganistan to Iran       | Afghanistan to Iran
            Turkiye-Europe land rout | Türkiye-Europe land route
            Darien Gapp              | Darien
            """)
    void misspelling_missesWithSuggestion(String typo, String suggestion) {
        Lookup<MmpRoute> l = MmpRoute.lookup(typo);
        assertThat(l.isFound()).isFalse();
        assertThat(l.code()).isEqualTo(IssueCode.ROUTE_UNKNOWN);
        assertThat(l.code().code()).isEqualTo("route.unknown");
        assertThat(l.suggestion()).isEqualTo(suggestion);
        NameMatch<MmpRoute> match = MmpRoute.match(typo);
        assertThat(match.isFound()).isFalse();
        assertThat(match.issue()).isEqualTo(IssueCode.ROUTE_UNKNOWN);
        assertThat(match.suggestion()).isEqualTo(suggestion);
    }

    @Test
    void lookup_forgivesCaseAndSpacing() {
        assertThat(MmpRoute.lookup("  us mexico   border_crossing ").value()).isSameAs(MmpRoute.US_MEXICO_BORDER_CROSSING);
        assertThat(MmpRoute.lookup("turkiye-europe land route").value()).isSameAs(MmpRoute.TURKIYE_EUROPE_LAND_ROUTE);
    }

    @Test
    void ofCode_rejectsLegacyNameAndSuggestsCurrentCode() {
        assertThatThrownBy(() -> MmpRoute.ofCode("Darien Gap"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown Missing Migrants Project route \"Darien Gap\": use one of "
                        + "\"US-Mexico border crossing\", \"Afghanistan to Iran\",")
                .hasMessageEndingWith("\"Malaysia to Indonesia\". Did you mean \"Darien\"?")
                .satisfies(e -> {
                    assertThat(((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.ROUTE_UNKNOWN);
                    assertThat(((InvalidValueException) e).suggestion()).isEqualTo("Darien");
                });
    }

    @Test
    void ofCode_rejectsNull() {
        assertThatThrownBy(() -> MmpRoute.ofCode(null)).isInstanceOf(NullPointerException.class).hasMessage("code");
    }
}
