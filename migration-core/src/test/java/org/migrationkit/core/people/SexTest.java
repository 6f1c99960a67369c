package org.migrationkit.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class SexTest {
    @ParameterizedTest(name = "{0}")
    @EnumSource(Sex.class)
    void everyConstant_roundTripsThroughCodeAndLabel(Sex sex) {
        assertThat(Sex.ofCode(sex.code())).isSameAs(sex);
        assertThat(Sex.findByCode(sex.code())).contains(sex);
        assertThat(Sex.lookup(sex.code()).value()).isSameAs(sex);
        assertThat(Sex.lookup(sex.label()).value()).isSameAs(sex);
        assertThat(sex).hasToString(sex.code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            F,        FEMALE
            f,        FEMALE
            Female,   FEMALE
            woman,    FEMALE
            Woman,    FEMALE
            women,    FEMALE
            M,        MALE
            Male,     MALE
            ' man ',  MALE
            men,      MALE
            O,        OTHER
            I,        OTHER
            Trans/Transgender/NonConforming, OTHER
            U,        UNKNOWN
            unknown,  UNKNOWN
            """)
    void lookup_acceptsTheSpellingsOfSources(String text, Sex expected) {
        assertThat(Sex.lookup(text).value()).isSameAs(expected);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "X", "boy", "total"})
    void lookup_missesOtherText(String text) {
        Lookup<Sex> l = Sex.lookup(text);
        assertThat(l.isFound()).isFalse();
        assertThat(l.code()).isEqualTo(IssueCode.SEX_UNKNOWN);
    }

    @org.junit.jupiter.api.Test
    void lookup_suggestsACloseSpelling() {
        assertThat(Sex.lookup("femal").suggestion()).isEqualTo("female");
    }

    @org.junit.jupiter.api.Test
    void ofCode_isExactAndListsTheCodes() {
        assertThat(Sex.findByCode("F")).isEmpty();
        assertThatThrownBy(() -> Sex.ofCode("F"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.SEX_UNKNOWN))
                .hasMessage("Unknown sex code \"F\": use female, male, other or unknown.");
    }
}
