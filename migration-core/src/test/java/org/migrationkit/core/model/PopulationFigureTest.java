package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.geo.AdminArea;
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
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.core.vocab.AssessmentType;
import org.migrationkit.core.vocab.DisplacementReason;
import org.migrationkit.core.vocab.PopulationType;

class PopulationFigureTest {
    private static final CountryCode YEM = CountryCode.of("YEM");
    private static final AgeBand CHILD = AgeBand.of(0, 17);
    private static final AgeBand ADULT = AgeBand.atLeast(18);

    private static List<Issue> issues(PopulationFigure f) {
        return RecordRules.check(f, FastPathEquivalence.TODAY, IssueLocation.nowhere());
    }

    private static PopulationFigure.Builder figure() {
        return PopulationFigure.builder().id(FigureId.of("F1")).populationType(PopulationType.MIGRANT)
                .location(Location.of(YEM)).period(Period.ofYear(2023)).source("IOM DTM").total(100);
    }

    /**
     * domain-standards §11: 21,130 women and girls, including 3,773 girls, arrived in Yemen in 2023 — women are
     * 21,130 − 3,773 = 17,357.
     */
    @Test
    void yemenArrivals2023_isConsistent() {
        Breakdown women = Breakdown.builder().total(21130).complete(true)
                .cell(Sex.FEMALE, CHILD, 3773).cell(Sex.FEMALE, ADULT, 17357).build();
        PopulationFigure f = figure().measure(FigureMeasure.ARRIVED).breakdown(women).build();
        assertThat(issues(f)).isEmpty();
        assertThat(FastPathEquivalence.beanValidation(f)).isEmpty();
        assertThat(f.total()).isEqualTo(21130);
        assertThat(f.breakdown().cell(Sex.FEMALE, CHILD)).isEqualTo(3773);
    }

    @Test
    void builder_defaultsAndEveryComponent() {
        PopulationFigure plain = figure().build();
        assertThat(plain.unit()).isEqualTo(FigureUnit.INDIVIDUALS);
        assertThat(plain.measure()).isEqualTo(FigureMeasure.PRESENT);
        assertThat(plain.origin()).isNull();
        assertThat(plain.edition()).isNull();
        assertThat(plain.total()).isEqualTo(100);
        assertThat(plain.breakdown().cells()).isEmpty();

        Location sanaa = Location.of(AdminArea.of(YEM, 1, "YE13", "Amanat Al Asimah"));
        PopulationFigure full = figure().id(FigureId.of("F2")).populationType(PopulationType.REF).location(sanaa)
                .origin(CountryCode.of("SOM")).date(ReportedDate.ofMonth(2024, 6)).unit(FigureUnit.HOUSEHOLDS)
                .measure(FigureMeasure.IN_NEED).source("UNHCR").edition("mid-year 2024").build();
        assertThat(full.location().country()).isEqualTo(YEM);
        assertThat(full.origin()).hasToString("SOM");
        assertThat(full.period()).isEqualTo(ReportedDate.ofMonth(2024, 6).toPeriod());
        assertThat(full.unit()).isEqualTo(FigureUnit.HOUSEHOLDS);
        assertThat(full.measure()).isEqualTo(FigureMeasure.IN_NEED);
        assertThat(full.source()).isEqualTo("UNHCR");
        assertThat(full.edition()).isEqualTo("mid-year 2024");
        assertThat(full.toBuilder().build()).isEqualTo(full);
        assertThat(full.toBuilder().total(null).build().total()).as("only cells known, or nothing").isNull();
    }

    // complete | total | female 0-17 | male 0-17 | expected code (blank: none)
    @ParameterizedTest(name = "complete={0} total={1} cells={2},{3}")
    @CsvSource(textBlock = """
            true,  22, 10, 12,
            true,  23, 10, 12, count.breakdown-mismatch
            true,    , 10, 12,
            false, 30, 10, 12,
            false, 21, 10, 12, count.breakdown-exceeds-total
            false,   , 10, 12,
            """)
    void breakdownArithmetic_isReportedOnBreakdown(boolean complete, Integer total, int f, int m, String code) {
        Breakdown b = Breakdown.builder().complete(complete).total(total).bandSet(AgeBandSet.ADULT_CHILD)
                .cell(Sex.FEMALE, CHILD, f).cell(Sex.MALE, CHILD, m).build();
        PopulationFigure figure = figure().breakdown(b).build();
        if (code == null) {
            assertThat(issues(figure)).isEmpty();
        } else {
            assertThat(issues(figure)).singleElement().satisfies(issue -> {
                assertThat(issue.code().code()).isEqualTo(code);
                assertThat(issue.severity()).isEqualTo(Severity.ERROR);
                assertThat(issue.location().field()).isEqualTo("breakdown");
                assertThat(issue.value()).isEqualTo(String.valueOf(total));
            });
        }
        assertThat(FastPathEquivalence.beanValidation(figure)).isEqualTo(FastPathEquivalence.fastPath(figure));
    }

    @Test
    void breakdownMessages_comeFromTheBundle() {
        Breakdown mismatch = Breakdown.builder().complete(true).total(5).cell(Sex.MALE, null, 4).build();
        assertThat(issues(figure().breakdown(mismatch).build())).extracting(Issue::message)
                .containsExactly("the cells of a complete breakdown do not add up to its total");
        Breakdown exceeds = Breakdown.builder().total(3).cell(Sex.MALE, null, 4).build();
        assertThat(issues(figure().breakdown(exceeds).build())).extracting(Issue::message)
                .containsExactly("the known cells of a partial breakdown exceed its total");
    }

    // TODAY is 2026-11-23: only a period certainly starting after it is in the future.
    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026,                  false
            2026-11/2027-02,       false
            2026-11-24,            true
            2027,                  true
            2020-07-01,            false
            """)
    void period_startingInTheFutureIsAnErrorOnPeriod(String period, boolean future) {
        PopulationFigure f = figure().period(Period.parse(period)).build();
        if (future) {
            assertThat(issues(f)).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(IssueCode.DATE_IN_FUTURE);
                assertThat(issue.location().field()).isEqualTo("period");
                assertThat(issue.value()).isEqualTo(period);
                assertThat(issue.message()).isEqualTo("is after today: check the year and the day/month order");
            });
        } else {
            assertThat(issues(f)).isEmpty();
        }
    }

    @Test
    void beanValidation_reportsOnTheSameFields() {
        Breakdown exceeds = Breakdown.builder().total(3).cell(Sex.MALE, null, 4).build();
        PopulationFigure f = figure().breakdown(exceeds).period(Period.ofYear(2030)).build();
        assertThat(FastPathEquivalence.validator().validate(f))
                .extracting(v -> v.getPropertyPath().toString() + " " + v.getMessageTemplate())
                .containsExactlyInAnyOrder("breakdown {org.migrationkit.count.breakdown-exceeds-total}",
                        "period {org.migrationkit.date.in-future}");
    }

    @Test
    void structure_isCheckedOnConstruction() {
        assertThatNullPointerException().isThrownBy(() -> PopulationFigure.builder().build()).withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> PopulationFigure.builder().id(FigureId.of("F")).build())
                .withMessage("populationType");
        assertThatNullPointerException().isThrownBy(() -> figure().unit(null)).withMessage("unit");
        assertThatIllegalArgumentException().isThrownBy(() -> figure().source(" ").build())
                .withMessage("PopulationFigure source is blank: give a non-blank text.");
        assertThatIllegalArgumentException().isThrownBy(() -> figure().edition("").build())
                .withMessage("PopulationFigure edition is blank: pass null when it is not reported.");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> figure().location(Location.of(GeoPoint.of(15.3, 44.2))).build())
                .withMessage("PopulationFigure location has neither a country nor an admin area: a figure is counted "
                        + "in a country (and perhaps an admin area of it).");
        assertThatThrownBy(() -> figure().total(-5)).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.COUNT_NEGATIVE);
    }

    @Test
    void dtmComponents_roundAssessmentReasonsOperation() {
        PopulationFigure plain = figure().build();
        assertThat(plain.round()).isNull();
        assertThat(plain.assessmentType()).isNull();
        assertThat(plain.displacementReasons()).isEmpty();
        assertThat(plain.operation()).isNull();

        List<DisplacementReason> reasons = new java.util.ArrayList<>(List.of(DisplacementReason.CONFLICT,
                DisplacementReason.NATURAL_DISASTER));
        PopulationFigure dtm = figure().populationType(PopulationType.IDP).round(12).assessmentType(AssessmentType.BA)
                .displacementReasons(reasons).operation("Lake Chad Basin Crisis").build();
        reasons.clear();
        assertThat(dtm.round()).isEqualTo(12);
        assertThat(dtm.assessmentType()).isEqualTo(AssessmentType.BA);
        assertThat(dtm.displacementReasons()).as("copied").containsExactly(DisplacementReason.CONFLICT,
                DisplacementReason.NATURAL_DISASTER);
        assertThat(dtm.operation()).isEqualTo("Lake Chad Basin Crisis");
        assertThat(dtm.edition()).as("a round is not an edition").isNull();
        assertThat(dtm.toBuilder().build()).isEqualTo(dtm);
        assertThat(figure().round(PopulationFigure.MIN_ROUND).build().round()).isEqualTo(1);
        assertThat(figure().displacementReasons(DisplacementReason.INSECURITY).build().displacementReasons())
                .containsExactly(DisplacementReason.INSECURITY);
        assertThat(issues(dtm)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void round_belowOneIsRefused(int round) {
        assertThatThrownBy(() -> figure().round(round).build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("PopulationFigure round " + round + " is out of range: a data-collection round is a whole "
                        + "number from 1; leave it null when the figure is from no numbered round.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.ROUND_OUT_OF_RANGE);
    }

    @Test
    void dtmComponents_structureIsChecked() {
        assertThatIllegalArgumentException().isThrownBy(() -> figure().operation(" ").build())
                .withMessage("PopulationFigure operation is blank: pass null when it is not reported.");
        assertThatNullPointerException().isThrownBy(() -> figure().displacementReasons((List<DisplacementReason>) null))
                .withMessage("displacementReasons");
        List<DisplacementReason> withNull = new java.util.ArrayList<>();
        withNull.add(null);
        assertThatNullPointerException().isThrownBy(() -> figure().displacementReasons(withNull).build());
    }
}
