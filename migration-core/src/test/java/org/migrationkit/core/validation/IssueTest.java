package org.migrationkit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IssueTest {
    @Test
    void of_takesTheCodesDefaultSeverityAndLevel() {
        Issue issue = Issue.of(IssueCode.ROUTE_UNKNOWN, "Unknown route", IssueLocation.ofField("route"));
        assertThat(issue.severity()).isEqualTo(Severity.WARNING);
        assertThat(issue.level()).isEqualTo(Level.VALUE);
        assertThat(issue.value()).isNull();
        assertThat(issue.suggestion()).isNull();
    }

    @Test
    void with_returnsChangedCopies() {
        Issue issue = Issue.of(IssueCode.COUNTRY_UNKNOWN, "Unknown country", IssueLocation.nowhere())
                .withSeverity(Severity.WARNING).withValue("Germnay").withSuggestion("DEU")
                .withLocation(IssueLocation.ofField("origin_country"));
        assertThat(issue).isEqualTo(new Issue(IssueCode.COUNTRY_UNKNOWN, Severity.WARNING, "Unknown country",
                IssueLocation.ofField("origin_country"), "Germnay", "DEU"));
        assertThat(issue.toString()).isEqualTo("warning country.unknown at field origin_country: Unknown country");
    }

    @Test
    void constructor_rejectsNullsNamingThem() {
        assertThatNullPointerException()
                .isThrownBy(() -> new Issue(IssueCode.COUNTRY_UNKNOWN, Severity.ERROR, "m", null, null, null))
                .withMessage("location");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            'partner/legs.csv, record 17 (line 18), column 4 (origin_country)', partner/legs.csv, 17, 18, 4, origin_country
            'partner.zip!/legs.csv',                                            partner.zip!/legs.csv, , , ,
            'record 2, field /number_dead',                                     , 2, , , /number_dead
            'line 7',                                                           , , 7, ,
            '(no location)',                                                    , , , ,
            """)
    void location_readsLikeAPersonWouldSayIt(String expected, String file, Long record, Long line, Integer column,
            String field) {
        assertThat(new IssueLocation(file, record, line, column, field)).hasToString(expected);
    }

    @Test
    void location_isOneBased() {
        assertThatIllegalArgumentException().isThrownBy(() -> new IssueLocation("f", 0L, null, null, null))
                .withMessage("record is 1-based, got 0");
        assertThatIllegalArgumentException().isThrownBy(() -> new IssueLocation("f", 1L, 1L, 0, null))
                .withMessage("column is 1-based, got 0");
    }

    @Test
    void location_withersKeepTheOtherParts() {
        IssueLocation at = new IssueLocation("a.csv", 3L, 4L, 2, "x");
        assertThat(at.withField("y")).isEqualTo(new IssueLocation("a.csv", 3L, 4L, 2, "y"));
        assertThat(at.withFile("b.csv").atRecord(5L, 9L)).isEqualTo(new IssueLocation("b.csv", 5L, 9L, 2, "x"));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Severity.class)
    void severity_roundTripsThroughItsCode(Severity severity) {
        assertThat(Severity.ofCode(severity.code())).isSameAs(severity);
        assertThat(Severity.ofCode(" " + severity.code().toUpperCase(java.util.Locale.ROOT))).isSameAs(severity);
        assertThat(severity.isAtLeast(severity)).isTrue();
    }

    @Test
    void severity_ordersErrorAboveWarningAboveInfo() {
        assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
        assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> Severity.ofCode("fatal"))
                .withMessage("Unknown severity \"fatal\": use error, warning or info.");
    }
}
