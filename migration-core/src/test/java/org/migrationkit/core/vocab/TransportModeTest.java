package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.IssueCode;

class TransportModeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(TransportMode.class)
    void everyMode_roundTripsThroughCodeAndLabel(TransportMode m) {
        assertThat(TransportMode.ofCode(m.code())).isSameAs(m);
        assertThat(TransportMode.findByCode(m.code())).contains(m);
        assertThat(TransportMode.lookup(m.code()).value()).isSameAs(m);
        assertThat(TransportMode.lookup(m.label()).value()).isSameAs(m);
        assertThat(m.code()).matches("[a-z]+(_[a-z]+)*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            dinghy,     SMALL_BOAT
            Small boat/dinghy, SMALL_BOAT
            ferry,      SHIP
            motorcycle, MOTORBIKE
            walking,    FOOT
            """)
    void lookup_acceptsAliases(String text, TransportMode expected) {
        assertThat(TransportMode.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void unknownMode_missesWithSuggestion() {
        assertThat(TransportMode.lookup("trian").code()).isEqualTo(IssueCode.TRANSPORT_MODE_UNKNOWN);
        assertThat(TransportMode.lookup("trian").suggestion()).isEqualTo("train");
    }
}
