package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class FigureUnitTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(FigureUnit.class)
    void everyConstant_roundTripsThroughCodeAndLabel(FigureUnit c) {
        assertThat(c.code()).matches("[a-z]+(_[a-z]+)*");
        assertThat(c).hasToString(c.code());
        assertThat(FigureUnit.ofCode(c.code())).isSameAs(c);
        assertThat(FigureUnit.findByCode(c.code())).contains(c);
        assertThat(FigureUnit.lookup(c.code()).value()).isSameAs(c);
        assertThat(FigureUnit.lookup(c.label()).value()).isSameAs(c);
        for (String alias : c.aliases()) {
            assertThat(FigureUnit.lookup(alias).value()).isSameAs(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            IND                     , INDIVIDUALS
            hh                      , HOUSEHOLDS
            Persons                 , INDIVIDUALS
            """)
    void lookup_acceptsOtherSpellings(String text, FigureUnit expected) {
        assertThat(FigureUnit.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void ofCode_listsTheCodes() {
        assertThat(FigureUnit.findByCode("families")).isEmpty();
        assertThatThrownBy(() -> FigureUnit.ofCode("families"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown population figure unit \"families\": use one of \"individuals\", \"households\".")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.FIGURE_UNIT_UNKNOWN);
        assertThat(FigureUnit.lookup("families").isFound()).isFalse();
        assertThat(FigureUnit.lookup("families").code()).isEqualTo(IssueCode.FIGURE_UNIT_UNKNOWN);
    }
}
