package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class AssistanceStatusTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(AssistanceStatus.class)
    void everyConstant_roundTripsThroughCodeAndLabel(AssistanceStatus c) {
        assertThat(c.code()).matches("[a-z]+(_[a-z]+)*");
        assertThat(c).hasToString(c.code());
        assertThat(AssistanceStatus.ofCode(c.code())).isSameAs(c);
        assertThat(AssistanceStatus.findByCode(c.code())).contains(c);
        assertThat(AssistanceStatus.lookup(c.code()).value()).isSameAs(c);
        assertThat(AssistanceStatus.lookup(c.label()).value()).isSameAs(c);
        for (String alias : c.aliases()) {
            assertThat(AssistanceStatus.lookup(alias).value()).isSameAs(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            pending                 , REFERRED
            done                    , COMPLETED
            revoked                 , CANCELLED
            Implemented             , DELIVERED
            canceled                , CANCELLED
            """)
    void lookup_acceptsOtherSpellings(String text, AssistanceStatus expected) {
        assertThat(AssistanceStatus.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void ofCode_listsTheCodes() {
        assertThat(AssistanceStatus.findByCode("lost")).isEmpty();
        assertThatThrownBy(() -> AssistanceStatus.ofCode("lost"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown assistance status \"lost\": use one of "
                        + "\"planned\", \"delivered\", \"referred\", \"accepted\", \"rejected\", "
                        + "\"completed\", \"cancelled\".")
                .extracting(e -> ((InvalidValueException) e).issueCode())
                .isEqualTo(IssueCode.ASSISTANCE_STATUS_UNKNOWN);
        assertThat(AssistanceStatus.lookup("lost").isFound()).isFalse();
        assertThat(AssistanceStatus.lookup("lost").code()).isEqualTo(IssueCode.ASSISTANCE_STATUS_UNKNOWN);
    }
}
