package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class OriginRegionTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Sub-Saharan Africa (P)        | Sub-Saharan Africa        | true
            Latin America / Caribbean (P) | Latin America / Caribbean | true
            Western / Southern Asia       | Western / Southern Asia   | false
            Western Africa (P)            | Western Africa            | true
            western africa(p)             | Western Africa            | true
            Mixed                         | Mixed                     | false
            Unknown                       | Unknown                   | false
            South-eastern Asia            | South-eastern Asia        | false
            """)
    void parse_stripsPresumedSuffix(String text, String name, boolean presumed) {
        OriginRegion o = OriginRegion.parse(text);
        assertThat(o.name()).isEqualTo(name);
        assertThat(o.presumed()).isEqualTo(presumed);
        assertThat(OriginRegion.parse(o.toString())).isEqualTo(o);
        assertThat(OriginRegion.lookup(text).value()).isEqualTo(o);
    }

    @Test
    void toString_writesTheSuffix() {
        assertThat(OriginRegion.of("Western Africa", true)).hasToString("Western Africa (P)");
        assertThat(OriginRegion.of("mixed", false)).hasToString("Mixed");
    }

    @Test
    void flags_andMmpRegion() {
        assertThat(OriginRegion.parse("Mixed").isMixed()).isTrue();
        assertThat(OriginRegion.parse("Unknown (P)").isUnknown()).isTrue();
        assertThat(OriginRegion.parse("Western Africa (P)").mmpRegion()).contains(MmpRegion.WESTERN_AFRICA);
        assertThat(OriginRegion.parse("Sub-Saharan Africa").mmpRegion()).isEmpty();
    }

    @Test
    void parse_rejectsUnknownRegionWithSuggestion() {
        assertThatThrownBy(() -> OriginRegion.parse("Westren Africa (P)"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown Missing Migrants Project region of origin \"Westren Africa\": use a UN M49 region "
                        + "name, Sub-Saharan Africa, Latin America / Caribbean, Western / Southern Asia, Mixed or "
                        + "Unknown, optionally followed by \" (P)\" for presumed. Did you mean \"Western Africa\"?")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.REGION_UNKNOWN);
        assertThat(OriginRegion.lookup("(P)").code()).isEqualTo(IssueCode.REGION_UNKNOWN);
    }
}
