package org.migrationkit.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.JourneyId;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.MigrantId;
import org.migrationkit.core.model.Route;
import org.migrationkit.core.gcm.ObjectiveMapping;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.MmpRoute;

/** The partner tables agree with each other and follow the routes. */
class PartnerDatasetTest {
    private static final int SIZE = 10_000;
    private static final PartnerDataset DATASET = SampleData.seed(11).partnerDataset(SIZE);

    @Test
    void everyReference_resolves() {
        List<Migrant> migrants = DATASET.migrants().toList();
        Set<MigrantId> migrantIds = migrants.stream().map(Migrant::id).collect(Collectors.toSet());
        assertThat(migrantIds).hasSize(SIZE);
        List<Journey> journeys = DATASET.journeys().toList();
        Set<JourneyId> journeyIds = journeys.stream().map(Journey::id).collect(Collectors.toSet());
        assertThat(journeyIds).hasSameSizeAs(journeys);
        assertThat(journeys).allSatisfy(j -> assertThat(migrantIds).contains(j.migrant()));
        List<Leg> legs = DATASET.legs().toList();
        assertThat(legs).allSatisfy(l -> assertThat(journeyIds).contains(l.journey()));
        assertThat(legs).hasSize(journeys.stream().mapToInt(j -> j.legs().size()).sum());
        List<AssistanceEvent> events = DATASET.assistanceEvents().toList();
        assertThat(events.stream().map(AssistanceEvent::id).distinct().count()).isEqualTo(events.size());
        assertThat(events).allSatisfy(e -> assertThat(migrantIds)
                .contains(((Beneficiary.Person) e.beneficiary()).migrant()));
    }

    @Test
    void events_areDatedWithinOrAfterTheMigrantsFirstJourney() {
        Map<MigrantId, LocalDate> start = new HashMap<>();
        DATASET.journeys().filter(j -> j.id().value().endsWith("-1") && j.legs().get(0).departed() != null)
                .forEach(j -> start.put(j.migrant(), j.legs().get(0).departed().firstDay()));
        assertThat(start).hasSizeGreaterThan(SIZE * 3 / 4);
        List<AssistanceEvent> events = DATASET.assistanceEvents().filter(e -> e.date() != null).toList();
        assertThat(events).hasSizeGreaterThan(SIZE / 2);
        for (AssistanceEvent e : events) {
            LocalDate first = start.get(((Beneficiary.Person) e.beneficiary()).migrant());
            ReportedDate date = e.date();
            if (first != null && date != null) {
                assertThat(date.isBefore(first)).as("%s before %s", e, first).isFalse();
            }
        }
    }

    @Test
    void events_serveTheObjectivesOfTheirType() {
        assertThat(DATASET.assistanceEvents().limit(5_000)).allSatisfy(e -> assertThat(e.objectives())
                .isEqualTo(ObjectiveMapping.defaults().objectivesFor(e.type())));
    }

    @Test
    void legs_runBetweenTheUsualCountriesOfTheirRoute() {
        Set<MmpRoute> seen = new HashSet<>();
        DATASET.journeys().filter(j -> j.route() != null).forEach(j -> {
            Route route = Route.of(j.route());
            seen.add(j.route());
            assertThat(j.legs()).allSatisfy(l -> {
                assertThat(route.usualCountries()).as("%s", j).contains(l.origin(), l.destination());
                assertThat(l.origin()).isNotEqualTo(l.destination());
            });
        });
        assertThat(seen).containsExactlyInAnyOrderElementsOf(SampleData.supportedRoutes());
    }

    @Test
    void easternRoute_goesFromEthiopiaThroughDjiboutiOrSomaliaAndYemenToSaudiArabia() {
        List<List<String>> paths = SampleData.seed(5).withRoutes(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA)
                .partnerDataset(2_000).journeys()
                .filter(j -> j.purpose() != JourneyPurpose.RETURN)
                .map(j -> countries(j)).toList();
        assertThat(paths).contains(List.of("ETH", "DJI", "YEM", "SAU"), List.of("ETH", "SOM", "YEM", "SAU"),
                List.of("SOM", "YEM", "SAU"));
        // Every outward journey is a prefix of that pattern: no step backwards, no country skipped into Yemen.
        assertThat(paths).allSatisfy(p -> assertThat(String.join(" ", p))
                .matches("(ETH|SOM)( (DJI|SOM)( YEM( SAU)?)?)?|SOM YEM( SAU)?"));
        // Crossings into Yemen are by boat.
        assertThat(SampleData.seed(5).withRoutes(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).partnerDataset(2_000).legs()
                .filter(l -> l.destination().equals(CountryCode.of("YEM")) && l.transport() != null))
                .allSatisfy(l -> assertThat(l.transport().code()).isIn("boat", "small_boat"));
    }

    @Test
    void returns_areAssistedAndGoHome() {
        List<Journey> returns = DATASET.journeys().filter(j -> j.purpose() == JourneyPurpose.RETURN).toList();
        assertThat(returns).isNotEmpty().allSatisfy(j -> assertThat(j.origin()).isNotEqualTo(j.destination()));
        Set<MigrantId> returned = returns.stream().map(Journey::migrant).collect(Collectors.toSet());
        Set<MigrantId> assisted = DATASET.assistanceEvents().filter(e -> e.type() == AssistanceType.AVRR)
                .map(e -> ((Beneficiary.Person) e.beneficiary()).migrant()).collect(Collectors.toSet());
        assertThat(assisted).isEqualTo(returned);
    }

    @Test
    void ratios_areAsDocumented() {
        long journeys = DATASET.journeys().count();
        long legs = DATASET.legs().count();
        long events = DATASET.assistanceEvents().count();
        assertThat((double) journeys / SIZE).isCloseTo(1.12, within(0.03));
        assertThat((double) legs / journeys).isCloseTo(1.55, within(0.1));
        assertThat((double) events / SIZE).isCloseTo(0.92, within(0.08));
    }

    private static List<String> countries(Journey j) {
        List<String> path = new java.util.ArrayList<>();
        path.add(j.legs().get(0).origin().alpha3());
        j.legs().forEach(l -> path.add(l.destination().alpha3()));
        return path;
    }
}
