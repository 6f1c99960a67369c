package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class JourneyPurposeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(JourneyPurpose.class)
    void everyPurpose_roundTripsThroughCodeAndLabel(JourneyPurpose p) {
        assertThat(JourneyPurpose.ofCode(p.code())).isSameAs(p);
        assertThat(JourneyPurpose.findByCode(p.code())).contains(p);
        assertThat(JourneyPurpose.lookup(p.code()).value()).isSameAs(p);
        assertThat(JourneyPurpose.lookup(p.label()).value()).isSameAs(p);
        assertThat(p).hasToString(p.code());
        assertThat(p.code()).matches("[a-z]+(_[a-z]+)*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            labor,                LABOUR
            Work,                 LABOUR
            family reunification, FAMILY
            Seeking asylum,       ASYLUM
            """)
    void lookup_acceptsAliases(String text, JourneyPurpose expected) {
        assertThat(JourneyPurpose.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void unknownPurpose_missesWithSuggestionAndOfCodeListsTheCodes() {
        assertThat(JourneyPurpose.lookup("retrun").code()).isEqualTo(IssueCode.JOURNEY_PURPOSE_UNKNOWN);
        assertThat(JourneyPurpose.lookup("retrun").suggestion()).isEqualTo("return");
        assertThatThrownBy(() -> JourneyPurpose.ofCode("tourism")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown journey purpose \"tourism\": use one of \"migration\", \"return\", \"asylum\", "
                        + "\"labour\", \"family\", \"education\", \"transit\", \"other\".");
    }
}
