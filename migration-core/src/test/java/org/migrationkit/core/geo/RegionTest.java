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

class RegionTest {
    static Stream<Region> regions() {
        return Region.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void everyRegion_roundTripsThroughCodeAndName(Region r) {
        assertThat(Region.parse(r.toString())).isSameAs(r);
        assertThat(Region.of(r.code())).isSameAs(r);
        assertThat(Region.findByCode(r.code())).containsSame(r);
        assertThat(Region.lookup(r.codeText()).value()).isSameAs(r);
        assertThat(Region.lookup(Integer.toString(r.code())).value()).isSameAs(r);
        assertThat(Region.lookup(r.name()).value()).isSameAs(r);
        assertThat(r.codeText()).matches("[0-9]{3}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("regions")
    void everyRegion_sitsOneLevelBelowItsParent(Region r) {
        if (r.parent() == null) {
            assertThat(r.level()).isEqualTo(Region.Level.REGION);
        } else {
            assertThat(r.level().ordinal()).isEqualTo(r.parent().level().ordinal() + 1);
            assertThat(r.isWithin(r.parent())).isTrue();
            assertThat(r.parent().isWithin(r)).isFalse();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            002, Africa,                           REGION,              ,
            019, Americas,                         REGION,              ,
            142, Asia,                             REGION,              ,
            150, Europe,                           REGION,              ,
            009, Oceania,                          REGION,              ,
            015, Northern Africa,                  SUB_REGION,          002
            202, Sub-Saharan Africa,               SUB_REGION,          002
            021, Northern America,                 SUB_REGION,          019
            419, Latin America and the Caribbean,  SUB_REGION,          019
            030, Eastern Asia,                     SUB_REGION,          142
            034, Southern Asia,                    SUB_REGION,          142
            035, South-eastern Asia,               SUB_REGION,          142
            143, Central Asia,                     SUB_REGION,          142
            145, Western Asia,                     SUB_REGION,          142
            039, Southern Europe,                  SUB_REGION,          150
            151, Eastern Europe,                   SUB_REGION,          150
            154, Northern Europe,                  SUB_REGION,          150
            155, Western Europe,                   SUB_REGION,          150
            053, Australia and New Zealand,        SUB_REGION,          009
            054, Melanesia,                        SUB_REGION,          009
            057, Micronesia,                       SUB_REGION,          009
            061, Polynesia,                        SUB_REGION,          009
            011, Western Africa,                   INTERMEDIATE_REGION, 202
            014, Eastern Africa,                   INTERMEDIATE_REGION, 202
            017, Middle Africa,                    INTERMEDIATE_REGION, 202
            018, Southern Africa,                  INTERMEDIATE_REGION, 202
            005, South America,                    INTERMEDIATE_REGION, 419
            013, Central America,                  INTERMEDIATE_REGION, 419
            029, Caribbean,                        INTERMEDIATE_REGION, 419
            """)
    void table_holdsTheUnsdNamesAndHierarchy(String code, String name, Region.Level level, String parent) {
        Region r = Region.parse(code);
        assertThat(r.name()).isEqualTo(name);
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.parent() == null ? null : r.parent().codeText()).isEqualTo(parent);
    }

    @Test
    void all_holdsEveryRegionOfTheTableOnce() {
        assertThat(Region.all()).hasSize(29).doesNotHaveDuplicates();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Central Africa,       017
            South Asia,           034
            south-eastern asia,   035
            SOUTH EASTERN ASIA,   035
            ' Western Asia ',     145
            2,                    002
            """)
    void lookup_acceptsLegacyMmpSpellingsAndLooseText(String text, String code) {
        assertThat(Region.lookup(text).value()).isSameAs(Region.parse(code));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Uncategorized", "Mediterranean", "", "999", "1000", "World"})
    void lookup_missesWhatIsNotAnM49Region(String text) {
        Lookup<Region> l = Region.lookup(text);
        assertThat(l.isFound()).isFalse();
        assertThat(l.code()).isEqualTo(IssueCode.REGION_UNKNOWN);
    }

    @Test
    void lookup_suggestsTheCodeOfACloseName() {
        assertThat(Region.lookup("Westren Africa").suggestion()).isEqualTo("011");
    }

    @Test
    void of_rejectsAnUnknownCode() {
        assertThatThrownBy(() -> Region.of(999))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.REGION_UNKNOWN))
                .hasMessage("Unknown M49 region \"999\": use the three-digit code of a UN M49 region, sub-region or "
                        + "intermediate region, such as \"145\" for Western Asia.");
        assertThatThrownBy(() -> Region.of(-1)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void parse_takesOnlyTheCodeAndSuggestsItForAName() {
        assertThatThrownBy(() -> Region.parse("Africa"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.issueCode()).isEqualTo(IssueCode.REGION_UNKNOWN);
                    assertThat(e.suggestion()).isEqualTo("002");
                })
                .hasMessage("Unknown M49 region \"Africa\": use the three-digit code of a UN M49 region, sub-region "
                        + "or intermediate region, such as \"145\" for Western Asia; did you mean \"002\"?");
    }

    @Test
    void findByCode_returnsEmptyOnAMiss() {
        assertThat(Region.findByCode(1)).isEmpty();
        assertThat(Region.findByCode(-5)).isEmpty();
    }
}
