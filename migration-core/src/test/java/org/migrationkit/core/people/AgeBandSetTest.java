package org.migrationkit.core.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

class AgeBandSetTest {
    static Stream<AgeBandSet> named() {
        return AgeBandSet.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("named")
    void everyNamedSet_isContiguousFromZeroAndFoundById(AgeBandSet set) {
        List<AgeBand> bands = set.bands();
        assertThat(bands.get(0).min()).isZero();
        for (int i = 1; i < bands.size(); i++) {
            Integer previousMax = bands.get(i - 1).max();
            assertThat(previousMax).as("%s before %s", bands.get(i - 1), bands.get(i)).isNotNull();
            assertThat(bands.get(i).min()).isEqualTo(previousMax + 1);
        }
        for (AgeBand b : bands) {
            assertThat(set.bandOf(b.min())).isEqualTo(b);
            assertThat(set.lookup(b.toString()).value()).isEqualTo(b);
        }
        assertThat(AgeBandSet.ofId(set.id())).isSameAs(set);
        assertThat(AgeBandSet.findById(set.id())).contains(set);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            unhcr,          0-4|5-11|12-17|18-59|60+
            unhcr-detailed, 0-4|5-11|12-17|18-24|25-49|50-59|60+
            unhcr-uasc,     0-4|5-11|12-14|15-17
            ctdc,           0-8|9-17|18-20|21-23|24-26|27-29|30-38|39-47|48+
            adult-child,    0-17|18+
            """)
    void namedSets_holdTheSourcesBands(String id, String bands) {
        assertThat(AgeBandSet.ofId(id).bands()).map(AgeBand::toString).containsExactly(bands.split("\\|"));
    }

    // set | age | band (blank: none)
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            unhcr,       0,   0-4
            unhcr,       17,  12-17
            unhcr,       18,  18-59
            unhcr,       100, 60+
            unhcr-uasc,  18,
            ctdc,        47,  39-47
            adult-child, 17,  0-17
            """)
    void bandOf_findsTheBandOfAnAge(String id, int age, String band) {
        AgeBand found = AgeBandSet.ofId(id).bandOf(age);
        assertThat(found == null ? null : found.toString()).isEqualTo(band);
    }

    @Test
    void lookup_readsBareNumberAsTheOpenBandOnlyWhereTheSetHasIt() {
        assertThat(AgeBandSet.UNHCR.lookup("60").value()).isEqualTo(AgeBand.atLeast(60));
        assertThat(AgeBandSet.UNHCR.lookup("0_4").value()).isEqualTo(AgeBand.of(0, 4));
        assertThat(AgeBandSet.CTDC.lookup("0—8").value()).isEqualTo(AgeBand.of(0, 8));
        assertThat(AgeBandSet.CTDC.lookup("60").code()).isEqualTo(IssueCode.AGE_UNPARSEABLE);
        assertThat(AgeBandSet.UNHCR_UASC.lookup("60").code()).isEqualTo(IssueCode.AGE_UNPARSEABLE);
        assertThat(AgeBand.lookup("60").code()).isEqualTo(IssueCode.AGE_UNPARSEABLE);
    }

    @Test
    void lookup_missesBandsOfAnotherSetWithASuggestion() {
        Lookup<AgeBand> l = AgeBandSet.UNHCR.lookup("0-8");
        assertThat(l.code()).isEqualTo(IssueCode.AGE_BAND_NOT_IN_SET);
        assertThat(l.suggestion()).isEqualTo("0-4");
        assertThat(AgeBandSet.UNHCR_UASC.lookup("18+").suggestion()).isNull();
        assertThat(AgeBandSet.UNHCR.lookup("18-17").code()).isEqualTo(IssueCode.AGE_BAND_REVERSED);
    }

    @Test
    void of_buildsCustomSetsSortedAndAllowsGaps() {
        AgeBandSet set = AgeBandSet.of("sparse", AgeBand.atLeast(60), AgeBand.of(0, 4));
        assertThat(set.bands()).map(AgeBand::toString).containsExactly("0-4", "60+");
        assertThat(set.bandOf(30)).isNull();
        assertThat(set).hasToString("sparse[0-4, 60+]")
                .isEqualTo(AgeBandSet.of("sparse", AgeBand.of(0, 4), AgeBand.atLeast(60)));
    }

    @Test
    void of_rejectsOverlapsNoBandsAndBlankIds() {
        assertThatThrownBy(() -> AgeBandSet.of("bad", AgeBand.of(0, 17), AgeBand.of(15, 24)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Age band set bad has overlapping bands 0-17 and 15-24: each age belongs to at most one "
                        + "band.");
        assertThatThrownBy(() -> AgeBandSet.of("bad", AgeBand.of(0, 17), AgeBand.atLeast(0)))
                .hasMessageContaining("overlapping bands 0-17 and 0+");
        assertThatThrownBy(() -> AgeBandSet.of("empty")).hasMessage("Age band set empty has no band: give at least one.");
        assertThatThrownBy(() -> AgeBandSet.of(" ", AgeBand.of(0, 4))).hasMessageStartingWith("Age band set id is blank");
    }

    @Test
    void ofId_listsTheIds() {
        assertThatThrownBy(() -> AgeBandSet.ofId("dtm"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unknown age band set \"dtm\": use one of unhcr, unhcr-detailed, unhcr-uasc, ctdc, "
                        + "adult-child.");
    }
}
