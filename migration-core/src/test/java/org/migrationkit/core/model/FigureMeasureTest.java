package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class FigureMeasureTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(FigureMeasure.class)
    void everyConstant_roundTripsThroughCodeAndLabel(FigureMeasure c) {
        assertThat(c.code()).matches("[a-z]+(_[a-z]+)*");
        assertThat(c).hasToString(c.code());
        assertThat(FigureMeasure.ofCode(c.code())).isSameAs(c);
        assertThat(FigureMeasure.findByCode(c.code())).contains(c);
        assertThat(FigureMeasure.lookup(c.code()).value()).isSameAs(c);
        assertThat(FigureMeasure.lookup(c.label()).value()).isSameAs(c);
        for (String alias : c.aliases()) {
            assertThat(FigureMeasure.lookup(alias).value()).isSameAs(c);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            inneed                  , IN_NEED
            In need                 , IN_NEED
            population              , PRESENT
            arrivals                , ARRIVED
            outgoing                , DEPARTED
            """)
    void lookup_acceptsOtherSpellings(String text, FigureMeasure expected) {
        assertThat(FigureMeasure.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void ofCode_listsTheCodes() {
        assertThat(FigureMeasure.findByCode("affected")).isEmpty();
        assertThatThrownBy(() -> FigureMeasure.ofCode("affected"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown population figure measure \"affected\": use one of "
                        + "\"present\", \"arrived\", \"departed\", \"returned\", \"detained\", "
                        + "\"in_need\", \"targeted\", \"reached\".")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.FIGURE_MEASURE_UNKNOWN);
        assertThat(FigureMeasure.lookup("affected").isFound()).isFalse();
        assertThat(FigureMeasure.lookup("affected").code()).isEqualTo(IssueCode.FIGURE_MEASURE_UNKNOWN);
    }
}
