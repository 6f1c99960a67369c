package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class JourneyStatusTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(JourneyStatus.class)
    void everyStatus_roundTripsThroughCodeAndLabel(JourneyStatus s) {
        assertThat(JourneyStatus.ofCode(s.code())).isSameAs(s);
        assertThat(JourneyStatus.findByCode(s.code())).contains(s);
        assertThat(JourneyStatus.lookup(s.code()).value()).isSameAs(s);
        assertThat(JourneyStatus.lookup(s.label()).value()).isSameAs(s);
        assertThat(s).hasToString(s.code());
        assertThat(s.code()).matches("[a-z]+(_[a-z]+)*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            In progress, IN_PROGRESS
            ongoing,     IN_PROGRESS
            arrived,     COMPLETED
            stranded,    INTERRUPTED
            """)
    void lookup_acceptsAliases(String text, JourneyStatus expected) {
        assertThat(JourneyStatus.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void unknownStatus_missesWithSuggestionAndOfCodeListsTheCodes() {
        assertThat(JourneyStatus.lookup("complted").code()).isEqualTo(IssueCode.JOURNEY_STATUS_UNKNOWN);
        assertThat(JourneyStatus.lookup("complted").suggestion()).isEqualTo("completed");
        assertThatThrownBy(() -> JourneyStatus.ofCode("done")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown journey status \"done\": use one of \"planned\", \"in_progress\", \"completed\", "
                        + "\"interrupted\".");
    }
}
