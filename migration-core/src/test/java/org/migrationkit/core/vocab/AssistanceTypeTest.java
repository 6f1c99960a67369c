package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.IssueCode;

class AssistanceTypeTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(AssistanceType.class)
    void everyType_roundTripsThroughCodeAndLabel(AssistanceType t) {
        assertThat(AssistanceType.ofCode(t.code())).isSameAs(t);
        assertThat(AssistanceType.findByCode(t.code())).contains(t);
        assertThat(AssistanceType.lookup(t.code()).value()).isSameAs(t);
        assertThat(AssistanceType.lookup(t.label()).value()).isSameAs(t);
        assertThat(t.code()).matches("[a-z]+(_[a-z]+)*");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            psychosocial support                        | MHPSS
            pss                                         | MHPSS
            non-food items                              | NFI
            assisted voluntary return and reintegration | AVRR
            drinking_water                              | WASH
            Legal aid                                   | LEGAL_AID
            reception/accommodation                     | RECEPTION
            """)
    void lookup_acceptsAliasesAndDtmNeedCodes(String text, AssistanceType expected) {
        assertThat(AssistanceType.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void unknownType_missesWithSuggestion() {
        assertThat(AssistanceType.lookup("sheltr").code()).isEqualTo(IssueCode.ASSISTANCE_TYPE_UNKNOWN);
        assertThat(AssistanceType.lookup("sheltr").suggestion()).isEqualTo("shelter");
    }
}
