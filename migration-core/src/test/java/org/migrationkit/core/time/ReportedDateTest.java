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

class ReportedDateTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2023-05-17, DAY,   2023-05-17, 2023-05-17
            2023-05,    MONTH, 2023-05-01, 2023-05-31
            2024-02,    MONTH, 2024-02-01, 2024-02-29
            2023-02,    MONTH, 2023-02-01, 2023-02-28
            2023,       YEAR,  2023-01-01, 2023-12-31
            0001,       YEAR,  0001-01-01, 0001-12-31
            9999-12-31, DAY,   9999-12-31, 9999-12-31
            """)
    void parse_roundTripsAndKnowsItsDays(String text, DatePrecision precision, LocalDate first, LocalDate last) {
        ReportedDate d = ReportedDate.parse(text);
        assertThat(d).hasToString(text);
        assertThat(ReportedDate.parse(d.toString())).isEqualTo(d).hasSameHashCodeAs(d);
        assertThat(d.precision()).isEqualTo(precision);
        assertThat(d.year()).isEqualTo(first.getYear());
        assertThat(d.firstDay()).isEqualTo(first);
        assertThat(d.lastDay()).isEqualTo(last);
        assertThat(d.toPeriod()).hasToString(text);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "2023-5", "2023-02-29", "23", "2023-05-17 ", "May 2023", "2023-W20", "0000"})
    void parse_rejectsNonCanonicalText(String text) {
        assertThat(ReportedDate.lookup(text).code()).isEqualTo(IssueCode.DATE_UNPARSEABLE);
        assertThatThrownBy(() -> ReportedDate.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.DATE_UNPARSEABLE))
                .hasMessage("Reported date \"" + text + "\" is not a real date in canonical form: write 2023-05-17 "
                        + "(day), 2023-05 (month) or 2023 (year).");
    }

    @Test
    void factories_buildEachPrecision() {
        assertThat(ReportedDate.of(2023, 5, 17)).isEqualTo(ReportedDate.ofDay(LocalDate.of(2023, 5, 17)));
        assertThat(ReportedDate.ofMonth(2023, 5)).isEqualTo(ReportedDate.ofMonth(YearMonth.of(2023, 5)))
                .hasToString("2023-05");
        assertThat(ReportedDate.ofYear(2023)).hasToString("2023");
        assertThat(ReportedDate.ofMonth(2023, 5)).isNotEqualTo(ReportedDate.of(2023, 5, 1));
    }

    @ParameterizedTest(name = "{0}-{1}-{2}")
    @CsvSource({"2023, 2, 29", "2023, 4, 31", "2023, 0, 1", "0, 1, 1", "10000, 1, 1"})
    void of_rejectsDaysThatDoNotExist(int y, int m, int d) {
        assertThatThrownBy(() -> ReportedDate.of(y, m, d))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.DATE_UNPARSEABLE))
                .hasMessage("Year " + y + ", month " + m + ", day " + d + " is not a real day: years run from 1 to "
                        + "9999, months from 1 to 12, and days up to the month's length (February 29 only in leap "
                        + "years).");
    }

    @Test
    void ofMonthAndYear_rejectOutOfRange() {
        assertThatThrownBy(() -> ReportedDate.ofMonth(2023, 13))
                .hasMessage("Month 13 is not a month: months run from 1 to 12.");
        assertThatThrownBy(() -> ReportedDate.ofYear(0))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.DATE_UNPARSEABLE))
                .hasMessage("Year 0 is out of range: years run from 1 to 9999.");
        assertThatThrownBy(() -> ReportedDate.ofDay(LocalDate.of(10000, 1, 1)))
                .hasMessage("Year 10000 is out of range: years run from 1 to 9999.");
    }

    // this | other | certainly before | certainly after | may be before | may be after
    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource(textBlock = """
            2023-05,    2023-05-17, false, false, true,  true
            2023-05,    2023-06-01, true,  false, true,  false
            2023-05-31, 2023-05,    false, false, false, true
            2023-05-01, 2023-05,    false, false, true,  false
            2023,       2024-01,    true,  false, true,  false
            2024,       2023-12-31, false, true,  false, true
            2023-05-17, 2023-05-17, false, false, false, false
            2023,       2023-06,    false, false, true,  true
            """)
    void comparisons_areHonestAboutPrecision(String a, String b, boolean before, boolean after, boolean mayBefore,
            boolean mayAfter) {
        ReportedDate x = ReportedDate.parse(a);
        ReportedDate y = ReportedDate.parse(b);
        assertThat(x.isBefore(y)).as("isBefore").isEqualTo(before);
        assertThat(x.isAfter(y)).as("isAfter").isEqualTo(after);
        assertThat(x.mayBeBefore(y)).as("mayBeBefore").isEqualTo(mayBefore);
        assertThat(x.mayBeAfter(y)).as("mayBeAfter").isEqualTo(mayAfter);
    }

    @Test
    void dayComparisons_useFirstAndLastDay() {
        ReportedDate may = ReportedDate.ofMonth(2023, 5);
        LocalDate mid = LocalDate.of(2023, 5, 17);
        assertThat(may.contains(mid)).isTrue();
        assertThat(may.contains(LocalDate.of(2023, 6, 1))).isFalse();
        assertThat(may.isBefore(mid)).isFalse();
        assertThat(may.isAfter(mid)).isFalse();
        assertThat(may.mayBeBefore(mid)).isTrue();
        assertThat(may.mayBeAfter(mid)).isTrue();
        assertThat(may.isBefore(LocalDate.of(2023, 6, 1))).isTrue();
        assertThat(may.isAfter(LocalDate.of(2023, 4, 30))).isTrue();
        assertThat(may.mayBeAfter(LocalDate.of(2023, 5, 31))).isFalse();
        assertThat(may.mayBeBefore(LocalDate.of(2023, 5, 1))).isFalse();
    }
}
