package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.OriginRegion;

class IncidentTest {
    private static final IncidentId ID = IncidentId.of("2024.MMP00123");

    private static List<Issue> issues(Incident incident) {
        return RecordRules.check(incident, FastPathEquivalence.TODAY, IssueLocation.nowhere());
    }

    private static Incident counts(Integer dead, Integer missing, Integer total, Integer females, Integer males,
            Integer children) {
        return Incident.builder().id(ID).dead(dead).missing(missing).total(total).females(females).males(males)
                .children(children).build();
    }

    /** domain-standards §1.4: the Yemen capsizing example maps onto a consistent record. */
    @Test
    void yemenCapsizing_isConsistent() {
        Incident yemen = Incident.builder().id(ID)
                .dead(56).missing(129).total(185)
                .route(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).region(MmpRegion.WESTERN_ASIA)
                .causes(CauseCategory.DROWNING)
                .location(Location.of(CountryCode.of("YEM")))
                .build();
        assertThat(issues(yemen)).isEmpty();
        assertThat(FastPathEquivalence.beanValidation(yemen)).isEmpty();
        assertThat(yemen.derivedTotal()).isEqualTo(185);
        assertThat(yemen.totalOrDerived()).isEqualTo(185);
        assertThat(yemen.route().code()).isEqualTo("Eastern Route to/from EHOA");
        assertThat(yemen.region().code()).isEqualTo("Western Asia");
        assertThat(yemen.causes()).containsExactly(CauseCategory.DROWNING);
    }

    @Test
    void builder_defaultsToAnIncidentWithNothingReported() {
        Incident i = Incident.builder().id(ID).build();
        assertThat(i.kind()).isEqualTo(IncidentType.INCIDENT);
        assertThat(i.causes()).isEmpty();
        assertThat(i.originCountries()).isEmpty();
        assertThat(i.sources()).isEmpty();
        assertThat(i.urls()).isEmpty();
        assertThat(i.subId()).isNull();
        assertThat(i.date()).isNull();
        assertThat(i.location()).isNull();
        assertThat(i.dead()).isNull();
        assertThat(i.total()).isNull();
        assertThat(i.survivors()).isNull();
        assertThat(i.sourceQuality()).isNull();
        assertThat(i.derivedTotal()).as("both blank: unknown, not 0").isNull();
        assertThat(i.totalOrDerived()).isNull();
        assertThat(i.isOriginPresumed()).isFalse();
        assertThat(issues(i)).isEmpty();
    }

    @Test
    void builder_setsEveryComponent_andToBuilderCopies() {
        Location lesvos = Location.of(CountryCode.of("GRC"), null, "off Lesvos", GeoPoint.of(39.2, 26.3));
        Incident i = Incident.builder().id(ID).subId(IncidentId.of("2024.MMP00124")).kind(IncidentType.SPLIT_INCIDENT)
                .date(ReportedDate.of(2024, 3, 2)).location(lesvos).region(MmpRegion.MEDITERRANEAN)
                .route(MmpRoute.EASTERN_MEDITERRANEAN).reportedRegion("Mediterranean Sea")
                .reportedRoute("Turkey to Greece").causes(List.of(CauseCategory.DROWNING))
                .reportedCause("Presumed drowning").dead(3).missing(2).total(5).survivors(40).females(2).males(1)
                .children(1).originCountries(List.of(CountryCode.of("AFG"), CountryCode.of("SYR")))
                .originRegion(OriginRegion.parse("Western / Southern Asia (P)")).sources(List.of("IOM Greece"))
                .urls(List.of("https://example.org/a")).sourceQuality(4).build();
        assertThat(i.subId()).hasToString("2024.MMP00124");
        assertThat(i.kind()).isEqualTo(IncidentType.SPLIT_INCIDENT);
        assertThat(i.date()).hasToString("2024-03-02");
        assertThat(i.location()).isEqualTo(lesvos);
        assertThat(i.reportedCause()).isEqualTo("Presumed drowning");
        assertThat(i.reportedRegion()).isEqualTo("Mediterranean Sea");
        assertThat(i.reportedRoute()).isEqualTo("Turkey to Greece");
        assertThat(i.toString()).contains("reportedRegion=Mediterranean Sea, reportedRoute=Turkey to Greece");
        assertThat(i.survivors()).isEqualTo(40);
        assertThat(i.originCountries()).extracting(CountryCode::toString).containsExactly("AFG", "SYR");
        assertThat(i.isOriginPresumed()).isTrue();
        assertThat(i.sourceQuality()).isEqualTo(4);
        assertThat(issues(i)).isEmpty();
        assertThat(i.toBuilder().build()).isEqualTo(i);
        assertThat(i.toBuilder().dead(4).build().dead()).isEqualTo(4);
    }

    // dead | missing | total (given) | derivedTotal | totalOrDerived
    @ParameterizedTest(name = "dead={0} missing={1} total={2}")
    @CsvSource(textBlock = """
             56, 129, 185, 185, 185
             12,    ,    ,  12,  12
               ,   7,    ,   7,   7
               ,    ,    ,    ,
               ,    ,  10,    ,  10
             20,    ,  25,  20,  25
            """)
    void derivedTotal_countsABlankAsZeroOnlyWhenTheOtherIsGiven(Integer dead, Integer missing, Integer total,
            Integer derived, Integer totalOrDerived) {
        Incident i = counts(dead, missing, total, null, null, null);
        assertThat(i.derivedTotal()).isEqualTo(derived);
        assertThat(i.totalOrDerived()).isEqualTo(totalOrDerived);
    }

    // dead | missing | total | females | males | children | expected codes (space-separated; blank: none)
    @ParameterizedTest(name = "d={0} m={1} t={2} f={3} m={4} c={5} -> {6}")
    @CsvSource(textBlock = """
             56, 129, 185,    ,    ,    ,
             56, 129, 184,    ,    ,    , count.total-mismatch
             12,    ,  12,    ,    ,    ,
             12,    ,  13,    ,    ,    , count.total-mismatch
               ,   7,   7,    ,    ,    ,
               ,   7,   0,    ,    ,    , count.total-mismatch
               ,    ,  10,    ,    ,    ,
              0,   0,   0,    ,    ,    ,
             10,    ,    ,   6,   4,    ,
             10,    ,    ,   6,   5,    , count.partial-exceeds-total
             10,    ,    ,  11,    ,    , count.partial-exceeds-total
             10,    ,    ,    ,  11,    , count.partial-exceeds-total
               ,    ,  10,   6,   5,    , count.partial-exceeds-total
               ,    ,    ,  60,  50,  70,
             10,    ,    ,    ,    ,  10,
             10,    ,    ,   4,   4,  11, count.children-exceed-total
             10,    ,  12,   9,   4,  13, count.total-mismatch count.partial-exceeds-total count.children-exceed-total
            """)
    void check_appliesTheMmpCountingRules(Integer dead, Integer missing, Integer total, Integer females,
            Integer males, Integer children, String codes) {
        List<String> expected = codes == null ? List.of() : List.of(codes.split(" "));
        Incident i = counts(dead, missing, total, females, males, children);
        assertThat(issues(i)).extracting(issue -> issue.code().code()).containsExactlyElementsOf(expected);
        assertThat(FastPathEquivalence.beanValidation(i)).isEqualTo(FastPathEquivalence.fastPath(i));
    }

    @Test
    void totalMismatch_isAnErrorOnTotal() {
        assertThat(issues(counts(56, 129, 184, null, null, null))).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.COUNT_TOTAL_MISMATCH);
            assertThat(issue.severity()).isEqualTo(Severity.ERROR);
            assertThat(issue.location().field()).isEqualTo("total");
            assertThat(issue.value()).isEqualTo("184");
            assertThat(issue.message()).isEqualTo("dead plus missing does not equal the total of dead and missing");
        });
    }

    @Test
    void partialExceedsTotal_isAWarningOnFemalesWithTheSum() {
        assertThat(issues(counts(10, null, null, 6, 5, null))).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.COUNT_PARTIAL_EXCEEDS_TOTAL);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.location().field()).isEqualTo("females");
            assertThat(issue.value()).isEqualTo("11");
            assertThat(issue.message())
                    .isEqualTo("females plus males exceed the total of dead and missing; check both counts");
        });
    }

    @Test
    void childrenExceedTotal_isAWarningOnChildren() {
        assertThat(issues(counts(3, 1, 4, null, null, 5))).singleElement().satisfies(issue -> {
            assertThat(issue.code()).isEqualTo(IssueCode.COUNT_CHILDREN_EXCEED_TOTAL);
            assertThat(issue.severity()).isEqualTo(Severity.WARNING);
            assertThat(issue.location().field()).isEqualTo("children");
            assertThat(issue.value()).isEqualTo("5");
            assertThat(issue.message())
                    .isEqualTo("children exceed the total of dead and missing; check both counts");
        });
    }

    @Test
    void survivors_areOutsideTheTotal() {
        assertThat(issues(Incident.builder().id(ID).dead(1).total(1).survivors(300).build())).isEmpty();
    }

    // TODAY is 2026-11-23: only dates certainly after it are in the future.
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026-11-23, false
            2026-11-24, true
            2026-11,    false
            2026-12,    true
            2026,       false
            2027,       true
            2014-01-06, false
            """)
    void date_inTheFutureIsAnErrorOnDate(String date, boolean future) {
        Incident i = Incident.builder().id(ID).date(ReportedDate.parse(date)).build();
        if (future) {
            assertThat(issues(i)).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(IssueCode.DATE_IN_FUTURE);
                assertThat(issue.location().field()).isEqualTo("date");
                assertThat(issue.value()).isEqualTo(date);
                assertThat(issue.message()).isEqualTo("is after today: check the year and the day/month order");
            });
        } else {
            assertThat(issues(i)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} at {1}, {2}: outside = {3}")
    @CsvSource(textBlock = """
            ITA, 35.50,  12.60, false
            ITA, 34.29, -12.35, true
            LBY, 32.94,  13.20, false
            LBY, 32.94, -12.09, true
            YEM, 13.30,  43.10, false
            YEM, 43.24,  17.25, true
            MEX, 31.33, -110.9, false
            """)
    void coordinates_farFromTheIncidentCountryAreAWarningOnLocation(String country, double lat, double lon,
            boolean outside) {
        GeoPoint point = GeoPoint.of(lat, lon);
        Incident i = Incident.builder().id(ID).location(Location.of(CountryCode.of(country), null, null, point))
                .build();
        if (outside) {
            assertThat(issues(i)).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(IssueCode.GEO_OUTSIDE_COUNTRY);
                assertThat(issue.severity()).isEqualTo(Severity.WARNING);
                assertThat(issue.location().field()).isEqualTo("location");
                assertThat(issue.value()).isEqualTo(point.toString());
                assertThat(issue.message()).isEqualTo("the coordinates lie far from the country of the incident: "
                        + "check for swapped latitude and longitude or a flipped sign");
            });
        } else {
            assertThat(issues(i)).isEmpty();
        }
    }

    @Test
    void coordinates_areNotCheckedWithoutACountryOrForACountryWithoutBounds() {
        GeoPoint nowhere = GeoPoint.of(-60, -120);
        assertThat(issues(Incident.builder().id(ID).location(Location.of(nowhere)).build())).isEmpty();
        assertThat(issues(Incident.builder().id(ID)
                .location(Location.of(CountryCode.of("UKN"), null, null, nowhere)).build())).isEmpty();
    }

    @Test
    void beanValidation_reportsTheSameFieldAndMessageKey() {
        Incident i = counts(56, 129, 184, null, null, null).toBuilder().date(ReportedDate.ofYear(2030)).build();
        assertThat(FastPathEquivalence.validator().validate(i))
                .extracting(v -> v.getPropertyPath().toString() + " " + v.getMessageTemplate())
                .containsExactlyInAnyOrder("total {org.migrationkit.count.total-mismatch}",
                        "date {org.migrationkit.date.in-future}");
    }

    @Test
    void check_neverOverflows() {
        Incident huge = counts(Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MAX_VALUE, null, null, null);
        assertThat(issues(huge)).extracting(Issue::code).containsExactly(IssueCode.COUNT_TOTAL_MISMATCH);
        assertThatThrownBy(huge::derivedTotal).isInstanceOf(ArithmeticException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dead", "missing", "total", "survivors", "females", "males", "children"})
    void negativeCount_isRejectedNamingTheField(String field) {
        Incident.Builder b = Incident.builder().id(ID);
        switch (field) {
            case "dead" -> b.dead(-1);
            case "missing" -> b.missing(-1);
            case "total" -> b.total(-1);
            case "survivors" -> b.survivors(-1);
            case "females" -> b.females(-1);
            case "males" -> b.males(-1);
            default -> b.children(-1);
        }
        assertThatThrownBy(b::build).isInstanceOf(InvalidValueException.class)
                .hasMessage("Incident " + field + " -1 is negative: a count is zero or more; leave it null when not "
                        + "reported.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.COUNT_NEGATIVE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, 6, -1})
    void sourceQualityOutsideOneToFive_isRejected(int quality) {
        assertThatThrownBy(() -> Incident.builder().id(ID).sourceQuality(quality).build())
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("Incident sourceQuality " + quality + " is out of range: a Missing Migrants Project "
                        + "source quality is a whole number from 1 to 5; leave it null when not reported.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.QUALITY_OUT_OF_RANGE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void sourceQualityOneToFive_isAccepted(int quality) {
        assertThat(Incident.builder().id(ID).sourceQuality(quality).build().sourceQuality()).isEqualTo(quality);
    }

    @Test
    void blankTexts_areRejected_unknownIsNull() {
        assertThatIllegalArgumentException().isThrownBy(() -> Incident.builder().id(ID).reportedRegion(" ").build())
                .withMessage("Incident reportedRegion is blank: pass null when it is not reported.");
        assertThatIllegalArgumentException().isThrownBy(() -> Incident.builder().id(ID).reportedRoute("").build())
                .withMessage("Incident reportedRoute is blank: pass null when it is not reported.");
        assertThatIllegalArgumentException().isThrownBy(() -> Incident.builder().id(ID).reportedCause(" ").build())
                .withMessage("Incident reportedCause is blank: pass null when it is not reported.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Incident.builder().id(ID).sources(List.of("IOM", "")).build())
                .withMessage("Incident sources[1] is blank: leave blank entries out of the list.");
        assertThatIllegalArgumentException().isThrownBy(() -> Incident.builder().id(ID).urls(List.of(" ")).build())
                .withMessage("Incident urls[0] is blank: leave blank entries out of the list.");
    }

    @Test
    void missingRequiredParts_areRejectedNamingThem() {
        assertThatNullPointerException().isThrownBy(() -> Incident.builder().build()).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> Incident.builder().kind(null)).withMessage("kind");
        List<String> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> Incident.builder().id(ID).sources(withNull).build())
                .withMessage("sources[0]");
    }

    @Test
    void lists_areCopiedAndUnmodifiable() {
        List<CauseCategory> causes = new ArrayList<>(List.of(CauseCategory.DROWNING));
        List<String> sources = new ArrayList<>(List.of("IOM Yemen"));
        Incident.Builder b = Incident.builder().id(ID).causes(causes).sources(sources);
        causes.add(CauseCategory.VIOLENCE);
        Incident i = b.build();
        sources.add("Reuters");
        assertThat(i.causes()).containsExactly(CauseCategory.DROWNING);
        assertThat(i.sources()).containsExactly("IOM Yemen");
        assertThatThrownBy(() -> i.causes().add(CauseCategory.VIOLENCE))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> i.urls().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> i.originCountries().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void toString_withholdsTheReportedCause() {
        Incident i = Incident.builder().id(ID).reportedCause("Gun shot (by border police)").build();
        assertThat(i.toString()).contains("reportedCause=(withheld)").doesNotContain("Gun shot");
        assertThat(Incident.builder().id(ID).reportedCause("Gun shot").toString()).doesNotContain("Gun shot");
    }
}
