package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class SpecificNeedTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(SpecificNeed.class)
    void everyNeed_roundTripsThroughCodeAndLabel_andKnowsItsCategory(SpecificNeed n) {
        assertThat(SpecificNeed.ofCode(n.code())).isSameAs(n);
        assertThat(SpecificNeed.findByCode(n.code())).contains(n);
        assertThat(SpecificNeed.lookup(n.code()).value()).isSameAs(n);
        assertThat(SpecificNeed.lookup(n.label()).value()).isSameAs(n);
        assertThat(SpecificNeed.lookup(n.code().replace('-', '_').toLowerCase(java.util.Locale.ROOT)).value())
                .isSameAs(n);
        assertThat(n.category().isCategory()).isTrue();
        assertThat(n.code()).startsWith(n.category().code());
        assertThat(n.isCategory()).isEqualTo(n.code().length() == 2);
    }

    @Test
    void counts_matchTheSource() {
        assertThat(SpecificNeed.categories()).extracting(SpecificNeed::code)
                .containsExactly("CR", "DS", "ER", "FU", "LP", "PG", "SC", "SM", "SP", "SV", "TR", "WR");
        assertThat(SpecificNeed.CR.details()).hasSize(12);
        assertThat(SpecificNeed.LP.details()).hasSize(35);
        assertThat(SpecificNeed.values()).hasSize(12 + 101);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            CR-CC | Child at risk: carer
            SC-UC | Unaccompanied or separated child: unaccompanied
            LP-VF | Specific legal and physical protection needs: violence/SGBV in flight
            ER-FR | Older person at risk (ER-FR)
            SV    | SGBV
            """)
    void labels_useTheSourceMeaningOrTheCode(String code, String label) {
        assertThat(SpecificNeed.ofCode(code).label()).isEqualTo(label);
    }

    @Test
    void unknownCode_isNeedUnknown() {
        assertThat(SpecificNeed.lookup("SC-XX").code()).isEqualTo(IssueCode.NEED_UNKNOWN);
        assertThatThrownBy(() -> SpecificNeed.ofCode("sc-uc"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown UNHCR specific need \"sc-uc\": use one of \"CR\", \"CR-AF\",")
                .hasMessageEndingWith("\"WR-WR\". Did you mean \"SC-UC\"?");
    }
}
