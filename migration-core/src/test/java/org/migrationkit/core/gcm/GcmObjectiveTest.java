package org.migrationkit.core.gcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class GcmObjectiveTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(GcmObjective.class)
    void everyObjective_roundTripsThroughNumberShortNameAndTitle(GcmObjective o) {
        assertThat(GcmObjective.ofCode(o.code())).isSameAs(o);
        assertThat(GcmObjective.ofNumber(o.number())).isSameAs(o);
        assertThat(GcmObjective.findByCode(o.code())).contains(o);
        assertThat(GcmObjective.lookup(o.code()).value()).isSameAs(o);
        assertThat(GcmObjective.lookup(o.label()).value()).isSameAs(o);
        assertThat(GcmObjective.lookup(o.shortName()).value()).isSameAs(o);
        assertThat(GcmObjective.lookup("Objective " + o.number()).value()).isSameAs(o);
        assertThat(GcmObjective.lookup("O" + o.number()).value()).isSameAs(o);
        assertThat(o.number()).isEqualTo(o.ordinal() + 1);
    }

    @Test
    void count_isTwentyThree() {
        assertThat(GcmObjective.values()).hasSize(23);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            8               | SAVE_LIVES
            objective8      | SAVE_LIVES
            o21             | DIGNIFIED_RETURN_AND_REINTEGRATION
            eradicate trafficking | ERADICATE_TRAFFICKING
            Remittances     | REMITTANCES
            """)
    void lookup_acceptsNumberFormsAndShortNames(String text, GcmObjective expected) {
        assertThat(GcmObjective.lookup(text).value()).isSameAs(expected);
    }

    @Test
    void titles_areExact() {
        assertThat(GcmObjective.SAVE_LIVES.title())
                .isEqualTo("Save lives and establish coordinated international efforts on missing migrants");
        assertThat(GcmObjective.SCREENING_AND_REFERRAL.title()).isEqualTo("Strengthen certainty and predictability in "
                + "migration procedures for appropriate screening, assessment and referral");
        assertThat(GcmObjective.INTERNATIONAL_COOPERATION.shortName()).isEqualTo("International cooperation");
    }

    @Test
    void unknownObjective_isGcmObjectiveUnknown() {
        assertThat(GcmObjective.lookup("24").code()).isEqualTo(IssueCode.GCM_OBJECTIVE_UNKNOWN);
        assertThat(GcmObjective.lookup("Save live").suggestion()).isEqualTo("8");
        assertThatThrownBy(() -> GcmObjective.ofNumber(24))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown GCM objective \"24\": use one of \"1\", \"2\", \"3\", \"4\", \"5\", \"6\", \"7\", "
                        + "\"8\", \"9\", \"10\", \"11\", \"12\", \"13\", \"14\", \"15\", \"16\", \"17\", \"18\", \"19\", "
                        + "\"20\", \"21\", \"22\", \"23\".")
                .extracting(e -> ((InvalidValueException) e).issueCode().code()).isEqualTo("gcm-objective.unknown");
    }
}
