package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.gcm.GcmObjective;
import org.migrationkit.core.geo.CountryBounds;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.people.AgeBand;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.OriginRegion;
import org.migrationkit.core.vocab.PopulationType;

/**
 * Seeded corpora of incidents, population figures, assistance events and remittances, valid ones and ones with
 * defects: every record-level rule fires often, and the fast path and Hibernate Validator agree record by record.
 */
class EventsCorpusTest {
    private static final int SIZE = 10_000;
    private static final List<CountryCode> COUNTRIES = List.of("YEM", "ETH", "SOM", "SAU", "DJI", "AFG", "PAK",
            "MEX", "USA", "LBY", "ITA", "GRC", "GMB", "MRT", "ESP").stream().map(CountryCode::of).toList();
    private static final List<String> CURRENCIES = List.of("USD", "EUR", "SAR", "YER", "GBP", "AFN", "MXN");
    private static final AgeBand CHILD = AgeBand.of(0, 17);
    private static final AgeBand ADULT = AgeBand.atLeast(18);

    private final SplittableRandom random = new SplittableRandom(20261123L);

    @Test
    void incidents_fastPathAndBeanValidationAgree() {
        List<Incident> corpus = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            corpus.add(incident(i));
        }
        Map<IssueCode, Integer> counts = FastPathEquivalence.assertEquivalent(corpus,
                Set.of(IssueCode.COUNT_TOTAL_MISMATCH, IssueCode.COUNT_PARTIAL_EXCEEDS_TOTAL,
                        IssueCode.COUNT_CHILDREN_EXCEED_TOTAL, IssueCode.DATE_IN_FUTURE,
                        IssueCode.GEO_OUTSIDE_COUNTRY), 100);
        assertThat(counts.keySet()).as("only the incident rules fire").containsOnly(IssueCode.COUNT_TOTAL_MISMATCH,
                IssueCode.COUNT_PARTIAL_EXCEEDS_TOTAL, IssueCode.COUNT_CHILDREN_EXCEED_TOTAL,
                IssueCode.DATE_IN_FUTURE, IssueCode.GEO_OUTSIDE_COUNTRY);
        assertThat(corpus.stream().filter(r -> FastPathEquivalence.fastPath(r).isEmpty()).count())
                .as("most records are consistent").isGreaterThan(SIZE / 2);
    }

    @Test
    void populationFigures_fastPathAndBeanValidationAgree() {
        List<PopulationFigure> corpus = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            corpus.add(figure(i));
        }
        Map<IssueCode, Integer> counts = FastPathEquivalence.assertEquivalent(corpus,
                Set.of(IssueCode.COUNT_BREAKDOWN_MISMATCH, IssueCode.COUNT_BREAKDOWN_EXCEEDS_TOTAL,
                        IssueCode.DATE_IN_FUTURE), 100);
        assertThat(counts.keySet()).containsOnly(IssueCode.COUNT_BREAKDOWN_MISMATCH,
                IssueCode.COUNT_BREAKDOWN_EXCEEDS_TOTAL, IssueCode.DATE_IN_FUTURE);
    }

    @Test
    void assistanceEvents_fastPathAndBeanValidationAgree() {
        List<AssistanceEvent> corpus = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            corpus.add(event(i));
        }
        Map<IssueCode, Integer> counts = FastPathEquivalence.assertEquivalent(corpus,
                Set.of(IssueCode.CONSENT_MISSING_FOR_REFERRAL, IssueCode.DATE_IN_FUTURE), 100);
        assertThat(counts.keySet()).containsOnly(IssueCode.CONSENT_MISSING_FOR_REFERRAL, IssueCode.DATE_IN_FUTURE);
    }

    @Test
    void remittances_fastPathAndBeanValidationAgree() {
        List<Remittance> corpus = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            corpus.add(remittance(i));
        }
        Map<IssueCode, Integer> counts = FastPathEquivalence.assertEquivalent(corpus,
                Set.of(IssueCode.REMITTANCE_COST_EXCEEDS_AMOUNT, IssueCode.DATE_IN_FUTURE), 100);
        assertThat(counts.keySet()).containsOnly(IssueCode.REMITTANCE_COST_EXCEEDS_AMOUNT, IssueCode.DATE_IN_FUTURE);
    }

    private Incident incident(int i) {
        Integer dead = maybe(0.9, () -> random.nextInt(0, 60));
        Integer missing = maybe(0.3, () -> random.nextInt(0, 150));
        Integer derived = dead == null && missing == null ? null
                : (dead == null ? 0 : dead) + (missing == null ? 0 : missing);
        Integer total = null;
        if (random.nextDouble() < 0.8) {
            total = derived == null ? Integer.valueOf(random.nextInt(1, 40)) : derived;
            if (derived != null && random.nextDouble() < 0.05) {
                total = total + random.nextInt(1, 5);   // defect: count.total-mismatch
            }
        }
        Integer known = total != null ? total : derived;
        int cap = known == null ? 30 : known;
        Integer females = maybe(0.4, () -> random.nextInt(0, cap / 2 + 1));
        Integer males = maybe(0.4, () -> random.nextInt(0, cap / 2 + 1));
        if (random.nextDouble() < 0.04) {
            females = cap + random.nextInt(1, 10);      // defect: count.partial-exceeds-total (when known)
        }
        Integer children = maybe(0.3, () -> random.nextInt(0, cap + 1));
        if (random.nextDouble() < 0.04) {
            children = cap + random.nextInt(1, 10);     // defect: count.children-exceed-total (when known)
        }
        return Incident.builder()
                .id(IncidentId.of(String.format("%d.MMP%05d", 2014 + i % 12, i)))
                .subId(random.nextDouble() < 0.05 ? IncidentId.of(String.format("%d.MMP%05d", 2014 + i % 12, i + 1))
                        : null)
                .kind(pick(IncidentType.values()))
                .date(maybe(0.95, this::date))
                .location(maybe(0.7, this::location))
                .region(maybe(0.95, () -> pick(MmpRegion.values())))
                .route(maybe(0.85, () -> pick(MmpRoute.values())))
                .causes(random.nextDouble() < 0.9 ? List.of(pick(CauseCategory.values())) : List.of())
                .reportedCause(maybe(0.3, () -> "Presumed drowning"))
                .dead(dead).missing(missing).total(total)
                .survivors(maybe(0.2, () -> random.nextInt(0, 500)))
                .females(females).males(males).children(children)
                .originCountries(random.nextDouble() < 0.5 ? List.of(pick(COUNTRIES)) : List.of())
                .originRegion(maybe(0.5, () -> OriginRegion.of(pick(List.of("Eastern Africa", "Southern Asia",
                        "Sub-Saharan Africa", "Mixed", "Unknown")), random.nextBoolean())))
                .sources(List.of("IOM"))
                .urls(random.nextBoolean() ? List.of("https://example.org/" + i) : List.of())
                .sourceQuality(maybe(0.9, () -> random.nextInt(1, 6)))
                .build();
    }

    private PopulationFigure figure(int i) {
        boolean complete = random.nextBoolean();
        Breakdown.Builder b = Breakdown.builder().complete(complete).bandSet(AgeBandSet.ADULT_CHILD);
        int sum = 0;
        for (Sex sex : List.of(Sex.FEMALE, Sex.MALE)) {
            for (AgeBand band : List.of(CHILD, ADULT)) {
                if (random.nextDouble() < 0.8) {
                    int n = random.nextInt(0, 5000);
                    b.cell(sex, band, n);
                    sum += n;
                }
            }
        }
        Integer total = sum;
        double defect = random.nextDouble();
        if (defect < 0.06) {
            total = sum + random.nextInt(1, 100);       // complete: count.breakdown-mismatch; partial: fine
        } else if (defect < 0.12 && sum > 0) {
            total = sum - random.nextInt(1, sum + 1);   // count.breakdown-mismatch or count.breakdown-exceeds-total
        } else if (defect < 0.15) {
            total = null;                                // only cells known
        } else if (!complete) {
            total = sum + random.nextInt(0, 1000);
        }
        b.total(total);
        int year = random.nextDouble() < 0.04 ? random.nextInt(2027, 2031) : random.nextInt(2000, 2027);
        return PopulationFigure.builder()
                .id(FigureId.of("fig-" + i))
                .populationType(pick(PopulationType.values()))
                .location(Location.of(pick(COUNTRIES)))
                .origin(maybe(0.5, () -> pick(COUNTRIES)))
                .period(random.nextBoolean() ? Period.ofYear(year) : Period.ofMonth(year, random.nextInt(1, 13)))
                .breakdown(b.build())
                .unit(pick(FigureUnit.values()))
                .measure(pick(FigureMeasure.values()))
                .source(pick(List.of("UNHCR", "IOM DTM", "UN DESA")))
                .edition(maybe(0.2, () -> "IMS 2024"))
                .build();
    }

    private AssistanceEvent event(int i) {
        AssistanceEvent.Builder b = AssistanceEvent.builder()
                .id(EventId.of("ev-" + i))
                .provider(pick(List.of("IOM", "UNHCR", "UNICEF", "IRC")))
                .beneficiary(random.nextDouble() < 0.7 ? Beneficiary.person(MigrantId.of("m-" + random.nextInt(5000)))
                        : Beneficiary.group(random.nextInt(1, 200)))
                .type(random.nextDouble() < 0.2 ? AssistanceType.REFERRAL : pick(AssistanceType.values()))
                .status(pick(AssistanceStatus.values()))
                .date(maybe(0.9, this::date))
                .location(maybe(0.5, this::location))
                // consent mostly recorded; refused or not recorded in a few cases
                .consentRecorded(random.nextDouble() < 0.85 ? Boolean.TRUE : maybe(0.5, random::nextBoolean));
        if (random.nextDouble() < 0.1) {
            b.objectives(EnumSet.of(pick(GcmObjective.values())));
        }
        return b.build();
    }

    private Remittance remittance(int i) {
        BigDecimal amount = BigDecimal.valueOf(random.nextLong(1_000, 200_000), 2);
        BigDecimal cost = random.nextDouble() < 0.04
                ? amount.add(BigDecimal.valueOf(random.nextLong(1, 10_000), 2))   // defect: cost above amount
                : amount.multiply(BigDecimal.valueOf(random.nextLong(0, 1_500), 4)).setScale(2,
                        java.math.RoundingMode.HALF_UP);
        return Remittance.builder()
                .id(RemittanceId.of("rem-" + i))
                .from(pick(COUNTRIES)).to(pick(COUNTRIES))
                .amount(amount).cost(cost)
                .currency(pick(CURRENCIES))
                .channel(pick(RemittanceChannel.values()))
                .date(maybe(0.9, this::date))
                .build();
    }

    /** A date with a day, month or year precision; about 5% certainly after {@link FastPathEquivalence#TODAY}. */
    private ReportedDate date() {
        LocalDate day = random.nextDouble() < 0.05
                ? FastPathEquivalence.TODAY.plusDays(random.nextInt(40, 2000))
                : LocalDate.of(2014, 1, 1).plusDays(random.nextInt(0, 4700));
        return switch (random.nextInt(3)) {
            case 0 -> ReportedDate.ofDay(day);
            case 1 -> ReportedDate.ofMonth(day.getYear(), day.getMonthValue());
            default -> ReportedDate.ofYear(day.getYear());
        };
    }

    private Location location() {
        CountryCode country = maybe(0.8, () -> pick(COUNTRIES));
        GeoPoint point = GeoPoint.of(random.nextDouble(-60, 60), random.nextDouble(-120, 120));
        if (country != null) {
            // Inside the country's main box, except a few with the longitude's sign flipped (geo.outside-country).
            double[] box = CountryBounds.find(country).orElseThrow().boxes().get(0);
            double lat = random.nextDouble(box[0], box[2] + 1e-9);
            double lon = random.nextDouble(box[1], box[3] + 1e-9);
            point = GeoPoint.of(lat, random.nextDouble() < 0.06 && Math.abs(lon) > 20 ? -lon : lon);
        }
        return Location.of(country, null, maybe(0.5, () -> "near the coast"), point);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private <T> @Nullable T maybe(double probability, java.util.function.Supplier<T> value) {
        return random.nextDouble() < probability ? value.get() : null;
    }
}
