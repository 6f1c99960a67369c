package org.migrationkit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class PeriodTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2023-01/2023-06,       2023-01-01, 2023-06-30, 181
            2023-01-15/2023-02-14, 2023-01-15, 2023-02-14, 31
            2023,                  2023-01-01, 2023-12-31, 365
            2024-02,               2024-02-01, 2024-02-29, 29
            2023-05/2023-05-10,    2023-05-01, 2023-05-10, 10
            2022/2023-03,          2022-01-01, 2023-03-31, 455
            """)
    void parse_roundTripsAndKnowsItsDays(String text, LocalDate first, LocalDate last, long days) {
        Period p = Period.parse(text);
        assertThat(p).hasToString(text);
        assertThat(Period.parse(p.toString())).isEqualTo(p).hasSameHashCodeAs(p);
        assertThat(p.firstDay()).isEqualTo(first);
        assertThat(p.lastDay()).isEqualTo(last);
        assertThat(p.lengthInDays()).isEqualTo(days);
        assertThat(p.contains(first)).isTrue();
        assertThat(p.contains(last)).isTrue();
        assertThat(p.contains(first.minusDays(1))).isFalse();
        assertThat(p.contains(last.plusDays(1))).isFalse();
    }

    @Test
    void factories_matchTheirText() {
        assertThat(Period.ofYear(2023)).hasToString("2023").isEqualTo(Period.parse("2023"));
        assertThat(Period.ofMonth(2023, 5)).hasToString("2023-05").isEqualTo(Period.ofMonth(YearMonth.of(2023, 5)));
        assertThat(Period.of(LocalDate.of(2023, 1, 15), LocalDate.of(2023, 2, 14))).hasToString("2023-01-15/2023-02-14");
        Period h1 = Period.of(ReportedDate.ofMonth(2023, 1), ReportedDate.ofMonth(2023, 6));
        assertThat(h1.start()).isEqualTo(ReportedDate.ofMonth(2023, 1));
        assertThat(h1.end()).isEqualTo(ReportedDate.ofMonth(2023, 6));
        // Same days, different bounds as written: equality follows the text.
        assertThat(Period.parse("2023-01/2023-12")).isNotEqualTo(Period.ofYear(2023));
    }

    @Test
    void containsAndOverlaps_workOnDays() {
        Period h1 = Period.parse("2023-01/2023-06");
        assertThat(h1.contains(ReportedDate.ofMonth(2023, 6))).isTrue();
        assertThat(h1.contains(ReportedDate.ofYear(2023))).isFalse();
        assertThat(h1.overlaps(Period.parse("2023-06-30/2023-07"))).isTrue();
        assertThat(h1.overlaps(Period.parse("2023-07/2023-12"))).isFalse();
        assertThat(Period.parse("2023-07/2023-12").overlaps(h1)).isFalse();
    }

    @Test
    void of_rejectsEndBeforeStart() {
        assertThatThrownBy(() -> Period.of(ReportedDate.ofMonth(2023, 6), ReportedDate.of(2023, 5, 31)))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.DATE_PERIOD_REVERSED))
                .hasMessage("Period end 2023-05-31 is before its start 2023-06: a period ends on or after the day "
                        + "it starts.");
        assertThat(Period.of(ReportedDate.ofMonth(2023, 6), ReportedDate.of(2023, 6, 1)).lengthInDays()).isEqualTo(1);
    }

    @Test
    void parse_rejectsReversedPeriod() {
        assertThat(Period.lookup("2023-06/2023-01").code()).isEqualTo(IssueCode.DATE_PERIOD_REVERSED);
        assertThatThrownBy(() -> Period.parse("2023-06/2023-01"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.DATE_PERIOD_REVERSED))
                .hasMessage("Period \"2023-06/2023-01\" ends before it starts: a period ends on or after the day it "
                        + "starts.");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "/", "2023/", "/2023", "2023/2024/2025", "2023-01--2023-06", "2023-02-30/2023-03",
        "2023-01 / 2023-06"})
    void parse_rejectsMalformedText(String text) {
        assertThat(Period.lookup(text).code()).isEqualTo(IssueCode.DATE_UNPARSEABLE);
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.DATE_UNPARSEABLE))
                .hasMessage("Period \"" + text + "\" is not a period: write start/end such as 2023-01/2023-06 or "
                        + "2023-01-15/2023-02-14, or one date such as 2023.");
    }
}
