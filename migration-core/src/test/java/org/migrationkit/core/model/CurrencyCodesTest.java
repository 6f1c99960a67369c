package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class CurrencyCodesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            USD,    USD
            usd,    USD
            ' EUR ', EUR
            YER,    YER
            AFN,    AFN
            """)
    void lookup_findsIso4217Codes(String text, String code) {
        assertThat(CurrencyCodes.lookup(text).value()).isEqualTo(Currency.getInstance(code));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"XYZ", "US", "DOLLAR", "", "U$D"})
    void lookup_missesWithCurrencyUnknown_withoutThrowing(String text) {
        Lookup<Currency> l = CurrencyCodes.lookup(text);
        assertThat(l.isFound()).isFalse();
        assertThat(l.code()).isEqualTo(IssueCode.CURRENCY_UNKNOWN);
        assertThat(CurrencyCodes.findByCode(text)).isEmpty();
        assertThatThrownBy(() -> CurrencyCodes.ofCode(text)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown currency code \"" + text + "\": use an ISO 4217 alphabetic code such as USD, "
                        + "EUR or YER.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.CURRENCY_UNKNOWN);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"usd", " USD"})
    void ofCode_isExact(String text) {
        assertThat(CurrencyCodes.findByCode(text)).isEmpty();
        assertThat(CurrencyCodes.findByCode("USD")).contains(Currency.getInstance("USD"));
        assertThat(CurrencyCodes.ofCode("USD")).isEqualTo(Currency.getInstance("USD"));
    }
}
