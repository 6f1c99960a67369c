package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;

class RemittanceTest {
    private static List<Issue> issues(Remittance r) {
        return RecordRules.check(r, FastPathEquivalence.TODAY, IssueLocation.nowhere());
    }

    private static Remittance.Builder remittance(String amount, String cost) {
        return Remittance.builder().id(RemittanceId.of("r-1")).from(CountryCode.of("SAU")).to(CountryCode.of("YEM"))
                .amount(new BigDecimal(amount)).cost(new BigDecimal(cost)).currency("USD")
                .channel(RemittanceChannel.MONEY_TRANSFER_OPERATOR);
    }

    @Test
    void builder_setsEveryComponent() {
        Remittance r = remittance("200.00", "12.50").date(ReportedDate.ofMonth(2024, 2)).build();
        assertThat(r.id()).hasToString("r-1");
        assertThat(r.from()).hasToString("SAU");
        assertThat(r.to()).hasToString("YEM");
        assertThat(r.amount()).isEqualByComparingTo("200");
        assertThat(r.cost()).isEqualByComparingTo("12.5");
        assertThat(r.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(r.channel()).isEqualTo(RemittanceChannel.MONEY_TRANSFER_OPERATOR);
        assertThat(r.date()).hasToString("2024-02");
        assertThat(r.toBuilder().build()).isEqualTo(r);
        assertThat(remittance("1", "0").build().date()).isNull();
        assertThat(issues(r)).isEmpty();
        assertThat(FastPathEquivalence.beanValidation(r)).isEmpty();
    }

    // amount | cost | cost as % of amount (SDG 10.c.1), two decimals, half up
    @ParameterizedTest(name = "{1} of {0}")
    @CsvSource(textBlock = """
            200.00, 12.50, 6.25
            200,    6,     3.00
            300,    1,     0.33
            3,      2,     66.67
            100,    0,     0.00
            50,     50,    100.00
            """)
    void costPercent_isCostOverAmountInPercent(String amount, String cost, String percent) {
        BigDecimal p = remittance(amount, cost).build().costPercent();
        assertThat(p).isEqualTo(new BigDecimal(percent));
        assertThat(p.scale()).isEqualTo(Remittance.COST_PERCENT_SCALE);
    }

    @ParameterizedTest(name = "cost {1} of {0}")
    @CsvSource(textBlock = """
            100,    100.01, true
            100,    100.00, false
            100.0,  150,    true
            0.01,   0,      false
            """)
    void costAboveAmount_isAnErrorOnCost(String amount, String cost, boolean expected) {
        Remittance r = remittance(amount, cost).build();
        if (expected) {
            assertThat(issues(r)).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(IssueCode.REMITTANCE_COST_EXCEEDS_AMOUNT);
                assertThat(issue.severity()).isEqualTo(Severity.ERROR);
                assertThat(issue.location().field()).isEqualTo("cost");
                assertThat(issue.value()).isEqualTo(cost);
                assertThat(issue.message()).isEqualTo("the cost of the transfer exceeds the amount sent");
            });
        } else {
            assertThat(issues(r)).isEmpty();
        }
        assertThat(FastPathEquivalence.beanValidation(r)).isEqualTo(FastPathEquivalence.fastPath(r));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026-11-23, false
            2026-11-24, true
            2026,       false
            2028,       true
            """)
    void date_inTheFutureIsAnErrorOnDate(String date, boolean future) {
        Remittance r = remittance("100", "5").date(ReportedDate.parse(date)).build();
        if (future) {
            assertThat(issues(r)).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(IssueCode.DATE_IN_FUTURE);
                assertThat(issue.location().field()).isEqualTo("date");
                assertThat(issue.value()).isEqualTo(date);
                assertThat(issue.message()).isEqualTo("is after today: check the year and the day/month order");
            });
        } else {
            assertThat(issues(r)).isEmpty();
        }
    }

    @Test
    void beanValidation_reportsOnTheSameFields() {
        Remittance r = remittance("10", "11").date(ReportedDate.ofYear(2030)).build();
        assertThat(FastPathEquivalence.validator().validate(r))
                .extracting(v -> v.getPropertyPath().toString() + " " + v.getMessageTemplate())
                .containsExactlyInAnyOrder("cost {org.migrationkit.remittance.cost-exceeds-amount}",
                        "date {org.migrationkit.date.in-future}");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "0.00", "-5"})
    void amountNotAboveZero_isRejected(String amount) {
        assertThatThrownBy(() -> remittance(amount, "0").build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("Remittance amount " + amount + " is not above zero: the amount sent is a positive number.")
                .extracting(e -> ((InvalidValueException) e).issueCode())
                .isEqualTo(IssueCode.REMITTANCE_AMOUNT_NOT_POSITIVE);
    }

    @Test
    void negativeCost_isRejected() {
        assertThatThrownBy(() -> remittance("100", "-0.50").build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("Remittance cost -0.50 is negative: the cost of sending is zero or more.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.REMITTANCE_COST_NEGATIVE);
    }

    @Test
    void unknownCurrency_isRejectedThroughTheLookup() {
        assertThatThrownBy(() -> remittance("100", "1").currency("XYZ")).isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown currency code \"XYZ\": use an ISO 4217 alphabetic code such as USD, EUR or YER.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.CURRENCY_UNKNOWN);
    }

    @Test
    void requiredParts_areNamed() {
        assertThatNullPointerException().isThrownBy(() -> Remittance.builder().build()).withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> Remittance.builder().id(RemittanceId.of("r")).from(CountryCode.of("SAU")).build())
                .withMessage("to");
        assertThatNullPointerException().isThrownBy(() -> remittance("1", "0").channel(null)).withMessage("channel");
    }
}
