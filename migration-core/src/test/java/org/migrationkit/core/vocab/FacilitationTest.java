package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class FacilitationTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(Facilitation.class)
    void everyFacilitation_roundTripsThroughCodeAndLabel(Facilitation f) {
        assertThat(Facilitation.ofCode(f.code())).isSameAs(f);
        assertThat(Facilitation.findByCode(f.code())).contains(f);
        assertThat(Facilitation.lookup(f.code()).value()).isSameAs(f);
        assertThat(Facilitation.lookup(f.label()).value()).isSameAs(f);
        assertThat(f).hasToString(f.code());
        assertThat(f.code()).matches("[a-z]+(_[a-z]+)*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            Regular carrier,    REGULAR_CARRIER
            commercial carrier, REGULAR_CARRIER
            self-organized,     SELF
            Smuggled,           SMUGGLER
            """)
    void lookup_acceptsAliases(String text, Facilitation expected) {
        assertThat(Facilitation.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void lookup_missesWithSuggestion() {
        assertThat(Facilitation.lookup("smugler").code()).isEqualTo(IssueCode.FACILITATION_UNKNOWN);
        assertThat(Facilitation.lookup("smugler").suggestion()).isEqualTo("smuggler");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknown", "trafficker", ""})
    void ofCode_rejectsOtherTextListingTheCodes(String text) {
        assertThat(Facilitation.findByCode(text)).isEmpty();
        assertThat(Facilitation.lookup(text).isFound()).isFalse();
        assertThatThrownBy(() -> Facilitation.ofCode(text)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown facilitation \"" + text + "\": use one of \"regular_carrier\", "
                        + "\"self\", \"smuggler\".")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.FACILITATION_UNKNOWN);
    }
}
