package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.geo.AdminArea;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.RecordKey;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
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

    /** The facts are read from one call of the table's extractor: they must be what each column's field gives. */
    @ParameterizedTest
    @EnumSource(value = Entity.class, names = {"INCIDENT", "ASSISTANCE_EVENT", "LEG", "POPULATION_FIGURE",
            "MIGRANT", "REMITTANCE"})
    void factsFromTheExtractorsRow_areTheFieldsWireValues(Entity entity) {
        DatasetRules.Extractor x = DatasetRules.extractor(entity);
        Table<?, ?> table = Tables.of(entity);
        List<?> values = switch (entity) {
            case INCIDENT -> SampleData.seed(3).incidents().limit(2_000).toList();
            // Every third event in an admin area, so that its code and name are facts too.
            case ASSISTANCE_EVENT -> SampleData.seed(3).assistanceEvents().limit(2_000).map(e -> e.id().hashCode() % 3
                    != 0 ? e : e.toBuilder().location(Location.of(AdminArea.of(CountryCode.of("NER"), 1, "NE00"
                    + (e.id().hashCode() & 7), "Agadez " + (e.id().hashCode() & 3)))).build()).toList();
            case LEG -> SampleData.seed(3).legs().limit(2_000).toList();
            case POPULATION_FIGURE -> SampleData.seed(3).populationFigures().limit(2_000).toList();
            case MIGRANT -> SampleData.seed(3).migrants().limit(2_000).toList();
            default -> SampleData.seed(3).remittances().limit(2_000).toList();
        };
        int named = 0;
        for (Object v : values) {
            DatasetRules.Facts f = x.facts(v);
            List<String> key = table.duplicateKey().stream().map(c -> String.valueOf(wire(table, c, v))).toList();
            boolean splitWithoutSubId = v instanceof Incident i && i.kind() == IncidentType.SPLIT_INCIDENT
                    && i.subId() == null;
            assertThat(f.hasKey).isEqualTo(!key.isEmpty() && !splitWithoutSubId);
            if (f.hasKey) {
                assertThat(new long[] {f.keyHi, f.keyLo}).isEqualTo(of(String.join("\u001F", key)));
                // The same key from the record alone, as Spark's pass makes it.
                assertThat(String.valueOf(RecordKey.of(entity).of(v))).isEqualTo(String.join("\u001F", key));
            }
            for (int i = 0; i < x.spelled.size(); i++) {
                Object w = x.spelled.get(i).wire(v);
                assertThat(f.spelled[i]).isEqualTo(w == null ? null : w.toString());
            }
            for (int i = 0; i < x.measured.size(); i++) {
                Object w = x.measured.get(i).wire(v);
                assertThat(f.measuredPresent[i]).isEqualTo(w != null);
                if (w != null) {
                    assertThat(f.measured[i]).isEqualTo(((Number) w).doubleValue());
                }
            }
            Object pcode = wire(table, "adm_pcode", v);
            Object name = wire(table, "adm_name", v);
            if (pcode != null && name != null) {
                named++;
                assertThat(f.pcode).isEqualTo(pcode.toString());
                assertThat(f.name).isEqualTo(name.toString());
                assertThat(f.code).isEqualTo(wire(table, "country", v) + "|" + wire(table, "adm_level", v) + "|"
                        + pcode);
            } else {
                assertThat(f.code).isNull();
            }
        }
        if (entity == Entity.ASSISTANCE_EVENT) {
            assertThat(named).as("records with an admin area code and name").isPositive();
        }
    }

    @SuppressWarnings("unchecked")
    private static @Nullable Object wire(Table<?, ?> table, String column, Object value) {
        Field<?, ?> f = table.findField(column);
        return f == null ? null : ((Field<Object, ?>) f).wire(value);
    }

    @Test
    void aValueOfNoTable_hasNoExtractor() {
        assertThat(DatasetRules.extractor(null)).isNull();
    }
}
