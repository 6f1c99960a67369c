package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/** The seven typed ids share one check ({@link Ids}); each is exercised through its own factories. */
class IdsTest {
    static Stream<Arguments> types() {
        return Stream.of(
                Arguments.of("MigrantId", (Function<String, Object>) MigrantId::of,
                        (Function<CharSequence, Lookup<?>>) MigrantId::lookup),
                Arguments.of("JourneyId", (Function<String, Object>) JourneyId::of,
                        (Function<CharSequence, Lookup<?>>) JourneyId::lookup),
                Arguments.of("LegId", (Function<String, Object>) LegId::of,
                        (Function<CharSequence, Lookup<?>>) LegId::lookup),
                Arguments.of("IncidentId", (Function<String, Object>) IncidentId::of,
                        (Function<CharSequence, Lookup<?>>) IncidentId::lookup),
                Arguments.of("EventId", (Function<String, Object>) EventId::of,
                        (Function<CharSequence, Lookup<?>>) EventId::lookup),
                Arguments.of("FigureId", (Function<String, Object>) FigureId::of,
                        (Function<CharSequence, Lookup<?>>) FigureId::lookup),
                Arguments.of("RemittanceId", (Function<String, Object>) RemittanceId::of,
                        (Function<CharSequence, Lookup<?>>) RemittanceId::lookup));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void of_keepsTheValueAndPrintsIt(String type, Function<String, Object> of, Function<CharSequence, Lookup<?>> lookup) {
        String value = "2014.MMP00259 é/x-" + "9".repeat(100);
        Object id = of.apply(value);
        assertThat(id).hasToString(value).isEqualTo(of.apply(value)).hasSameHashCodeAs(of.apply(value));
        assertThat(lookup.apply(value).value()).isEqualTo(id);
        assertThat(of.apply("a")).hasToString("a");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("types")
    void of_rejectsMalformedIdsWithoutEchoingThem(String type, Function<String, Object> of,
            Function<CharSequence, Lookup<?>> lookup) {
        String secret = "CASE-4711-" + "x".repeat(119);
        assertThatThrownBy(() -> of.apply(secret))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.ID_MALFORMED))
                .hasMessage(type + " has 129 characters, more than 128: an id is 1 to 128 printable characters "
                        + "without leading or trailing whitespace (the value is not shown: ids may be sensitive).")
                .message().doesNotContain("CASE-4711");
        assertThat(lookup.apply(secret).code()).isEqualTo(IssueCode.ID_MALFORMED);
    }

    // value with markers: \t tab, \n newline, ~ no-break space; reason in the message
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', textBlock = """
            ''            | is empty
            ' AB-12'      | has leading or trailing whitespace
            'AB-12 '      | has leading or trailing whitespace
            'AB-12~'      | has leading or trailing whitespace
            'AB\\t12'     | has a control character at index 2
            'AB-1\\n2'    | has a control character at index 4
            """)
    void of_namesWhatIsWrong(String marked, String reason) {
        String value = marked.replace("\\t", "\t").replace("\\n", "\n").replace('~', '\u00a0');
        assertThatThrownBy(() -> MigrantId.of(value))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.ID_MALFORMED))
                .hasMessageStartingWith("MigrantId " + reason + ": ");
        assertThat(MigrantId.lookup(value).isFound()).isFalse();
    }

    @ParameterizedTest(name = "{0} chars")
    @ValueSource(ints = {1, 64, 128})
    void of_acceptsOneTo128Characters(int length) {
        assertThat(IncidentId.of("x".repeat(length)).value()).hasSize(length);
    }

    @Test
    void of_rejectsNull() {
        assertThatThrownBy(() -> LegId.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
    }

    @Test
    void idsOfDifferentTypes_areNeverEqual() {
        assertThat((Object) MigrantId.of("7")).isNotEqualTo(JourneyId.of("7"));
    }
}
