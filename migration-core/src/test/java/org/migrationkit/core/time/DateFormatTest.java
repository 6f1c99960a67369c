package org.migrationkit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class DateFormatTest {
    // format id | input | expected canonical ReportedDate, blank for a miss
    @ParameterizedTest(name = "{0} \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            iso-date            | 2014-01-06                | 2014-01-06
            iso-date            | ' 2014-01-06 '            | 2014-01-06
            iso-date            | 2024-02-29                | 2024-02-29
            iso-date            | 2000-02-29                | 2000-02-29
            iso-date            | 2023-02-29                |
            iso-date            | 1900-02-29                |
            iso-date            | 2023-02-30                |
            iso-date            | 2023-04-31                |
            iso-date            | 2023-13-01                |
            iso-date            | 2023-00-10                |
            iso-date            | 0000-01-01                |
            iso-date            | 2023-1-06                 |
            iso-date            | 2023/01/06                |
            iso-date            | 2023-01-06T00:00:00       |
            iso-date            | ''                        |
            iso-date-time-space | 2023-12-31 00:00:00       | 2023-12-31
            iso-date-time-space | 2024-02-29 23:59:59       | 2024-02-29
            iso-date-time-space | 2023-02-29 00:00:00       |
            iso-date-time-space | 2023-12-31 24:00:00       |
            iso-date-time-space | 2023-12-31 00:60:00       |
            iso-date-time-space | 2023-12-31T00:00:00       |
            iso-date-time-space | 2023-12-31                |
            iso-date-time       | 2017-03-30T00:00:00       | 2017-03-30
            iso-date-time       | 2020-02-29T00:00:00       | 2020-02-29
            iso-date-time       | 2019-02-29T00:00:00       |
            iso-date-time       | 2017-03-30 00:00:00       |
            iso-date-time       | 2017-03-30T00:00:0x       |
            mmp-web-2017        | January 05, 2020          | 2020-01-05
            mmp-web-2017        | JANUARY 5, 2020           | 2020-01-05
            mmp-web-2017        | february 29, 2016         | 2016-02-29
            mmp-web-2017        | February 29, 2017         |
            mmp-web-2017        | Jan 05, 2020              |
            mmp-web-2017        | Janvier 05, 2020          |
            mmp-web-2017        | January 05 2020           |
            mmp-web-2017        | January 005, 2020         |
            mmp-web-2017        | January 32, 2020          |
            mmp-web-2017        | January 05, 20            |
            mmp-web-2026        | Thu, 01/01/2026 - 12:00   | 2026-01-01
            mmp-web-2026        | sat, 02/28/2026 - 00:00   | 2026-02-28
            mmp-web-2026        | Thu, 02/29/2024 - 12:00   | 2024-02-29
            mmp-web-2026        | Fri, 01/01/2026 - 12:00   |
            mmp-web-2026        | Sun, 02/29/2026 - 12:00   |
            mmp-web-2026        | Mon, 13/01/2026 - 12:00   |
            mmp-web-2026        | Thu, 01/01/2026 - 25:00   |
            mmp-web-2026        | Thu 01/01/2026 - 12:00    |
            mmp-web-2026        | Xyz, 01/01/2026 - 12:00   |
            month-year          | January 2020              | 2020-01
            month-year          | Jan 2020                  | 2020-01
            month-year          | sept 2021                 | 2021-09
            month-year          | DEC 1999                  | 1999-12
            month-year          | Janu 2020                 |
            month-year          | January 20                |
            month-year          | 2020                      |
            year                | 2020                      | 2020
            year                | 0001                      | 0001
            year                | 0000                      |
            year                | 20201                     |
            year                | 2O20                      |
            iso-year-month      | 2023-05                   | 2023-05
            iso-year-month      | 2023-13                   |
            iso-year-month      | 2023-5                    |
            iso-year-month      | 2023-05-01                |
            """)
    void lookup_readsGoodAndMissesBadInput(String id, String input, String expected) {
        DateFormat format = DateFormat.ofId(id);
        Lookup<ReportedDate> l = format.lookup(input);
        byte[] bytes = ("xx" + input + "yy").getBytes(StandardCharsets.ISO_8859_1);
        Lookup<ReportedDate> fromBytes = format.lookup(bytes, 2, input.length());
        if (expected == null) {
            assertThat(l.isFound()).as("lookup").isFalse();
            assertThat(l.code()).isEqualTo(IssueCode.DATE_UNPARSEABLE);
            assertThat(fromBytes.isFound()).as("byte lookup").isFalse();
            assertThat(fromBytes.code()).isEqualTo(IssueCode.DATE_UNPARSEABLE);
            assertThatThrownBy(() -> format.parse(input))
                    .isInstanceOfSatisfying(InvalidValueException.class,
                            e -> assertThat(e.issueCode()).isEqualTo(IssueCode.DATE_UNPARSEABLE))
                    .hasMessage("Date \"" + input + "\" does not match date format " + id + ": write a real date like \""
                            + format.example() + "\".");
        } else {
            ReportedDate date = ReportedDate.parse(expected);
            assertThat(l.value()).isEqualTo(date);
            assertThat(fromBytes.value()).isEqualTo(date);
            assertThat(format.parse(input)).isEqualTo(date);
            assertThat(date.precision()).isEqualTo(format.precision());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DateFormat.class)
    void everyFormat_readsItsExampleAndIsFoundById(DateFormat format) {
        assertThat(format.lookup(format.example()).isFound()).isTrue();
        assertThat(DateFormat.ofId(format.id())).isSameAs(format);
        assertThat(DateFormat.findById(format.id())).contains(format);
        assertThat(format).hasToString(format.id());
        assertThat(DateFormat.all()).contains(format);
    }

    @Test
    void miss_isSharedAndHasNoSuggestion() {
        Lookup<ReportedDate> a = DateFormat.ISO_DATE.lookup("nope");
        assertThat(DateFormat.ISO_DATE.lookup("2023-02-30")).isSameAs(a);
        assertThat(a.suggestion()).isNull();
    }

    @Test
    void ofId_rejectsUnknownIdListingTheIds() {
        assertThatThrownBy(() -> DateFormat.ofId("us-date"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown date format id \"us-date\": use one of iso-date, iso-date-time-space, "
                        + "iso-date-time, mmp-web-2017, mmp-web-2026, month-year, year, iso-year-month.");
        assertThat(DateFormat.findById("us-date")).isEmpty();
    }

    @Test
    void lookupBytes_checksBounds() {
        assertThatThrownBy(() -> DateFormat.ISO_DATE.lookup(new byte[4], 2, 3))
                .isInstanceOf(IndexOutOfBoundsException.class);
    }
}
