package org.migrationkit.core.gcm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class GuidingPrincipleTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(GuidingPrinciple.class)
    void everyPrinciple_roundTripsThroughLetterAndTitle(GuidingPrinciple p) {
        assertThat(GuidingPrinciple.ofCode(p.code())).isSameAs(p);
        assertThat(GuidingPrinciple.findByCode(p.code())).contains(p);
        assertThat(GuidingPrinciple.lookup(p.code()).value()).isSameAs(p);
        assertThat(GuidingPrinciple.lookup("(" + p.letter() + ")").value()).isSameAs(p);
        assertThat(GuidingPrinciple.lookup(p.label()).value()).isSameAs(p);
        assertThat(p.letter()).isEqualTo((char) ('a' + p.ordinal()));
    }

    @Test
    void count_isTen() {
        assertThat(GuidingPrinciple.values()).hasSize(10);
        assertThat(GuidingPrinciple.CHILD_SENSITIVE.title()).isEqualTo("Child-sensitive");
    }

    @Test
    void unknownPrinciple_isGcmPrincipleUnknown() {
        assertThat(GuidingPrinciple.lookup("Human right").code()).isEqualTo(IssueCode.GCM_PRINCIPLE_UNKNOWN);
        assertThat(GuidingPrinciple.lookup("Human right").suggestion()).isEqualTo("f");
        assertThatThrownBy(() -> GuidingPrinciple.ofCode("k"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown GCM guiding principle \"k\": use one of \"a\", \"b\", \"c\", \"d\", \"e\", \"f\", "
                        + "\"g\", \"h\", \"i\", \"j\".")
                .extracting(e -> ((InvalidValueException) e).issueCode().code()).isEqualTo("gcm-principle.unknown");
    }
}
