package org.migrationkit.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

class BreakdownTest {
    private static final AgeBand UNDER5 = AgeBand.of(0, 4);
    private static final AgeBand ADULT = AgeBand.of(18, 59);

    // complete | total | female 0-4 | male 0-4 | female age unknown | expected issue code (blank: none)
    @ParameterizedTest(name = "complete={0} total={1} cells={2},{3},{4}")
    @CsvSource(textBlock = """
            true,  22,  10, 12,   , 
            true,  120, 10, 12,   , count.breakdown-mismatch
            true,  20,  10, 12,   , count.breakdown-mismatch
            true,  25,  10, 12,  3, 
            true,   ,   10, 12,   , 
            false, 120, 10, 12,   , 
            false, 22,  10, 12,   , 
            false, 21,  10, 12,   , count.breakdown-exceeds-total
            false,  ,   10, 12,   , 
            false, 0,     ,   ,   , 
            """)
    void check_reportsArithmeticProblems(boolean complete, Integer total, Integer f, Integer m, Integer fUnknown,
            String code) {
        Breakdown b = Breakdown.builder().complete(complete).total(total)
                .cell(Sex.FEMALE, UNDER5, f).cell(Sex.MALE, UNDER5, m).cell(Sex.FEMALE, null, fUnknown).build();
        if (code == null) {
            assertThat(b.check()).isEmpty();
        } else {
            assertThat(b.check()).singleElement().satisfies(p -> assertThat(p.code().code()).isEqualTo(code));
        }
    }

    @Test
    void check_messagesGiveSumAndTotal() {
        Breakdown complete = Breakdown.builder().total(120).complete(true)
                .cell(Sex.FEMALE, UNDER5, 10).cell(Sex.MALE, UNDER5, 12).build();
        assertThat(complete.check()).containsExactly(new BreakdownProblem(IssueCode.COUNT_BREAKDOWN_MISMATCH,
                "Breakdown cells add up to 22 but the total is 120: the cells of a complete breakdown add up to its "
                        + "total."));
        Breakdown partial = Breakdown.builder().total(20)
                .cell(Sex.FEMALE, UNDER5, 10).cell(Sex.MALE, UNDER5, 12).build();
        assertThat(partial.check()).containsExactly(new BreakdownProblem(IssueCode.COUNT_BREAKDOWN_EXCEEDS_TOTAL,
                "Breakdown cells add up to 22, above the total 20: the known cells of a partial breakdown add up to "
                        + "at most its total."));
    }

    @Test
    void accessors_sumAndOrderCells() {
        Breakdown b = Breakdown.builder().total(100).bandSet(AgeBandSet.UNHCR)
                .cell(Sex.MALE, ADULT, 30).cell(Sex.FEMALE, null, 5).cell(Sex.FEMALE, ADULT, 40)
                .cell(Sex.FEMALE, UNDER5, 10).cell(Sex.MALE, UNDER5, null).build();
        assertThat(b.total()).isEqualTo(100);
        assertThat(b.isComplete()).isFalse();
        assertThat(b.bandSet()).isSameAs(AgeBandSet.UNHCR);
        assertThat(b.cell(Sex.FEMALE, UNDER5)).isEqualTo(10);
        assertThat(b.cell(Sex.MALE, UNDER5)).as("not reported").isNull();
        assertThat(b.cell(Sex.FEMALE, null)).isEqualTo(5);
        assertThat(b.sum()).isEqualTo(85);
        assertThat(b.sumFor(Sex.FEMALE)).isEqualTo(55);
        assertThat(b.sumFor(Sex.OTHER)).isZero();
        assertThat(b.cells().keySet()).map(Breakdown.Cell::toString)
                .containsExactly("female 0-4", "female 18-59", "female age unknown", "male 18-59");
        assertThatThrownBy(() -> b.cells().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(b).hasToString("Breakdown[total=100, partial, unhcr, {female 0-4=10, female 18-59=40, "
                + "female age unknown=5, male 18-59=30}]");
    }

    @Test
    void equalBreakdowns_areEqual() {
        Breakdown a = Breakdown.builder().total(3).cell(Sex.MALE, UNDER5, 1).cell(Sex.FEMALE, UNDER5, 2).build();
        Breakdown b = Breakdown.builder().cell(Sex.FEMALE, UNDER5, 2).cell(Sex.MALE, UNDER5, 1).total(3).build();
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(Breakdown.builder().total(3).cell(Sex.MALE, UNDER5, 1).build());
    }

    @Test
    void build_rejectsNegativeCounts() {
        assertThatThrownBy(() -> Breakdown.builder().total(-1).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.COUNT_NEGATIVE))
                .hasMessage("Breakdown total -1 is negative: a count is zero or more; leave it null when not "
                        + "reported.");
        assertThatThrownBy(() -> Breakdown.builder().cell(Sex.FEMALE, UNDER5, -3).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.COUNT_NEGATIVE))
                .hasMessage("Breakdown cell female 0-4 count -3 is negative: a count is zero or more; leave it null "
                        + "when not reported.");
    }

    @Test
    void build_rejectsBandsOutsideTheBandSet() {
        assertThatThrownBy(() -> Breakdown.builder().bandSet(AgeBandSet.UNHCR).cell(Sex.MALE, AgeBand.of(0, 8), 1)
                .build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.issueCode()).isEqualTo(IssueCode.AGE_BAND_NOT_IN_SET))
                .hasMessage("Breakdown cell male 0-8 has age band 0-8, which is not in band set "
                        + "unhcr[0-4, 5-11, 12-17, 18-59, 60+]: use the set's bands or no band set.");
    }

    @Test
    void build_rejectsOverlappingBandsOfOneSex() {
        assertThatThrownBy(() -> Breakdown.builder().cell(Sex.MALE, AgeBand.of(0, 17), 5)
                .cell(Sex.MALE, UNDER5, 1).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Breakdown cells male 0-4 and male 0-17 overlap: the bands of one sex must not overlap, "
                        + "or people are counted twice.");
        assertThat(Breakdown.builder().cell(Sex.MALE, AgeBand.of(0, 17), 5).cell(Sex.FEMALE, UNDER5, 1).build()
                .sum()).isEqualTo(6);
    }

    @Test
    void builder_listsItsDefaults() {
        assertThat(Breakdown.builder())
                .hasToString("Breakdown.Builder[total=null, partial, bandSet=null, cells={}]");
    }
}
