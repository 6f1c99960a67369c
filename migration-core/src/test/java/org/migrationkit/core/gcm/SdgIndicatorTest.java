package org.migrationkit.core.gcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class SdgIndicatorTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(SdgIndicator.class)
    void everyIndicator_roundTripsThroughCodeAndWording(SdgIndicator i) {
        assertThat(SdgIndicator.ofCode(i.code())).isSameAs(i);
        assertThat(SdgIndicator.findByCode(i.code())).contains(i);
        assertThat(SdgIndicator.lookup(i.code()).value()).isSameAs(i);
        assertThat(SdgIndicator.lookup("SDG " + i.code().toUpperCase(java.util.Locale.ROOT)).value()).isSameAs(i);
        assertThat(SdgIndicator.lookup(i.label()).value()).isSameAs(i);
        assertThat(i.targetText()).isIn(SdgIndicator.TARGET_10_7, SdgIndicator.TARGET_10_C);
    }

    @Test
    void indicators_carryTheSourceFacts() {
        assertThat(SdgIndicator.values()).extracting(SdgIndicator::code)
                .containsExactly("10.7.1", "10.7.2", "10.7.3", "10.7.4", "10.c.1");
        assertThat(SdgIndicator.RECRUITMENT_COST.legacyWording()).contains("Recruitment cost borne by employee as a "
                + "proportion of yearly income earned in country of destination");
        assertThat(SdgIndicator.MIGRANT_DEATHS.legacyWording()).isEmpty();
        assertThat(SdgIndicator.MIGRANT_DEATHS.custodians()).containsExactly("IOM");
        assertThat(SdgIndicator.REMITTANCE_COSTS.target()).isEqualTo("10.c");
        assertThat(SdgIndicator.REFUGEE_PROPORTION.target()).isEqualTo("10.7");
        assertThat(SdgIndicator.REMITTANCE_COSTS.targetText()).isEqualTo(SdgIndicator.TARGET_10_C);
    }

    @Test
    void unknownIndicator_isSdgIndicatorUnknown() {
        assertThat(SdgIndicator.lookup("10.7.5").code()).isEqualTo(IssueCode.SDG_INDICATOR_UNKNOWN);
        assertThatThrownBy(() -> SdgIndicator.ofCode("10.7.5"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("Unknown SDG migration indicator \"10.7.5\": use one of \"10.7.1\", \"10.7.2\", "
                        + "\"10.7.3\", \"10.7.4\", \"10.c.1\".")
                .extracting(e -> ((InvalidValueException) e).issueCode().code()).isEqualTo("sdg-indicator.unknown");
    }
}
