package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class MmpRegionTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(MmpRegion.class)
    void everyRegion_roundTripsThroughCodeAndLabel(MmpRegion region) {
        assertThat(MmpRegion.ofCode(region.code())).isSameAs(region);
        assertThat(MmpRegion.findByCode(region.code())).contains(region);
        assertThat(MmpRegion.lookup(region.code()).value()).isSameAs(region);
        assertThat(MmpRegion.lookup(region.label()).value()).isSameAs(region);
        assertThat(region).hasToString(region.code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            North Africa   | Northern Africa
            South Asia     | Southern Asia
            Southeast Asia | South-eastern Asia
            East Asia      | Eastern Asia
            """)
    void renamedLegacyRegion_resolvesToCurrentRegion(String legacy, String current) {
        assertThat(MmpRegion.lookup(legacy).value()).isSameAs(MmpRegion.ofCode(current));
        assertThat(MmpRegion.isLegacyName(legacy)).isTrue();
        NameMatch<MmpRegion> match = MmpRegion.match(legacy);
        assertThat(match.isLegacyName()).isTrue();
        assertThat(match.issue()).isNull();
        assertThat(MmpRegion.ofCode(current).legacyName()).contains(legacy);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            US-Mexico Border   | North America, Central America
            Sub-Saharan Africa | Western Africa, Eastern Africa, Middle Africa, Southern Africa
            Horn of Africa     | Eastern Africa, Western Asia, Northern Africa
            Middle East        | Western Asia, Northern Africa, Southern Asia
            """)
    void straddlingLegacyRegion_isItsOwnConstantWithCandidates(String legacy, String candidates) {
        MmpRegion r = MmpRegion.lookup(legacy).value();
        assertThat(r.isLegacy()).isTrue();
        assertThat(r.current()).isEmpty();
        assertThat(String.join(", ", r.candidates().stream().map(MmpRegion::code).toList())).isEqualTo(candidates);
        NameMatch<MmpRegion> match = MmpRegion.match(legacy);
        assertThat(match.issue()).isEqualTo(IssueCode.REGION_LEGACY);
        assertThat(match.issue().code()).isEqualTo("region.legacy");
    }

    @Test
    void counts_matchTheSource() {
        assertThat(MmpRegion.currentRegions()).hasSize(17).contains(MmpRegion.OCEANIA);
        assertThat(MmpRegion.values()).hasSize(21);
        assertThat(MmpRegion.EUROPE.candidates()).isEmpty();
    }

    @Test
    void unknownRegion_missesWithSuggestion() {
        Lookup<MmpRegion> l = MmpRegion.lookup("Mediteranean");
        assertThat(l.code()).isEqualTo(IssueCode.REGION_UNKNOWN);
        assertThat(l.suggestion()).isEqualTo("Mediterranean");
        assertThat(MmpRegion.match("Atlantis").issue()).isEqualTo(IssueCode.REGION_UNKNOWN);
    }

    @Test
    void ofCode_messageListsRegions() {
        assertThatThrownBy(() -> MmpRegion.ofCode("North Africa"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown Missing Migrants Project region \"North Africa\": use one of \"Southern Asia\", "
                        + "\"North America\", \"Mediterranean\", \"Northern Africa\", \"Central America\", "
                        + "\"Western Africa\", \"Europe\", \"Eastern Africa\", \"Western Asia\", \"South-eastern Asia\", "
                        + "\"South America\", \"Caribbean\", \"Middle Africa\", \"Eastern Asia\", \"Southern Africa\", "
                        + "\"Central Asia\", \"Oceania\", \"US-Mexico Border\", \"Sub-Saharan Africa\", "
                        + "\"Horn of Africa\", \"Middle East\". Did you mean \"Northern Africa\"?");
    }
}
