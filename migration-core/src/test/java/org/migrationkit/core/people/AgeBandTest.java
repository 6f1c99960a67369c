package org.migrationkit.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class AgeBandTest {
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0-4", "60+", "0-130", "130+", "17-17", "0+", "18-59"})
    void parse_roundTrips(String text) {
        AgeBand band = AgeBand.parse(text);
        assertThat(band).hasToString(text);
        assertThat(AgeBand.parse(band.toString())).isEqualTo(band);
        assertThat(AgeBand.lookup(text).value()).isEqualTo(band);
    }

    @Test
    void factories_matchTheirText() {
        assertThat(AgeBand.of(0, 4)).hasToString("0-4");
        assertThat(AgeBand.atLeast(60)).hasToString("60+").matches(AgeBand::isOpenEnded);
        assertThat(AgeBand.exactly(17)).hasToString("17-17").isEqualTo(AgeBand.of(17, 17));
        assertThat(AgeBand.of(0, 4).max()).isEqualTo(4);
        assertThat(AgeBand.atLeast(60).max()).isNull();
    }

    // text | band read by the tolerant lookup
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0_4       | 0-4
            0–4       | 0-4
            0—8       | 0-8
            0--8      | 0-8
            ' 5 - 11 '| 5-11
            48 +      | 48+
            """)
    void lookup_readsTheSpellingsOfRealFiles(String text, String canonical) {
        assertThat(AgeBand.lookup(text).value()).hasToString(canonical);
        assertThatThrownBy(() -> AgeBand.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.AGE_UNPARSEABLE));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "60", "a-b", "0-", "-4", "0-4+", "0---4", "1000-1001", "0 4", "0-4 years"})
    void parseAndLookup_rejectGarbage(String text) {
        assertThat(AgeBand.lookup(text).code()).isEqualTo(IssueCode.AGE_UNPARSEABLE);
        assertThatThrownBy(() -> AgeBand.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.AGE_UNPARSEABLE))
                .hasMessage("Age band \"" + text + "\" is not an age band: write min-max such as 0-4, min+ such as "
                        + "60+, or 17-17 for one year.");
    }

    // text | issue code | message
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            18-17   | age.band-reversed | AgeBand min 18 is above max 17: min must be <= max.
            0-131   | age.out-of-range  | AgeBand max 131 is out of range: ages lie between 0 and 130.
            131+    | age.out-of-range  | AgeBand min 131 is out of range: ages lie between 0 and 130.
            200-210 | age.out-of-range  | AgeBand min 200 is out of range: ages lie between 0 and 130.
            """)
    void parse_rejectsBadBounds(String text, String code, String message) {
        assertThat(AgeBand.lookup(text).code().code()).isEqualTo(code);
        assertThatThrownBy(() -> AgeBand.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode().code()).isEqualTo(code))
                .hasMessage(message);
    }

    @Test
    void of_rejectsBadBounds() {
        assertThatThrownBy(() -> AgeBand.of(-1, 4))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.AGE_OUT_OF_RANGE))
                .hasMessage("AgeBand min -1 is out of range: ages lie between 0 and 130.");
        assertThatThrownBy(() -> AgeBand.atLeast(131)).hasMessage(
                "AgeBand min 131 is out of range: ages lie between 0 and 130.");
        assertThatThrownBy(() -> AgeBand.of(18, 17))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.AGE_BAND_REVERSED));
    }

    // band | age | contained
    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource(textBlock = """
            0-4, 0,   true
            0-4, 4,   true
            0-4, 5,   false
            0-4, -1,  false
            60+, 59,  false
            60+, 60,  true
            60+, 130, true
            """)
    void containsAge(String band, int age, boolean contained) {
        assertThat(AgeBand.parse(band).contains(age)).isEqualTo(contained);
    }

    // outer | inner | contains | overlaps
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(textBlock = """
            0-17, 0-4,   true,  true
            0-17, 12-18, false, true
            0-17, 18+,   false, false
            18+,  60+,   true,  true
            60+,  18+,   false, true
            18+,  18-59, true,  true
            5-11, 0-4,   false, false
            """)
    void containsAndOverlapsBands(String outer, String inner, boolean contains, boolean overlaps) {
        AgeBand a = AgeBand.parse(outer);
        AgeBand b = AgeBand.parse(inner);
        assertThat(a.contains(b)).isEqualTo(contains);
        assertThat(a.overlaps(b)).isEqualTo(overlaps);
        assertThat(b.overlaps(a)).isEqualTo(overlaps);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            0-17,  true,  false
            12-17, true,  false
            12-18, false, false
            18-59, false, true
            18+,   false, true
            0+,    false, false
            """)
    void childAndAdult(String band, boolean child, boolean adult) {
        assertThat(AgeBand.parse(band).isChild()).isEqualTo(child);
        assertThat(AgeBand.parse(band).isAdult()).isEqualTo(adult);
    }

    @Test
    void compareTo_ordersByMinThenMaxWithOpenEndedLast() {
        assertThat(java.util.stream.Stream.of("18+", "0-17", "0-4", "18-59", "0+")
                .map(AgeBand::parse).sorted().map(AgeBand::toString))
                .containsExactly("0-4", "0-17", "0+", "18-59", "18+");
    }
}
