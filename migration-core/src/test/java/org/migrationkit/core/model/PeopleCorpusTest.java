package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.vocab.Facilitation;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.JourneyStatus;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.core.vocab.SpecificNeed;
import org.migrationkit.core.vocab.TransportMode;

/**
 * A seeded corpus of migrants and journeys, valid ones and ones with known defects, on which the fast path and
 * Hibernate Validator must agree record by record, and which exercises every record rule of both at least 100 times.
 */
class PeopleCorpusTest {
    private static final int SIZE = 10_000;
    private static final int THIS_YEAR = FastPathEquivalence.TODAY.getYear();
    private static final List<Route> ROUTES = Route.catalogue().stream().filter(r -> r.usualCountries().size() >= 2)
            .toList();
    private static final List<CountryCode> COUNTRIES = CountryCode.all();

    @Test
    void migrants_bothPathsAgreeAndEveryRuleFires() {
        SplittableRandom random = new SplittableRandom(20261123L);
        List<Migrant> corpus = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            corpus.add(migrant(random, i));
        }
        Map<IssueCode, Integer> counts = FastPathEquivalence.assertEquivalent(corpus,
                Set.of(IssueCode.AGE_UNACCOMPANIED_ADULT, IssueCode.AGE_BIRTH_YEAR_MISMATCH, IssueCode.DATE_IN_FUTURE),
                100);
        assertThat(counts.keySet()).containsOnly(IssueCode.AGE_UNACCOMPANIED_ADULT, IssueCode.AGE_BIRTH_YEAR_MISMATCH,
                IssueCode.DATE_IN_FUTURE);
        assertThat(corpus.stream().filter(m -> FastPathEquivalence.fastPath(m).isEmpty()).count())
                .as("valid migrants").isGreaterThan(SIZE / 2);
    }

    @Test
    void journeys_bothPathsAgreeAndEveryRuleFires() {
        SplittableRandom random = new SplittableRandom(4L);
        List<Journey> corpus = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            corpus.add(journey(random, i));
        }
        Set<IssueCode> codes = Set.of(IssueCode.LEG_OUT_OF_ORDER, IssueCode.LEG_DISCONNECTED,
                IssueCode.LEG_ARRIVAL_BEFORE_DEPARTURE, IssueCode.DATE_IN_FUTURE,
                IssueCode.JOURNEY_RETURN_SAME_COUNTRY);
        Map<IssueCode, Integer> counts = FastPathEquivalence.assertEquivalent(corpus, codes, 100);
        assertThat(counts.keySet()).isSubsetOf(codes);
        assertThat(corpus.stream().filter(j -> FastPathEquivalence.fastPath(j).isEmpty()).count())
                .as("valid journeys").isGreaterThan(SIZE / 2);
    }

    private static Migrant migrant(SplittableRandom random, int i) {
        Integer age = random.nextInt(5) == 0 ? null : random.nextInt(90);
        Integer birthYear = random.nextInt(3) == 0 ? null
                : age == null ? THIS_YEAR - random.nextInt(90) : THIS_YEAR - age - random.nextInt(2);
        Boolean unaccompanied = age != null && age < 18 && random.nextInt(4) == 0 ? Boolean.TRUE
                : random.nextInt(3) == 0 ? Boolean.FALSE : null;
        List<SpecificNeed> needs = new ArrayList<>();
        if (random.nextInt(8) == 0) {
            needs.add(pick(random, SpecificNeed.values()));
        }
        switch (random.nextInt(20)) {
            case 0: // age.unaccompanied-adult through the flag
                unaccompanied = true;
                age = 18 + random.nextInt(40);
                birthYear = null;
                break;
            case 1: // age.unaccompanied-adult through a UNHCR SC need and the birth year alone
                needs.add(random.nextBoolean() ? SpecificNeed.SC_UC : SpecificNeed.SC_SC);
                age = null;
                birthYear = THIS_YEAR - 19 - random.nextInt(40);
                break;
            case 2: // age.birth-year-mismatch
                age = 20 + random.nextInt(40);
                birthYear = THIS_YEAR - age + (random.nextBoolean() ? 2 + random.nextInt(8) : -2 - random.nextInt(8));
                break;
            case 3: // date.in-future, with or without a mismatching age
                birthYear = THIS_YEAR + 1 + random.nextInt(10);
                break;
            default:
                break;
        }
        Migrant.Builder b = Migrant.builder().id(MigrantId.of("M-" + i)).age(age).birthYear(birthYear)
                .unaccompanied(unaccompanied).specificNeeds(needs)
                .sex(random.nextInt(6) == 0 ? null : pick(random, Sex.values()))
                .countryOfBirth(random.nextInt(4) == 0 ? null : pick(random, COUNTRIES));
        for (int n = random.nextInt(3); n > 0; n--) {
            b.nationality(pick(random, COUNTRIES));
        }
        if (random.nextBoolean()) {
            b.populationType(pick(random, PopulationType.values()));
        }
        return b.build();
    }

    private static Journey journey(SplittableRandom random, int i) {
        JourneyId id = JourneyId.of("J-" + i);
        Route route = pick(random, ROUTES);
        List<CountryCode> countries = route.usualCountries();
        int first = random.nextInt(countries.size() - 1);
        int last = first + 1 + random.nextInt(countries.size() - first - 1);
        LocalDate day = LocalDate.of(2014, 1, 1).plusDays(random.nextInt(4000));
        List<Leg> legs = new ArrayList<>();
        for (int k = first; k < last; k++) {
            LocalDate departed = day;
            day = day.plusDays(random.nextInt(30));
            legs.add(Leg.builder().journey(id).sequence(legs.size() + 1).origin(countries.get(k))
                    .destination(countries.get(k + 1)).departed(date(random, departed))
                    .arrived(random.nextInt(3) == 0 ? null : date(random, day))
                    .transport(random.nextInt(4) == 0 ? null : pick(random, TransportMode.values()))
                    .facilitation(random.nextInt(3) == 0 ? null : pick(random, Facilitation.values())).build());
            day = day.plusDays(random.nextInt(60));
        }
        Journey.Builder b = Journey.builder().id(id).migrant(MigrantId.of("M-" + random.nextInt(SIZE)))
                .route(random.nextInt(5) == 0 ? null : route.name())
                .origin(random.nextInt(4) == 0 ? null : countries.get(first))
                .destination(random.nextInt(4) == 0 ? null : countries.get(last))
                .purpose(random.nextInt(3) == 0 ? null : pick(random, JourneyPurpose.values()))
                .status(random.nextInt(3) == 0 ? null : random.nextBoolean() ? JourneyStatus.COMPLETED
                        : pick(random, JourneyStatus.values()));
        int n = legs.size();
        Leg lastLeg = legs.get(n - 1);
        switch (random.nextInt(16)) {
            case 0: // leg.out-of-order: numbering
                legs.set(n - 1, lastLeg.toBuilder().sequence(n + 1 + random.nextInt(3)).build());
                break;
            case 1: // leg.out-of-order: departs before the previous leg (or, for one leg, see case 3)
                if (n > 1) {
                    legs.set(n - 1, lastLeg.toBuilder().departed(ReportedDate.ofDay(
                            legs.get(n - 2).departed().firstDay().minusDays(1 + random.nextInt(20)))).build());
                }
                break;
            case 2: // leg.disconnected: between legs, at the origin, or at a completed journey's destination
                CountryCode elsewhere = CountryCode.of("BRA");
                switch (random.nextInt(3)) {
                    case 0:
                        legs.set(n - 1, lastLeg.toBuilder().origin(elsewhere).build());
                        break;
                    case 1:
                        b.origin(elsewhere);
                        break;
                    default:
                        b.destination(elsewhere).status(JourneyStatus.COMPLETED);
                        break;
                }
                break;
            case 3: // leg.arrival-before-departure
                LocalDate departed = lastLeg.departed().firstDay();
                legs.set(n - 1, lastLeg.toBuilder().departed(ReportedDate.ofDay(departed))
                        .arrived(ReportedDate.ofDay(departed.minusDays(1 + random.nextInt(5)))).build());
                break;
            case 4: // date.in-future, or a plan, which may be in the future
                legs.set(n - 1, lastLeg.toBuilder()
                        .departed(ReportedDate.ofMonth(THIS_YEAR + 1, 1 + random.nextInt(12))).arrived(null).build());
                b.status(random.nextInt(4) == 0 ? JourneyStatus.PLANNED : JourneyStatus.IN_PROGRESS);
                break;
            case 5: // journey.return-same-country
                b.purpose(JourneyPurpose.RETURN).origin(countries.get(first)).destination(countries.get(first))
                        .status(null);
                break;
            default:
                break;
        }
        return b.legs(legs).build();
    }

    /** A day, or the month or year it falls in: the rules must cope with every precision. */
    private static ReportedDate date(SplittableRandom random, LocalDate day) {
        switch (random.nextInt(6)) {
            case 0:
                return ReportedDate.ofMonth(day.getYear(), day.getMonthValue());
            case 1:
                return ReportedDate.ofYear(day.getYear());
            default:
                return ReportedDate.ofDay(day);
        }
    }

    private static <T> T pick(SplittableRandom random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
