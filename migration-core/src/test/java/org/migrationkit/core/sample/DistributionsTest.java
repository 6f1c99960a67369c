package org.migrationkit.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.model.Remittance;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.SpecificNeed;

/** The documented shares hold on 10,000 records, within tolerance. */
class DistributionsTest {
    private static final int SIZE = 10_000;

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            EASTERN_ROUTE_TO_FROM_EHOA,  0.22, 0.15
            US_MEXICO_BORDER_CROSSING,   0.32, 0.25
            UKRAINE_TO_EUROPE,           0.65, 0.35
            AFGHANISTAN_TO_IRAN,         0.08, 0.18
            """)
    void sexAndAge_differByRoute(MmpRoute route, double women, double children) {
        List<Migrant> migrants = SampleData.seed(2).withRoutes(route).migrants().limit(SIZE).toList();
        double female = share(migrants, m -> m.sex() == Sex.FEMALE);
        assertThat(female).isCloseTo(0.98 * women, within(0.02));
        assertThat(share(migrants, m -> m.age() != null && m.age() < 18)).isCloseTo(children, within(0.02));
    }

    @Test
    void children_areUnderEighteenAndUnaccompaniedOnesFlagged() {
        List<Migrant> migrants = SampleData.seed(3).withChildShare(0.4).migrants().limit(SIZE).toList();
        List<Migrant> children = migrants.stream().filter(m -> m.age() != null && m.age() < 18).toList();
        assertThat((double) children.size() / SIZE).isCloseTo(0.4, within(0.02));
        List<Migrant> unaccompanied = migrants.stream().filter(Migrant::isRecordedUnaccompaniedOrSeparated).toList();
        assertThat((double) unaccompanied.size() / children.size()).isCloseTo(0.25, within(0.03));
        assertThat(unaccompanied).allSatisfy(m -> {
            assertThat(m.age()).isBetween(10, 17);
            assertThat(m.unaccompanied()).isTrue();
            assertThat(m.specificNeeds()).containsAnyOf(SpecificNeed.SC_UC, SpecificNeed.SC_SC);
        });
        assertThat(migrants).allSatisfy(m -> assertThat(m.age() != null && m.birthYear() != null).isFalse());
    }

    @Test
    void incidents_countAsMmpDoes() {
        List<Incident> incidents = SampleData.seed(4).incidents().limit(SIZE).toList();
        assertThat(share(incidents, i -> i.missing() == null)).isCloseTo(0.85, within(0.03));
        assertThat(share(incidents, i -> i.dead() == null)).isCloseTo(0.05, within(0.02));
        assertThat(share(incidents, i -> i.derivedTotal() == 1)).isBetween(0.5, 0.8);
        assertThat(incidents.stream().mapToInt(Incident::derivedTotal).max().getAsInt()).isGreaterThanOrEqualTo(100);
        assertThat(incidents).allSatisfy(i -> {
            assertThat(i.derivedTotal()).isPositive();
            if (i.total() != null) {
                assertThat(i.total()).isEqualTo(i.derivedTotal());
            }
            int sexes = (i.females() == null ? 0 : i.females()) + (i.males() == null ? 0 : i.males());
            assertThat(sexes).isLessThanOrEqualTo(i.derivedTotal());
        });
        assertThat(share(incidents, i -> i.females() != null)).isCloseTo(0.3, within(0.03));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            SAHARA_DESERT_CROSSING,     HARSH_ENVIRONMENTAL_CONDITIONS
            AFGHANISTAN_TO_IRAN,        VIOLENCE
            CENTRAL_MEDITERRANEAN,      DROWNING
            US_MEXICO_BORDER_CROSSING,  HARSH_ENVIRONMENTAL_CONDITIONS
            """)
    void incidentCauses_fitTheRoute(MmpRoute route, CauseCategory mostCommon) {
        Map<CauseCategory, Integer> counts = new EnumMap<>(CauseCategory.class);
        SampleData.seed(6).withRoutes(route).incidents().limit(SIZE)
                .forEach(i -> counts.merge(i.causes().get(0), 1, Integer::sum));
        CauseCategory top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        assertThat(top).isEqualTo(mostCommon);
    }

    @Test
    void atlanticIncidents_includeGambiansOffMauritania() {
        assertThat(SampleData.seed(8).withRoutes(MmpRoute.WESTERN_AFRICA_ATLANTIC_ROUTE_TO_THE_CANARY_ISLANDS)
                .incidents().limit(2_000)
                .filter(i -> i.location().country().equals(CountryCode.of("MRT"))
                        && i.originCountries().contains(CountryCode.of("GMB"))
                        && i.causes().contains(CauseCategory.DROWNING)))
                .isNotEmpty();
    }

    @Test
    void remittanceCosts_spreadAroundTheSdgTarget() {
        List<Remittance> remittances = SampleData.seed(5).remittances().limit(SIZE).toList();
        double mean = remittances.stream().mapToDouble(r -> r.costPercent().doubleValue()).average().orElseThrow();
        assertThat(mean).isBetween(4.5, 7.0);
        BigDecimal three = BigDecimal.valueOf(3);
        assertThat(share(remittances, r -> r.costPercent().compareTo(three) < 0)).isBetween(0.1, 0.4);
        assertThat(remittances).allSatisfy(r -> {
            assertThat(r.amount().scale()).isEqualTo(2);
            assertThat(r.cost().scale()).isEqualTo(2);
        });
    }

    @Test
    void figures_completeBreakdownsAddUp() {
        List<PopulationFigure> figures = SampleData.seed(7).populationFigures().limit(SIZE).toList();
        assertThat(figures).allSatisfy(f -> {
            if (f.breakdown().isComplete()) {
                assertThat(f.breakdown().sum()).isEqualTo(f.total().longValue());
            }
        });
        assertThat(share(figures, f -> f.breakdown().isComplete())).isCloseTo(0.85, within(0.03));
    }

    @Test
    void assistance_fitsThePlace() {
        long atServicePoints = SampleData.seed(12).withRoutes(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA)
                .assistanceEvents().limit(SIZE)
                .filter(e -> e.location() != null && e.location().place() != null).peek(e -> assertThat(e.type())
                        .isNotIn(AssistanceType.AVRR, AssistanceType.RECEPTION, AssistanceType.LEGAL_AID))
                .count();
        assertThat(atServicePoints).isGreaterThan(SIZE / 10);
    }

    private static <T> double share(List<T> records, Predicate<T> test) {
        return (double) records.stream().filter(test).count() / records.size();
    }
}
