package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class DisplacementReasonTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DisplacementReason.class)
    void everyReason_roundTripsThroughCodeLabelAndLowerCase(DisplacementReason r) {
        assertThat(DisplacementReason.ofCode(r.code())).isSameAs(r);
        assertThat(DisplacementReason.findByCode(r.code())).contains(r);
        assertThat(DisplacementReason.lookup(r.code()).value()).isSameAs(r);
        assertThat(DisplacementReason.lookup(r.label()).value()).isSameAs(r);
        // The DTM export writes "conflict" as well as "Conflict" (domain-standards §2.2).
        assertThat(DisplacementReason.lookup(r.code().toLowerCase(Locale.ROOT)).value()).isSameAs(r);
        assertThat(DisplacementReason.lookupList(r.code()).value()).containsExactly(r);
        assertThat(DisplacementReason.parseList(r.code())).containsExactly(r);
        assertThat(r).hasToString(r.code());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Conflict; Natural disaster                | CONFLICT NATURAL_DISASTER
            Conflict; Insecurity; Natural disaster    | CONFLICT INSECURITY NATURAL_DISASTER
            Natural disaster; Other reason            | NATURAL_DISASTER OTHER_REASON
            conflict                                  | CONFLICT
            Conflict;Conflict                         | CONFLICT
            """)
    void lookupList_splitsDtmCombinations(String text, String expected) {
        List<DisplacementReason> want = java.util.Arrays.stream(expected.split(" "))
                .map(DisplacementReason::valueOf).toList();
        assertThat(DisplacementReason.lookupList(text).value()).isEqualTo(want);
        assertThat(DisplacementReason.parseList(text)).isEqualTo(want);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"No reason for displacement reported", "no reason for displacement reported", "", " "})
    void notReported_isAnEmptyList(String text) {
        assertThat(DisplacementReason.lookupList(text).value()).isEmpty();
        assertThat(DisplacementReason.parseList(text)).isEmpty();
    }

    @Test
    void unknownReason_missesWithSuggestionAndParseListNamesThePiece() {
        Lookup<List<DisplacementReason>> miss = DisplacementReason.lookupList("Conflict; Conflit armé");
        assertThat(miss.isFound()).isFalse();
        assertThat(miss.code()).isEqualTo(IssueCode.DISPLACEMENT_REASON_UNKNOWN);
        assertThat(DisplacementReason.lookup("Confict").suggestion()).isEqualTo("Conflict");
        assertThatThrownBy(() -> DisplacementReason.parseList("Conflict; Famine"))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Unknown DTM displacement reason \"Famine\": use one of \"Conflict\", "
                        + "\"Natural disaster\", \"Insecurity\", \"Other reason\".");
    }
}
