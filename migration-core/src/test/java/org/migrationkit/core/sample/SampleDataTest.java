package org.migrationkit.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.MmpRoute;

/** The generator's API: options, determinism, laziness. */
class SampleDataTest {
    @Test
    void seed_usesTheDocumentedDefaults() {
        SampleData s = SampleData.seed(42);
        assertThat(s.seed()).isEqualTo(42);
        assertThat(s.routes()).isEqualTo(SampleData.supportedRoutes()).hasSize(15)
                .contains(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA, MmpRoute.CENTRAL_MEDITERRANEAN);
        assertThat(s.dateRange()).hasToString("2019-01-01/2025-12-31");
        assertThat(s.childShare()).isEmpty();
        assertThat(s.unaccompaniedShare()).isEqualTo(0.25);
        assertThat(s).hasToString("SampleData[seed=42, routes=all 15 supported, dateRange=2019-01-01/2025-12-31, "
                + "childShare=per route, unaccompaniedShare=0.25]");
    }

    @Test
    void with_returnsChangedCopies() {
        SampleData base = SampleData.seed(1);
        SampleData changed = base.withRoutes(MmpRoute.DARIEN).withChildShare(0.5).withUnaccompaniedShare(0)
                .withDateRange(Period.ofYear(2020));
        assertThat(base).isEqualTo(SampleData.seed(1)).isNotEqualTo(changed);
        assertThat(changed.routes()).containsExactly(MmpRoute.DARIEN);
        assertThat(changed.childShare()).hasValue(0.5);
        assertThat(changed).hasToString("SampleData[seed=1, routes=[Darien], dateRange=2020, childShare=0.5, "
                + "unaccompaniedShare=0.0]");
        assertThat(changed).isEqualTo(base.withRoutes(List.of(MmpRoute.DARIEN)).withChildShare(0.5)
                .withUnaccompaniedShare(0).withDateRange(Period.ofYear(2020)));
        assertThat(changed.hashCode()).isEqualTo(base.withRoutes(MmpRoute.DARIEN).withChildShare(0.5)
                .withUnaccompaniedShare(0).withDateRange(Period.ofYear(2020)).hashCode());
    }

    @Test
    void withRoutes_rejectsAnUnsupportedRouteListingTheSupportedOnes() {
        assertThatThrownBy(() -> SampleData.seed(1).withRoutes(MmpRoute.HORN_OF_AFRICA_ROUTE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Route \"Horn of Africa Route\" is not supported by the sample-data "
                        + "generator: use one of \"US-Mexico border crossing\", \"Afghanistan to Iran\",");
        assertThatThrownBy(() -> SampleData.seed(1).withRoutes())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("No route given: give at least");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {-0.1, 1.1, Double.NaN})
    void withChildShare_rejectsSharesOutsideZeroToOne(double share) {
        assertThatThrownBy(() -> SampleData.seed(1).withChildShare(share))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Child share " + share + " is outside 0 to 1: give a fraction such as 0.2.");
        assertThatThrownBy(() -> SampleData.seed(1).withUnaccompaniedShare(share))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Unaccompanied share " + share + " is outside 0 to 1: give a fraction such as 0.2.");
    }

    @Test
    void partnerDataset_rejectsANegativeSize() {
        assertThatThrownBy(() -> SampleData.seed(1).partnerDataset(-1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Partner dataset size -1 is negative: give the number of migrants, zero or more.");
        assertThat(SampleData.seed(1).partnerDataset(0).migrants()).isEmpty();
    }

    @Test
    void sameSeed_givesEqualRecords() {
        for (int k = 0; k < 2; k++) {
            SampleData a = SampleData.seed(42);
            SampleData b = SampleData.seed(42);
            assertThat(a.migrants().limit(500).toList()).isEqualTo(b.migrants().limit(500).toList());
            assertThat(a.journeys().limit(500).toList()).isEqualTo(b.journeys().limit(500).toList());
            assertThat(a.assistanceEvents().limit(500).toList()).isEqualTo(b.assistanceEvents().limit(500).toList());
            assertThat(a.incidents().limit(500).toList()).isEqualTo(b.incidents().limit(500).toList());
            assertThat(a.populationFigures().limit(500).toList()).isEqualTo(b.populationFigures().limit(500).toList());
            assertThat(a.remittances().limit(500).toList()).isEqualTo(b.remittances().limit(500).toList());
        }
    }

    @Test
    void differentSeeds_giveDifferentRecords() {
        assertThat(SampleData.seed(1).migrants().limit(100).toList())
                .isNotEqualTo(SampleData.seed(2).migrants().limit(100).toList());
        assertThat(SampleData.seed(1).incidents().limit(100).toList())
                .isNotEqualTo(SampleData.seed(2).incidents().limit(100).toList());
        assertThat(SampleData.seed(1).remittances().limit(100).toList())
                .isNotEqualTo(SampleData.seed(2).remittances().limit(100).toList());
    }

    @Test
    void parallelStreams_giveTheSameRecordsAsSequentialOnes() {
        List<Migrant> sequential = SampleData.seed(3).migrants().limit(2_000).toList();
        assertThat(SampleData.seed(3).partnerDataset(2_000).migrants().parallel().toList()).isEqualTo(sequential);
    }

    @Test
    void infiniteTables_startWithThePartnerDataset() {
        PartnerDataset d = SampleData.seed(9).partnerDataset(300);
        List<Journey> journeys = d.journeys().toList();
        assertThat(SampleData.seed(9).journeys().limit(journeys.size()).toList()).isEqualTo(journeys);
        assertThat(d.size()).isEqualTo(300);
        assertThat(d.toString()).startsWith("PartnerDataset[migrants=300, SampleData[seed=9");
    }

    @Test
    void withDateRange_datesEveryRecordInTheRange() {
        Period year = Period.ofYear(2021);
        SampleData s = SampleData.seed(5).withDateRange(year);
        Stream<ReportedDate> dates = Stream.of(
                s.journeys().limit(2_000).flatMap(j -> j.legs().stream())
                        .flatMap(l -> Stream.of(l.departed(), l.arrived())),
                s.incidents().limit(2_000).map(i -> i.date()),
                s.assistanceEvents().limit(2_000).map(e -> e.date()),
                s.remittances().limit(2_000).map(r -> r.date()),
                s.populationFigures().limit(2_000).map(f -> f.period().start()))
                .flatMap(x -> x).filter(d -> d != null);
        assertThat(dates).allSatisfy(d -> assertThat(d.year()).isEqualTo(2021));
        assertThat(s.migrants().limit(2_000).filter(m -> m.birthYear() != null))
                .allSatisfy(m -> assertThat(m.birthYear()).isLessThanOrEqualTo(LocalDate.of(2021, 12, 31).getYear()));
    }
}
