package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class RemittanceChannelTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(RemittanceChannel.class)
    void everyConstant_roundTripsThroughCodeAndLabel(RemittanceChannel c) {
        assertThat(c.code()).matches("[a-z]+(_[a-z]+)*");
        assertThat(c).hasToString(c.code());
        assertThat(RemittanceChannel.ofCode(c.code())).isSameAs(c);
        assertThat(RemittanceChannel.findByCode(c.code())).contains(c);
        assertThat(RemittanceChannel.lookup(c.code()).value()).isSameAs(c);
        assertThat(RemittanceChannel.lookup(c.label()).value()).isSameAs(c);
        for (String alias : c.aliases()) {
            assertThat(RemittanceChannel.lookup(alias).value()).isSameAs(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            MTO                     , MONEY_TRANSFER_OPERATOR
            Mobile money            , MOBILE_MONEY
            hawala                  , INFORMAL
            Post office             , POST_OFFICE
            """)
    void lookup_acceptsOtherSpellings(String text, RemittanceChannel expected) {
        assertThat(RemittanceChannel.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void ofCode_listsTheCodes() {
        assertThat(RemittanceChannel.findByCode("crypto")).isEmpty();
        assertThatThrownBy(() -> RemittanceChannel.ofCode("crypto"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown remittance channel \"crypto\": use one of "
                        + "\"bank\", \"money_transfer_operator\", \"mobile_money\", \"post_office\", "
                        + "\"informal\".")
                .extracting(e -> ((InvalidValueException) e).issueCode())
                .isEqualTo(IssueCode.REMITTANCE_CHANNEL_UNKNOWN);
        assertThat(RemittanceChannel.lookup("crypto").isFound()).isFalse();
        assertThat(RemittanceChannel.lookup("crypto").code()).isEqualTo(IssueCode.REMITTANCE_CHANNEL_UNKNOWN);
    }
}
