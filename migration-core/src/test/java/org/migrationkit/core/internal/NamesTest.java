package org.migrationkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {
    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Côte d’Ivoire              | cote d'ivoire
            '  US-Mexico border crossing ' | us mexico border crossing
            Türkiye                    | turkiye
            legal_aid                  | legal aid
            Sahara — Desert            | sahara desert
            """)
    void key_ignoresCaseDiacriticsAndSpacing(String name, String key) {
        assertThat(Names.key(name)).isEqualTo(key);
    }

    @ParameterizedTest(name = "{0} -> {1} = {2}")
    @CsvSource(textBlock = """
            germany, germnay, 1
            france,  frnace,  1
            kitten,  sitting, 3
            abc,     abc,     0
            abc,     xyzw,    4
            """)
    void distance_countsEditsWithTranspositionsAsOne_cappedAtLimitPlusOne(String a, String b, int expected) {
        assertThat(Names.distance(a, b, 3)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            germnay,              germany
            central mediteranean, central mediterranean
            """)
    void closest_suggestsNearMisses(String input, String expected) {
        assertThat(Names.closest(input, List.of("france", "germany", "central mediterranean"))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            xyz
            completely different
            """)
    void closest_staysSilentWhenNothingIsClose(String input) {
        assertThat(Names.closest(input, List.of("france", "germany", "xya"))).isNull();
    }
}
