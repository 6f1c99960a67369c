package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.io.schema.Entity;

/** The facts the reader thread works out for the dataset rules, against the values they come from. */
class ExtractorTest {
    private final Fingerprints fp = new Fingerprints();

    private long[] of(String id) {
        fp.of(id);
        return new long[] {fp.hi(), fp.lo()};
    }

    @Test
    void journeyFacts_holdItsIdItsMigrantAndTheDaysItsFirstLegsDeparted() {
        DatasetRules.Extractor x = DatasetRules.extractor(Entity.JOURNEY);
        List<Journey> journeys = SampleData.seed(1).journeys().limit(500).toList();
        for (Journey j : journeys) {
            DatasetRules.Facts f = x.facts(j);
            assertThat(f.hasKey).isTrue();
            assertThat(new long[] {f.keyHi, f.keyLo}).isEqualTo(of(j.id().toString()));
            assertThat(new long[] {f.selfHi, f.selfLo}).isEqualTo(of(j.id().toString()));
            assertThat(new long[] {f.refHi, f.refLo}).isEqualTo(of(j.migrant().toString()));
            int[] firsts = j.legs().stream().filter(l -> l.sequence() == 1).mapToInt(l -> l.departed() == null
                    ? Integer.MIN_VALUE + 1 : (int) l.departed().firstDay().toEpochDay()).toArray();
            if (firsts.length == 0) {
                assertThat(f.starts).isNull();
            } else {
                assertThat(f.starts).containsExactly(firsts);
                assertThat(new long[] {f.startHi, f.startLo}).isEqualTo(of(j.id().toString()));
            }
        }
        assertThat(journeys).anySatisfy(j -> assertThat(j.legs()).isNotEmpty());
    }

    @Test
    void legFacts_referToTheJourney_andAFirstLegDatesItsStart() {
        DatasetRules.Extractor x = DatasetRules.extractor(Entity.LEG);
        List<Leg> legs = SampleData.seed(1).legs().limit(500).toList();
        for (Leg leg : legs) {
            DatasetRules.Facts f = x.facts(leg);
            assertThat(new long[] {f.refHi, f.refLo}).isEqualTo(of(leg.journey().toString()));
            assertThat(f.starts == null).isEqualTo(leg.sequence() != 1);
        }
        assertThat(legs).anySatisfy(l -> assertThat(l.sequence()).isEqualTo(1));
    }

    @Test
    void eventFacts_referToThePerson_onTheLastDayTheirDateMayMean() {
        DatasetRules.Extractor x = DatasetRules.extractor(Entity.ASSISTANCE_EVENT);
        List<AssistanceEvent> events = SampleData.seed(1).assistanceEvents().limit(2_000).toList();
        for (AssistanceEvent e : events) {
            DatasetRules.Facts f = x.facts(e);
            assertThat(new long[] {f.keyHi, f.keyLo}).isEqualTo(of(e.id().toString()));
            if (e.beneficiary() instanceof Beneficiary.Person p) {
                assertThat(new long[] {f.refHi, f.refLo}).isEqualTo(of(p.migrant().toString()));
                ReportedDate d = e.date();
                assertThat(f.day).isEqualTo(d == null ? Integer.MIN_VALUE : (int) d.lastDay().toEpochDay());
            } else {
                assertThat(f.refKind).isZero();
            }
            assertThat(f.spelled).hasSize(x.spelled.size());
            assertThat(f.measured).hasSize(x.measured.size());
        }
        assertThat(events).anySatisfy(e -> assertThat(e.date()).isNotNull()
                .satisfies(d -> assertThat(d.lastDay()).isNotEqualTo(d.firstDay())));
    }

    @Test
    void aValueOfNoTable_hasNoExtractor() {
        assertThat(DatasetRules.extractor(null)).isNull();
    }
}
