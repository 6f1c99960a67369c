package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class AssessmentTypeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(AssessmentType.class)
    void everyType_roundTripsThroughCodeAndLabel(AssessmentType t) {
        assertThat(AssessmentType.ofCode(t.code())).isSameAs(t);
        assertThat(AssessmentType.findByCode(t.code())).contains(t);
        assertThat(AssessmentType.lookup(t.code()).value()).isSameAs(t);
        assertThat(AssessmentType.lookup(t.label()).value()).isSameAs(t);
        assertThat(AssessmentType.lookup(t.code().toLowerCase(java.util.Locale.ROOT)).value()).isSameAs(t);
        for (String alias : t.aliases()) {
            assertThat(AssessmentType.lookup(alias).value()).as(alias).isSameAs(t);
        }
        assertThat(t).hasToString(t.code());
        assertThat(t.code()).isEqualTo(t.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Baseline Assessment,               BA
            Event Tracking Tool,               ETT
            MSLA,                              SA
            Multi-Sectoral Location Assessment, SA
            """)
    void lookup_acceptsDtmNames(String text, AssessmentType expected) {
        assertThat(AssessmentType.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void unknownType_missesWithSuggestionAndOfCodeListsTheCodes() {
        assertThat(AssessmentType.lookup("ETTT").code()).isEqualTo(IssueCode.ASSESSMENT_TYPE_UNKNOWN);
        assertThat(AssessmentType.lookup("ETTT").suggestion()).isEqualTo("ETT");
        assertThat(AssessmentType.findByCode("ba")).as("codes are exact").isEmpty();
        assertThatThrownBy(() -> AssessmentType.ofCode("FMS")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown DTM assessment type \"FMS\": use one of \"BA\", \"ETT\", \"SA\".");
    }
}
