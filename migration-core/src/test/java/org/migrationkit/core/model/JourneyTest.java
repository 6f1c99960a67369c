package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.constraints.IssueCodes;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.core.vocab.Facilitation;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.JourneyStatus;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.TransportMode;

class JourneyTest {
    private static final JourneyId ID = JourneyId.of("ps-ddeb4b408bd09e548c65239acb6c190b");
    private static final String DISCONNECTED = "do not connect: a leg does not start where the previous one ended, "
            + "or the legs do not start at the journey's origin or end at a completed journey's destination";
    private static final MigrantId MIGRANT = MigrantId.of("ps-23336bd3f6b3843b755d7115c8861969");

    /** A leg of {@link #ID}; dates are canonical text or null. */
    private static Leg leg(int sequence, String from, String to, @Nullable String departed, @Nullable String arrived) {
        return Leg.builder().journey(ID).sequence(sequence).origin(CountryCode.of(from)).destination(CountryCode.of(to))
                .departed(departed == null ? null : ReportedDate.parse(departed))
                .arrived(arrived == null ? null : ReportedDate.parse(arrived)).build();
    }

    private static Journey.Builder journey(Leg... legs) {
        return Journey.builder().id(ID).migrant(MIGRANT).legs(List.of(legs));
    }

    private static List<Issue> check(Journey j) {
        return RecordRules.check(j, FastPathEquivalence.TODAY, IssueLocation.nowhere());
    }

    private static void assertSingleIssue(Journey j, IssueCode code, String field, String value, String message) {
        assertThat(check(j)).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(code);
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.location().field()).isEqualTo(field);
            assertThat(i.value()).isEqualTo(value);
            assertThat(i.message()).isEqualTo(message);
        });
    }

    /** The EHOA Eastern Route as DTM describes it (domain-standards §10): Ethiopia, Somalia, Yemen, Saudi Arabia. */
    private static Journey easternRoute() {
        return journey(
                Leg.builder().journey(ID).sequence(1).origin(CountryCode.of("ETH")).destination(CountryCode.of("SOM"))
                        .departed(ReportedDate.ofMonth(2023, 3)).arrived(ReportedDate.of(2023, 3, 28))
                        .transport(TransportMode.BUS).facilitation(Facilitation.REGULAR_CARRIER).build(),
                Leg.builder().journey(ID).sequence(2).origin(CountryCode.of("SOM")).destination(CountryCode.of("YEM"))
                        .departed(ReportedDate.of(2023, 4, 2)).arrived(ReportedDate.of(2023, 4, 3))
                        .transport(TransportMode.SMALL_BOAT).facilitation(Facilitation.SMUGGLER).build(),
                leg(3, "YEM", "SAU", "2023-05", null))
                .origin(CountryCode.of("ETH")).destination(CountryCode.of("SAU"))
                .route(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).purpose(JourneyPurpose.LABOUR)
                .status(JourneyStatus.COMPLETED).build();
    }

    @Test
    void consistentJourney_passesBothPaths() {
        Journey j = easternRoute();
        assertThat(check(j)).isEmpty();
        assertThat(FastPathEquivalence.validator().validate(j)).isEmpty();
        assertThat(j.legs()).extracting(Leg::sequence).containsExactly(1, 2, 3);
        assertThat(j.legs().get(1).facilitation()).isSameAs(Facilitation.SMUGGLER);
        assertThat(j.toBuilder().build()).isEqualTo(j);
        assertThat(j.toBuilder().status(null).build().status()).isNull();
    }

    @Test
    void unknownParts_areNullAndEmpty() {
        Journey j = Journey.builder().id(ID).migrant(MIGRANT).build();
        assertThat(j.origin()).isNull();
        assertThat(j.destination()).isNull();
        assertThat(j.route()).isNull();
        assertThat(j.purpose()).isNull();
        assertThat(j.status()).isNull();
        assertThat(j.legs()).isEmpty();
        assertThat(check(j)).isEmpty();
        Leg leg = leg(1, "AFG", "IRN", null, null);
        assertThat(leg.departed()).isNull();
        assertThat(leg.arrived()).isNull();
        assertThat(leg.transport()).isNull();
        assertThat(leg.facilitation()).isNull();
    }

    @Test
    void legs_areCopiedAndUnmodifiable() {
        List<Leg> legs = new ArrayList<>(List.of(leg(1, "AFG", "IRN", null, null)));
        Journey j = new Journey(ID, MIGRANT, null, null, legs, null, null, null);
        legs.add(leg(2, "IRN", "TUR", null, null));
        assertThat(j.legs()).hasSize(1);
        assertThatThrownBy(() -> j.legs().add(leg(2, "IRN", "TUR", null, null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_rejectsALegOfAnotherJourneyNamingItsSequenceNotTheIds() {
        Leg foreign = Leg.builder().journey(JourneyId.of("J-SECRET-7")).sequence(2).origin(CountryCode.of("IRN"))
                .destination(CountryCode.of("TUR")).build();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> journey(leg(1, "AFG", "IRN", null, null), foreign).build())
                .withMessage("Leg 2 (at index 1) belongs to another journey: every leg's journey id must be this "
                        + "journey's id (ids are not shown).");
    }

    @Test
    void constructor_rejectsNullsNamingThem() {
        assertThatNullPointerException().isThrownBy(() -> Journey.builder().migrant(MIGRANT).build()).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> Journey.builder().id(ID).build()).withMessage("migrant");
        assertThatNullPointerException()
                .isThrownBy(() -> new Journey(ID, MIGRANT, null, null, null, null, null, null)).withMessage("legs");
        assertThatNullPointerException()
                .isThrownBy(() -> new Journey(ID, MIGRANT, null, null, Arrays.asList((Leg) null), null, null, null))
                .withMessage("legs contains null");
        assertThatNullPointerException().isThrownBy(() -> Leg.builder().sequence(1).build()).withMessage("journey");
        assertThatNullPointerException()
                .isThrownBy(() -> Leg.builder().journey(ID).sequence(1).destination(CountryCode.of("IRN")).build())
                .withMessage("origin");
        assertThatNullPointerException()
                .isThrownBy(() -> Leg.builder().journey(ID).sequence(1).origin(CountryCode.of("IRN")).build())
                .withMessage("destination");
    }

    @ParameterizedTest(name = "sequence {0}")
    @CsvSource({"0", "-1"})
    void leg_rejectsSequencesBelowOne(int sequence) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Leg.builder().journey(ID).sequence(sequence).origin(CountryCode.of("AFG"))
                        .destination(CountryCode.of("IRN")).build())
                .withMessage("Leg sequence " + sequence + " is below 1: legs are numbered 1, 2, 3, ... in travel "
                        + "order.");
    }

    @Test
    void leg_builderCopiesAndDescribesWithoutTheJourneyId() {
        Leg leg = easternRoute().legs().get(1);
        assertThat(leg.toBuilder().build()).isEqualTo(leg);
        assertThat(leg.toBuilder().toString()).startsWith("Leg.Builder[journey=set, sequence=2, origin=SOM,")
                .doesNotContain(ID.value());
        assertThat(Journey.builder().toString()).startsWith("Journey.Builder[id=unset, migrant=unset,");
    }

    // ---- leg.out-of-order

    @Test
    void misnumberedLegs_areOutOfOrderOnceWithTheFirstWrongSequence() {
        assertSingleIssue(journey(leg(1, "AFG", "IRN", null, null), leg(3, "IRN", "TUR", null, null),
                leg(4, "TUR", "GRC", null, null)).build(), IssueCode.LEG_OUT_OF_ORDER, "legs", "3",
                "legs are not numbered 1, 2, 3, ... in travel order, or a leg departs before the previous one");
        assertSingleIssue(journey(leg(2, "AFG", "IRN", null, null), leg(1, "IRN", "TUR", null, null)).build(),
                IssueCode.LEG_OUT_OF_ORDER, "legs", "2",
                "legs are not numbered 1, 2, 3, ... in travel order, or a leg departs before the previous one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            departs before the previous departure,   2023-05-10, -,          2023-05-01, 2023-05-01
            departs before the previous arrival,     2023-05-01, 2023-05-20, 2023-05-10, 2023-05-10
            month before the previous day,           2023-05-10, -,          2023-04,    2023-04
            """)
    void legDepartingBeforeAnEarlierLeg_isOutOfOrder(String name, String departed1, String arrived1,
            String departed2, String value) {
        assertSingleIssue(journey(leg(1, "MAR", "ESP", departed1, arrived1), leg(2, "ESP", "FRA", departed2, null))
                .build(), IssueCode.LEG_OUT_OF_ORDER, "legs", value,
                "legs are not numbered 1, 2, 3, ... in travel order, or a leg departs before the previous one");
    }

    @Test
    void undatedLegInBetween_doesNotHideAnEarlierDate() {
        assertSingleIssue(journey(leg(1, "MAR", "ESP", "2023-06-01", null), leg(2, "ESP", "FRA", null, null),
                leg(3, "FRA", "GBR", "2023-05-15", null)).build(), IssueCode.LEG_OUT_OF_ORDER, "legs", "2023-05-15",
                "legs are not numbered 1, 2, 3, ... in travel order, or a leg departs before the previous one");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(nullValues = "-", textBlock = """
            same day as the previous arrival,        2023-05-01, 2023-05-03, 2023-05-03
            month that may be after the departure,   2023-05-20, -,          2023-05
            day inside the previous month,           2023-05,    2023-05,    2023-05-03
            year and a later day,                    2023,       -,          2023-01-01
            no dates,                                -,          -,          -
            """)
    void legsThatMayBeInOrder_pass(String name, String departed1, String arrived1, String departed2) {
        assertThat(check(journey(leg(1, "MAR", "ESP", departed1, arrived1), leg(2, "ESP", "FRA", departed2, null))
                .build())).isEmpty();
    }

    // ---- leg.disconnected

    @Test
    void legNotStartingWhereThePreviousEnded_isDisconnected() {
        assertSingleIssue(journey(leg(1, "ETH", "DJI", null, null), leg(2, "SOM", "YEM", null, null)).build(),
                IssueCode.LEG_DISCONNECTED, "legs", "SOM", DISCONNECTED);
    }

    @Test
    void firstLegNotStartingAtTheOrigin_isDisconnected() {
        assertSingleIssue(journey(leg(1, "ETH", "DJI", null, null)).origin(CountryCode.of("ERI")).build(),
                IssueCode.LEG_DISCONNECTED, "legs", "ETH", DISCONNECTED);
    }

    @Test
    void completedJourneyEndingElsewhere_isDisconnected() {
        Journey j = journey(leg(1, "ETH", "DJI", null, null), leg(2, "DJI", "YEM", null, null))
                .origin(CountryCode.of("ETH")).destination(CountryCode.of("SAU")).status(JourneyStatus.COMPLETED)
                .build();
        assertSingleIssue(j, IssueCode.LEG_DISCONNECTED, "legs", "YEM", DISCONNECTED);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = JourneyStatus.class, names = "COMPLETED", mode = EnumSource.Mode.EXCLUDE)
    void unfinishedJourney_mayEndShortOfItsDestination(JourneyStatus status) {
        assertThat(check(journey(leg(1, "ETH", "DJI", null, null), leg(2, "DJI", "YEM", null, null))
                .origin(CountryCode.of("ETH")).destination(CountryCode.of("SAU")).status(status).build())).isEmpty();
    }

    // ---- leg.arrival-before-departure

    @Test
    void legArrivingBeforeItDeparts_isReportedWithTheArrival() {
        assertSingleIssue(journey(leg(1, "COL", "PAN", "2023-05-10", "2023-05-09")).build(),
                IssueCode.LEG_ARRIVAL_BEFORE_DEPARTURE, "legs", "2023-05-09", "arrives before it departs");
    }

    @ParameterizedTest(name = "departed {0}, arrived {1}")
    @CsvSource({"2023-05-10, 2023-05-10", "2023-05, 2023-05-01", "2023-05-31, 2023-05", "2023-05-10, 2023"})
    void legThatMayArriveAfterItDeparts_passes(String departed, String arrived) {
        assertThat(check(journey(leg(1, "COL", "PAN", departed, arrived)).build())).isEmpty();
    }

    // ---- date.in-future (today is 2026-11-23)

    @ParameterizedTest(name = "departed {0}, arrived {1}")
    @CsvSource(nullValues = "-", textBlock = """
            2026-11-24, -,    2026-11-24
            2026-12,    -,    2026-12
            2026-11-01, 2027, 2027
            """)
    void legDateAfterToday_isInTheFuture(String departed, String arrived, String value) {
        assertSingleIssue(journey(leg(1, "GTM", "MEX", departed, arrived)).build(), IssueCode.DATE_IN_FUTURE, "legs",
                value, "is after today: check the year and the day/month order");
    }

    @Test
    void legDatesThatMayBeToday_pass() {
        assertThat(check(journey(leg(1, "GTM", "MEX", "2026-11-23", "2026")).build())).isEmpty();
        assertThat(check(journey(leg(1, "GTM", "MEX", "2026-11", null)).build())).isEmpty();
    }

    @Test
    void plannedJourney_mayHaveFutureDates() {
        assertThat(check(journey(leg(1, "GTM", "MEX", "2027-02-01", "2027-02-03"))
                .status(JourneyStatus.PLANNED).build())).isEmpty();
    }

    // ---- journey.return-same-country

    @Test
    void returnToTheCountryItStartsFrom_isReportedOnDestination() {
        Journey j = Journey.builder().id(ID).migrant(MIGRANT).origin(CountryCode.of("ETH"))
                .destination(CountryCode.of("ETH")).purpose(JourneyPurpose.RETURN).build();
        assertSingleIssue(j, IssueCode.JOURNEY_RETURN_SAME_COUNTRY, "destination", "ETH",
                "a return journey must end in a country other than the one it started from");
    }

    @ParameterizedTest(name = "{0}: {1} to {2}")
    @CsvSource(nullValues = "-", textBlock = """
            RETURN,    YEM, ETH
            RETURN,    -,   ETH
            RETURN,    ETH, -
            MIGRATION, ETH, ETH
            -,         ETH, ETH
            """)
    void otherJourneys_passTheReturnRule(JourneyPurpose purpose, String origin, String destination) {
        Journey j = Journey.builder().id(ID).migrant(MIGRANT).purpose(purpose)
                .origin(origin == null ? null : CountryCode.of(origin))
                .destination(destination == null ? null : CountryCode.of(destination)).build();
        assertThat(check(j)).isEmpty();
    }

    // ---- all together, both paths

    @Test
    void severalProblems_areAllReportedByBothPathsWithTheSameMessages() {
        Journey j = journey(leg(1, "ETH", "DJI", "2023-05-10", "2023-05-09"), leg(3, "SOM", "ETH", "2023-05-01", null),
                leg(4, "ETH", "ETH", "2027-01-01", null))
                .origin(CountryCode.of("ETH")).destination(CountryCode.of("ETH")).purpose(JourneyPurpose.RETURN)
                .build();
        assertThat(check(j)).extracting(Issue::code, i -> i.location().field(), Issue::value).containsExactly(
                tuple(IssueCode.LEG_ARRIVAL_BEFORE_DEPARTURE, "legs", "2023-05-09"),
                tuple(IssueCode.LEG_OUT_OF_ORDER, "legs", "3"),
                tuple(IssueCode.LEG_OUT_OF_ORDER, "legs", "2023-05-01"),
                tuple(IssueCode.LEG_DISCONNECTED, "legs", "SOM"),
                tuple(IssueCode.DATE_IN_FUTURE, "legs", "2027-01-01"),
                tuple(IssueCode.JOURNEY_RETURN_SAME_COUNTRY, "destination", "ETH"));
        Set<ConstraintViolation<Journey>> violations = FastPathEquivalence.validator().validate(j);
        assertThat(violations).extracting(v -> IssueCodes.of(v).orElseThrow(), v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                tuple(IssueCode.LEG_ARRIVAL_BEFORE_DEPARTURE, "legs", "arrives before it departs"),
                tuple(IssueCode.LEG_OUT_OF_ORDER, "legs",
                        "legs are not numbered 1, 2, 3, ... in travel order, or a leg departs before the previous one"),
                tuple(IssueCode.LEG_DISCONNECTED, "legs", DISCONNECTED),
                tuple(IssueCode.DATE_IN_FUTURE, "legs", "is after today: check the year and the day/month order"),
                tuple(IssueCode.JOURNEY_RETURN_SAME_COUNTRY, "destination",
                        "a return journey must end in a country other than the one it started from"));
        assertThat(FastPathEquivalence.beanValidation(j)).isEqualTo(FastPathEquivalence.fastPath(j));
    }
}
