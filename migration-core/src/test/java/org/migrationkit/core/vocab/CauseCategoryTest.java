package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.migrationkit.core.vocab.CauseCategory.ACCIDENTAL_DEATH;
import static org.migrationkit.core.vocab.CauseCategory.DROWNING;
import static org.migrationkit.core.vocab.CauseCategory.HARSH_ENVIRONMENTAL_CONDITIONS;
import static org.migrationkit.core.vocab.CauseCategory.MIXED_OR_UNKNOWN;
import static org.migrationkit.core.vocab.CauseCategory.SICKNESS;
import static org.migrationkit.core.vocab.CauseCategory.VEHICLE_ACCIDENT;
import static org.migrationkit.core.vocab.CauseCategory.VIOLENCE;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class CauseCategoryTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(CauseCategory.class)
    void everyCategory_roundTripsThroughCodeAndLabel(CauseCategory c) {
        assertThat(CauseCategory.ofCode(c.code())).isSameAs(c);
        assertThat(CauseCategory.findByCode(c.code())).contains(c);
        assertThat(CauseCategory.lookup(c.code()).value()).isSameAs(c);
        assertThat(CauseCategory.lookup(c.label()).value()).isSameAs(c);
        assertThat(CauseCategory.parseList(c.code())).containsExactly(c);
    }

    @Test
    void count_isSeven() {
        assertThat(CauseCategory.values()).hasSize(7);
    }

    static Stream<Arguments> lists() {
        return Stream.of(
                Arguments.of("Drowning,Mixed or unknown", List.of(DROWNING, MIXED_OR_UNKNOWN)),
                Arguments.of("Harsh environmental conditions / lack of adequate shelter, food, water,Violence",
                        List.of(HARSH_ENVIRONMENTAL_CONDITIONS, VIOLENCE)),
                Arguments.of("Violence, Harsh environmental conditions / lack of adequate shelter, food, water",
                        List.of(VIOLENCE, HARSH_ENVIRONMENTAL_CONDITIONS)),
                Arguments.of("Harsh environmental conditions/lack of adequate shelter,food,water",
                        List.of(HARSH_ENVIRONMENTAL_CONDITIONS)),
                Arguments.of("Vehicle accident / death linked to hazardous transport,Sickness / lack of access to "
                        + "adequate healthcare,Accidental death", List.of(VEHICLE_ACCIDENT, SICKNESS, ACCIDENTAL_DEATH)),
                Arguments.of("drowning, DROWNING", List.of(DROWNING)),
                Arguments.of("Drowning,", List.of(DROWNING)),
                Arguments.of("  ", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("lists")
    void parseList_splitsOnlyOnKnownCategories(String text, List<CauseCategory> expected) {
        assertThat(CauseCategory.parseList(text)).isEqualTo(expected);
        assertThat(CauseCategory.lookupList(text).value()).isEqualTo(expected);
    }

    @Test
    void parseList_namesTheUnknownPiece() {
        Lookup<List<CauseCategory>> l = CauseCategory.lookupList("Drowning,Drownnig");
        assertThat(l.code()).isEqualTo(IssueCode.CAUSE_UNKNOWN);
        assertThat(l.suggestion()).isEqualTo("Drowning");
        assertThatThrownBy(() -> CauseCategory.parseList("Drowning,Shot"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown Missing Migrants Project cause of death category \"Shot\" in \"Drowning,Shot\": "
                        + "use one or more of \"Drowning\", \"Vehicle accident / death linked to hazardous transport\", "
                        + "\"Harsh environmental conditions / lack of adequate shelter, food, water\", "
                        + "\"Sickness / lack of access to adequate healthcare\", \"Violence\", \"Accidental death\", "
                        + "\"Mixed or unknown\", joined by commas.")
                .extracting(e -> ((InvalidValueException) e).issueCode().code()).isEqualTo("cause.unknown");
    }

    @Test
    void parseList_rejectsAPartialCategory() {
        assertThat(CauseCategory.lookupList("Harsh environmental conditions / lack of adequate shelter, food")
                .isFound()).isFalse();
    }

    @Test
    void lookup_missesWithSuggestion() {
        Lookup<CauseCategory> l = CauseCategory.lookup("Violense");
        assertThat(l.code()).isEqualTo(IssueCode.CAUSE_UNKNOWN);
        assertThat(l.suggestion()).isEqualTo("Violence");
    }
}
