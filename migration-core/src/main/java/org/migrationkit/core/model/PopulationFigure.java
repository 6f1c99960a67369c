package org.migrationkit.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.ConsistentFigure;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.people.BreakdownProblem;
import org.migrationkit.core.time.Period;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.RuleContext;
import org.migrationkit.core.vocab.AssessmentType;
import org.migrationkit.core.vocab.DisplacementReason;
import org.migrationkit.core.vocab.PopulationType;

/**
 * A stock or flow figure: how many people of one population type were somewhere during a period, as a UNHCR,
 * DTM or UN DESA table gives it (DESIGN §3; domain-standards §2, §4, §5, §10.2).
 *
 * <pre>{@code
 * PopulationFigure arrivals = PopulationFigure.builder().id(FigureId.of("yem-2023-f"))
 *         .populationType(PopulationType.MIGRANT).location(Location.of(CountryCode.of("YEM")))
 *         .period(Period.ofYear(2023)).measure(FigureMeasure.ARRIVED).source("IOM DTM")
 *         .breakdown(Breakdown.builder().total(21130).cell(Sex.FEMALE, null, 21130).build())
 *         .build();
 * }</pre>
 *
 * <p>The figure itself is {@code breakdown().total()}; the breakdown's cells split it by sex and age band. The total
 * may be null when a source gives only cells (e.g. females and males without a total); {@link #total()} is a
 * shortcut. A figure with an edition (UN DESA's "IMS 2024" revised the mid-2020 stock) is only comparable with
 * figures of the same edition. A DTM figure also says which data-collection round and which kind of assessment
 * it comes from, why the people were displaced, and the DTM operation (domain-standards §2.2); a round is not an
 * edition: figures of different rounds of one operation form a time series.
 *
 * <p><b>Construction</b> checks structure only (required parts present, a location with a country, no blank
 * text, a round of 1 or more ({@code round.out-of-range}); the breakdown checked its own counts and bands when it
 * was built). <b>Rules across fields</b> are reported
 * by {@link #check(RuleContext)} — through {@code RecordRules.check} or any Jakarta {@code Validator}
 * ({@link ConsistentFigure}) — never thrown:
 * <ul>
 * <li>{@code count.breakdown-mismatch} on {@code breakdown} (value: the total) — a complete breakdown whose cells
 *     do not add up to its total;</li>
 * <li>{@code count.breakdown-exceeds-total} on {@code breakdown} (value: the total) — a partial breakdown whose
 *     known cells exceed its total;</li>
 * <li>{@code date.in-future} on {@code period} (value: the period) — the period certainly starts after today.</li>
 * </ul>
 * ({@code age.band-not-in-set} cannot arise here: {@link Breakdown.Builder#build()} refuses such a band.)
 *
 * @param id the figure id, not null
 * @param populationType who is counted: a UNHCR population type or one of the library's migrant groups; not null
 * @param location where: a country and/or an administrative area (for UNHCR figures, the country of asylum); not
 *     null
 * @param origin the country of origin (UNHCR {@code ISO3CoO}), or null when the figure is not by origin
 * @param period when: a date (a one-day, one-month or one-year period) or a range; not null
 * @param breakdown the figure and its split by sex and age band; not null
 * @param unit what is counted, individuals or households; not null
 * @param measure what is measured: people present, arrived, departed, ...; not null
 * @param source the organisation that published the figure, e.g. {@code UNHCR}; not null or blank
 * @param edition the edition of the source, e.g. {@code IMS 2024}, or null if none applies
 * @param round the data-collection round (DTM {@code roundNumber}), 1 or more, or null if none applies or it is
 *     not reported
 * @param assessmentType the kind of DTM assessment, or null if none applies or it is not reported
 * @param displacementReasons why the people were displaced (DTM {@code displacementReason}), in the order given;
 *     empty if not reported
 * @param operation the DTM operation, e.g. {@code Lake Chad Basin Crisis}, or null if none applies
 */
@ConsistentFigure
public record PopulationFigure(FigureId id, PopulationType populationType, Location location,
        @Nullable CountryCode origin, Period period, Breakdown breakdown, FigureUnit unit, FigureMeasure measure,
        String source, @Nullable String edition, @Nullable Integer round, @Nullable AssessmentType assessmentType,
        List<DisplacementReason> displacementReasons, @Nullable String operation) implements Checkable {

    /** The first data-collection round. */
    public static final int MIN_ROUND = 1;

    private static final String TYPE = "PopulationFigure";

    /**
     * Creates the record, checking its structure (see the class description).
     *
     * @throws NullPointerException if a required part or the reasons list, or an element of it, is null
     * @throws InvalidValueException ({@code round.out-of-range}) if the round is below 1
     * @throws IllegalArgumentException if the location has no country (a point or a place alone does not do), or
     *     {@code source}, {@code edition} or {@code operation} is blank
     */
    public PopulationFigure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(populationType, "populationType");
        Objects.requireNonNull(location, "location");
        if (location.country() == null) {
            throw new IllegalArgumentException("PopulationFigure location has neither a country nor an admin area: "
                    + "a figure is counted in a country (and perhaps an admin area of it).");
        }
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(breakdown, "breakdown");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(measure, "measure");
        source = Texts.required(source, TYPE, "source");
        edition = Texts.optional(edition, TYPE, "edition");
        if (round != null && round < MIN_ROUND) {
            throw new InvalidValueException(IssueCode.ROUND_OUT_OF_RANGE, "PopulationFigure round " + round
                    + " is out of range: a data-collection round is a whole number from " + MIN_ROUND
                    + "; leave it null when the figure is from no numbered round.");
        }
        displacementReasons = List.copyOf(Objects.requireNonNull(displacementReasons, "displacementReasons"));
        operation = Texts.optional(operation, TYPE, "operation");
    }

    /**
     * Returns a builder with the defaults: unit {@link FigureUnit#INDIVIDUALS}, measure {@link FigureMeasure#PRESENT},
     * no origin, edition, round, assessment type, reasons or operation; id, population type, location, period,
     * breakdown and source are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this record's components, to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns the figure: the breakdown's total.
     *
     * @return the total, or null when the source gives only the breakdown's cells
     */
    public @Nullable Integer total() {
        return breakdown.total();
    }

    /**
     * Reports the record's rule violations (see the class description for codes, fields and values).
     *
     * @param context where problems go, not null
     */
    @Override
    public void check(RuleContext context) {
        for (BreakdownProblem problem : breakdown.check()) {
            context.report(problem.code(), "breakdown", breakdown.total());
        }
        if (period.start().isAfter(context.today())) {
            context.report(IssueCode.DATE_IN_FUTURE, "period", period);
        }
    }

    /**
     * Builds a {@link PopulationFigure}. Defaults: unit {@link FigureUnit#INDIVIDUALS}, measure
     * {@link FigureMeasure#PRESENT}, origin, edition, round, assessment type and operation null, no displacement
     * reasons; id, population type, location, period (or date),
     * breakdown and source are required.
     */
    public static final class Builder {
        private @Nullable FigureId id;
        private @Nullable PopulationType populationType;
        private @Nullable Location location;
        private @Nullable CountryCode origin;
        private @Nullable Period period;
        private @Nullable Breakdown breakdown;
        private FigureUnit unit = FigureUnit.INDIVIDUALS;
        private FigureMeasure measure = FigureMeasure.PRESENT;
        private @Nullable String source;
        private @Nullable String edition;
        private @Nullable Integer round;
        private @Nullable AssessmentType assessmentType;
        private List<DisplacementReason> displacementReasons = List.of();
        private @Nullable String operation;

        private Builder() {
        }

        private Builder(PopulationFigure f) {
            id = f.id;
            populationType = f.populationType;
            location = f.location;
            origin = f.origin;
            period = f.period;
            breakdown = f.breakdown;
            unit = f.unit;
            measure = f.measure;
            source = f.source;
            edition = f.edition;
            round = f.round;
            assessmentType = f.assessmentType;
            displacementReasons = f.displacementReasons;
            operation = f.operation;
        }

        /**
         * Sets the figure id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(FigureId id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets who is counted.
         *
         * @param populationType the population type, not null
         * @return this builder
         */
        public Builder populationType(PopulationType populationType) {
            this.populationType = Objects.requireNonNull(populationType, "populationType");
            return this;
        }

        /**
         * Sets where.
         *
         * @param location the country and/or administrative area, not null
         * @return this builder
         */
        public Builder location(Location location) {
            this.location = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Sets the country of origin.
         *
         * @param origin the country, or null (the default) when the figure is not by origin
         * @return this builder
         */
        public Builder origin(@Nullable CountryCode origin) {
            this.origin = origin;
            return this;
        }

        /**
         * Sets when.
         *
         * @param period the period, not null
         * @return this builder
         */
        public Builder period(Period period) {
            this.period = Objects.requireNonNull(period, "period");
            return this;
        }

        /**
         * Sets when, as a single date: the period of that day, month or year.
         *
         * @param date the date, not null
         * @return this builder
         */
        public Builder date(ReportedDate date) {
            return period(Objects.requireNonNull(date, "date").toPeriod());
        }

        /**
         * Sets the figure and its split.
         *
         * @param breakdown the breakdown, not null
         * @return this builder
         */
        public Builder breakdown(Breakdown breakdown) {
            this.breakdown = Objects.requireNonNull(breakdown, "breakdown");
            return this;
        }

        /**
         * Sets the figure without a split: a partial breakdown with this total and no cells.
         *
         * @param total the figure, zero or more, or null if not reported
         * @return this builder
         * @throws org.migrationkit.core.validation.InvalidValueException ({@code count.negative}) if negative
         */
        public Builder total(@Nullable Integer total) {
            return breakdown(Breakdown.builder().total(total).build());
        }

        /**
         * Sets what is counted.
         *
         * @param unit the unit, not null; {@link FigureUnit#INDIVIDUALS} by default
         * @return this builder
         */
        public Builder unit(FigureUnit unit) {
            this.unit = Objects.requireNonNull(unit, "unit");
            return this;
        }

        /**
         * Sets what is measured.
         *
         * @param measure the measure, not null; {@link FigureMeasure#PRESENT} by default
         * @return this builder
         */
        public Builder measure(FigureMeasure measure) {
            this.measure = Objects.requireNonNull(measure, "measure");
            return this;
        }

        /**
         * Sets the publishing organisation.
         *
         * @param source e.g. {@code UNHCR}, not null or blank
         * @return this builder
         */
        public Builder source(String source) {
            this.source = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Sets the edition of the source.
         *
         * @param edition e.g. {@code IMS 2024}, or null (the default)
         * @return this builder
         */
        public Builder edition(@Nullable String edition) {
            this.edition = edition;
            return this;
        }

        /**
         * Sets the data-collection round.
         *
         * @param round 1 or more, or null (the default) when none applies or it is not reported
         * @return this builder
         */
        public Builder round(@Nullable Integer round) {
            this.round = round;
            return this;
        }

        /**
         * Sets the kind of DTM assessment.
         *
         * @param assessmentType the assessment type, or null (the default)
         * @return this builder
         */
        public Builder assessmentType(@Nullable AssessmentType assessmentType) {
            this.assessmentType = assessmentType;
            return this;
        }

        /**
         * Sets why the people were displaced.
         *
         * @param displacementReasons the reasons, not null; empty (the default) when not reported
         * @return this builder
         */
        public Builder displacementReasons(List<DisplacementReason> displacementReasons) {
            this.displacementReasons = Lists.handOver(displacementReasons, "displacementReasons");
            return this;
        }

        /**
         * Sets why the people were displaced.
         *
         * @param displacementReasons the reasons, not null
         * @return this builder
         */
        public Builder displacementReasons(DisplacementReason... displacementReasons) {
            return displacementReasons(List.of(displacementReasons));
        }

        /**
         * Sets the DTM operation.
         *
         * @param operation e.g. {@code Lake Chad Basin Crisis}, or null (the default)
         * @return this builder
         */
        public Builder operation(@Nullable String operation) {
            this.operation = operation;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws NullPointerException if a required part was not set
         * @throws InvalidValueException ({@code round.out-of-range}) if the round is below 1
         * @throws IllegalArgumentException if the location has no country, or the source, the edition or the
         *     operation is blank
         */
        public PopulationFigure build() {
            return new PopulationFigure(Objects.requireNonNull(id, "id"),
                    Objects.requireNonNull(populationType, "populationType"),
                    Objects.requireNonNull(location, "location"), origin, Objects.requireNonNull(period, "period"),
                    Objects.requireNonNull(breakdown, "breakdown"), unit, measure,
                    Objects.requireNonNull(source, "source"), edition, round, assessmentType, displacementReasons,
                    operation);
        }

        /**
         * Returns the settings so far.
         *
         * @return e.g. {@code PopulationFigure.Builder[id=null, populationType=REF, ...]}
         */
        @Override
        public String toString() {
            return "PopulationFigure.Builder[id=" + id + ", populationType=" + populationType + ", location="
                    + location + ", origin=" + origin + ", period=" + period + ", breakdown=" + breakdown + ", unit="
                    + unit + ", measure=" + measure + ", source=" + source + ", edition=" + edition + ", round=" + round
                    + ", assessmentType=" + assessmentType + ", displacementReasons=" + displacementReasons
                    + ", operation=" + operation + "]";
        }
    }
}
