package org.migrationkit.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.ConsistentCounts;
import org.migrationkit.core.geo.CountryBounds;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.RuleContext;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.OriginRegion;

/**
 * One Missing Migrants Project record: people who died or went missing in the process of migrating
 * (domain-standards §1.1–§1.5; the crosswalk of §1.2 maps every export layout onto these components).
 *
 * <pre>{@code
 * Incident yemen = Incident.builder().id(IncidentId.of("2024.MMP00123"))
 *         .dead(56).missing(129).total(185)
 *         .route(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).region(MmpRegion.WESTERN_ASIA)
 *         .causes(CauseCategory.DROWNING)
 *         .build();
 * RecordRules.check(yemen);   // [] — consistent
 * }</pre>
 *
 * <p><b>Counts</b> are null when the source did not report them; a blank is unknown, never 0. {@code dead},
 * {@code missing} and {@code total} are kept as given ({@link #derivedTotal()} computes dead + missing, e.g. for
 * layout C, which has no total column). {@code females}, {@code males} and {@code children} describe those among
 * the dead and missing whose sex or age is known: they are partial and may overlap (a girl counts in
 * {@code females} and in {@code children}). {@code survivors} are outside the total: no rule compares them with
 * the other counts.
 *
 * <p><b>Origin</b>: {@code originCountries} holds the countries of origin MMP names (several for a mixed group;
 * empty when MMP gives none, {@code Mixed} or {@code Unknown}); {@code originRegion} is MMP's "Region of Origin",
 * which carries MMP's "presumed" mark {@code (P)} itself ({@link OriginRegion#presumed()}, and
 * {@link #isOriginPresumed()} here) — MMP marks only the region, so there is no second flag to disagree with it.
 *
 * <p><b>Construction</b> checks structure only: required parts present, no negative count ({@code count.negative}),
 * source quality 1 to 5 ({@code quality.out-of-range}), no blank text. <b>Rules across fields</b> are reported by
 * {@link #check(RuleContext)} — through {@code RecordRules.check} or any Jakarta {@code Validator}
 * ({@link ConsistentCounts}) — and never thrown, so that inconsistent source data can be held and reported:
 * <ul>
 * <li>{@code count.total-mismatch} on {@code total} (value: the total) — total given, at least one of dead and
 *     missing given, and dead + missing (a blank one counting as 0 in this sum only) differs from it;</li>
 * <li>{@code count.partial-exceeds-total} on {@code females} (value: females + males) — at least one of females
 *     and males given, and their sum (a blank one as 0, since counts are never negative the sum can only grow)
 *     exceeds {@link #totalOrDerived()}, when that is known; a warning;</li>
 * <li>{@code count.children-exceed-total} on {@code children} (value: children) — children exceed
 *     {@link #totalOrDerived()}, when both are known; a warning;</li>
 * <li>{@code date.in-future} on {@code date} (value: the date) — the date is certainly after today (a month- or
 *     year-precise date only when its first day is).</li>
 * </ul>
 * Whether the coordinates lie in the incident country is not checked: the library carries no boundary data.
 *
 * @param id the record id: MMP "Main ID" (layouts B, C) or {@code web_id} (layouts A, D); not null
 * @param subId the "Incident ID" of one row of a split incident, or null when the layout has none or it equals
 *     the main id
 * @param kind incident, split incident or cumulative incident; not null
 * @param date the incident date with its precision, or null if not reported
 * @param location the country of incident, the place text and the coordinates, or null if none is reported
 * @param region the MMP region of incident, or null if not reported
 * @param route the MMP migration route, or null when MMP assigned none
 * @param reportedRegion the region of incident as the source wrote it, when that is not the region's current name
 *     (e.g. the legacy {@code North Africa} read as {@link MmpRegion#NORTHERN_AFRICA}, or a straddling legacy region
 *     such as {@code Middle East}); null when the source wrote the current name or no region
 * @param reportedRoute the migration route as the source wrote it, when that is not the route's current name (e.g.
 *     the legacy {@code Darien Gap} read as {@link MmpRoute#DARIEN}); null when the source wrote the current name or
 *     no route
 * @param causes the cause-of-death categories, in the order given; empty if not reported
 * @param reportedCause the cause as reported in free text (API {@code cause_death}), or null; sensitive: rules
 *     never echo it
 * @param dead the number of dead (bodies recovered), or null if not reported
 * @param missing the minimum estimated number of missing, or null if not reported
 * @param total the total of dead and missing as the source gives it, or null if not given
 * @param survivors the number of survivors, or null if not reported; outside the total
 * @param females the number of females among the dead and missing (partial), or null if not reported
 * @param males the number of males among the dead and missing (partial), or null if not reported
 * @param children the number of children among the dead and missing (partial), or null if not reported
 * @param originCountries the countries of origin; empty if not reported
 * @param originRegion the region of origin with its presumed mark, or null if not reported
 * @param sources the information sources, in the order given; empty if not reported
 * @param urls the source URLs, as given; empty if not reported
 * @param sourceQuality the MMP source quality, 1 to 5 (higher is more authoritative), or null if not reported
 */
@ConsistentCounts
public record Incident(IncidentId id, @Nullable IncidentId subId, IncidentType kind, @Nullable ReportedDate date,
        @Nullable Location location, @Nullable MmpRegion region, @Nullable MmpRoute route,
        @Nullable String reportedRegion, @Nullable String reportedRoute, List<CauseCategory> causes,
        @Nullable String reportedCause, @Nullable Integer dead, @Nullable Integer missing, @Nullable Integer total,
        @Nullable Integer survivors, @Nullable Integer females, @Nullable Integer males, @Nullable Integer children,
        List<CountryCode> originCountries, @Nullable OriginRegion originRegion, List<String> sources,
        List<String> urls, @Nullable Integer sourceQuality) implements Checkable {

    /** The lowest MMP source quality. */
    public static final int MIN_SOURCE_QUALITY = 1;
    /** The highest MMP source quality. */
    public static final int MAX_SOURCE_QUALITY = 5;

    private static final String TYPE = "Incident";

    /**
     * Creates the record, checking its structure (see the class description).
     *
     * @throws NullPointerException if {@code id}, {@code kind} or a list, or an element of a list, is null
     * @throws InvalidValueException ({@code count.negative}) if a count is negative;
     *     ({@code quality.out-of-range}) if the source quality is outside 1 to 5
     * @throws IllegalArgumentException if {@code reportedRegion}, {@code reportedRoute}, {@code reportedCause}, a
     *     source or a URL is blank
     */
    public Incident {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        causes = List.copyOf(Objects.requireNonNull(causes, "causes"));
        reportedRegion = Texts.optional(reportedRegion, TYPE, "reportedRegion");
        reportedRoute = Texts.optional(reportedRoute, TYPE, "reportedRoute");
        reportedCause = Texts.optional(reportedCause, TYPE, "reportedCause");
        Counts.requireNonNegative(dead, TYPE, "dead");
        Counts.requireNonNegative(missing, TYPE, "missing");
        Counts.requireNonNegative(total, TYPE, "total");
        Counts.requireNonNegative(survivors, TYPE, "survivors");
        Counts.requireNonNegative(females, TYPE, "females");
        Counts.requireNonNegative(males, TYPE, "males");
        Counts.requireNonNegative(children, TYPE, "children");
        originCountries = List.copyOf(Objects.requireNonNull(originCountries, "originCountries"));
        sources = Texts.list(sources, TYPE, "sources");
        urls = Texts.list(urls, TYPE, "urls");
        if (sourceQuality != null && (sourceQuality < MIN_SOURCE_QUALITY || sourceQuality > MAX_SOURCE_QUALITY)) {
            throw new InvalidValueException(IssueCode.QUALITY_OUT_OF_RANGE, "Incident sourceQuality " + sourceQuality
                    + " is out of range: a Missing Migrants Project source quality is a whole number from "
                    + MIN_SOURCE_QUALITY + " to " + MAX_SOURCE_QUALITY + "; leave it null when not reported.");
        }
    }

    /**
     * Returns a builder with the defaults: kind {@link IncidentType#INCIDENT}, empty lists, everything else null.
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
     * Returns dead + missing, the total MMP's counting rule derives (domain-standards §1.4): a blank dead or
     * missing counts as 0 when the other is given.
     *
     * @return the derived total, or null when both dead and missing are blank
     * @throws ArithmeticException if the sum exceeds {@link Integer#MAX_VALUE}
     */
    public @Nullable Integer derivedTotal() {
        if (dead == null && missing == null) {
            return null;
        }
        return Math.toIntExact(Counts.orZero(dead) + Counts.orZero(missing));
    }

    /**
     * Returns the total as given, or else the derived total.
     *
     * @return {@link #total()} if given, else {@link #derivedTotal()}; null when neither is known
     * @throws ArithmeticException if the total is not given and dead + missing exceeds {@link Integer#MAX_VALUE}
     */
    public @Nullable Integer totalOrDerived() {
        return total != null ? total : derivedTotal();
    }

    /**
     * Returns whether MMP marked the region of origin as presumed ({@code (P)}).
     *
     * @return true if the region of origin is given and presumed
     */
    public boolean isOriginPresumed() {
        return originRegion != null && originRegion.presumed();
    }

    /**
     * Reports the record's rule violations (see the class description for codes, fields and values).
     *
     * @param context where problems go, not null
     */
    @Override
    public void check(RuleContext context) {
        // long arithmetic: the rules must not throw, even for counts near Integer.MAX_VALUE.
        boolean anyOfDeadMissing = dead != null || missing != null;
        long deadPlusMissing = Counts.orZero(dead) + Counts.orZero(missing);
        if (total != null && anyOfDeadMissing && deadPlusMissing != total) {
            context.report(IssueCode.COUNT_TOTAL_MISMATCH, "total", total);
        }
        Long known = total != null ? Long.valueOf(total) : anyOfDeadMissing ? Long.valueOf(deadPlusMissing) : null;
        if (known != null) {
            if (females != null || males != null) {
                long sexes = Counts.orZero(females) + Counts.orZero(males);
                if (sexes > known) {
                    context.report(IssueCode.COUNT_PARTIAL_EXCEEDS_TOTAL, "females", sexes);
                }
            }
            if (children != null && children > known) {
                context.report(IssueCode.COUNT_CHILDREN_EXCEED_TOTAL, "children", children);
            }
        }
        if (date != null && date.isAfter(context.today())) {
            context.report(IssueCode.DATE_IN_FUTURE, "date", date);
        }
        // Real exports contain swapped or sign-flipped coordinates (domain-standards §1.5); a country without
        // bundled bounds is not checked.
        if (location != null && location.country() != null && location.point() != null) {
            GeoPoint point = location.point();
            CountryBounds.find(location.country()).filter(b -> !b.isNear(point))
                    .ifPresent(b -> context.report(IssueCode.GEO_OUTSIDE_COUNTRY, "location", point));
        }
    }

    /**
     * Returns the components for logs, with the free-text reported cause left out (it may describe a person).
     *
     * @return e.g. {@code Incident[id=2024.MMP00123, ..., reportedCause=(withheld), ...]}
     */
    @Override
    public String toString() {
        return "Incident[id=" + id + ", subId=" + subId + ", kind=" + kind + ", date=" + date + ", location="
                + location + ", region=" + region + ", route=" + route + ", reportedRegion=" + reportedRegion
                + ", reportedRoute=" + reportedRoute + ", causes=" + causes + ", reportedCause="
                + (reportedCause == null ? null : "(withheld)") + ", dead=" + dead + ", missing=" + missing
                + ", total=" + total + ", survivors=" + survivors + ", females=" + females + ", males=" + males
                + ", children=" + children + ", originCountries=" + originCountries + ", originRegion="
                + originRegion + ", sources=" + sources + ", urls=" + urls + ", sourceQuality=" + sourceQuality
                + "]";
    }

    /**
     * Builds an {@link Incident}. Defaults: kind {@link IncidentType#INCIDENT}; causes, origin countries, sources
     * and URLs empty; every other component null. {@link #id(IncidentId)} is required. List setters copy.
     */
    public static final class Builder {
        private @Nullable IncidentId id;
        private @Nullable IncidentId subId;
        private IncidentType kind = IncidentType.INCIDENT;
        private @Nullable ReportedDate date;
        private @Nullable Location location;
        private @Nullable MmpRegion region;
        private @Nullable MmpRoute route;
        private @Nullable String reportedRegion;
        private @Nullable String reportedRoute;
        private List<CauseCategory> causes = List.of();
        private @Nullable String reportedCause;
        private @Nullable Integer dead;
        private @Nullable Integer missing;
        private @Nullable Integer total;
        private @Nullable Integer survivors;
        private @Nullable Integer females;
        private @Nullable Integer males;
        private @Nullable Integer children;
        private List<CountryCode> originCountries = List.of();
        private @Nullable OriginRegion originRegion;
        private List<String> sources = List.of();
        private List<String> urls = List.of();
        private @Nullable Integer sourceQuality;

        private Builder() {
        }

        private Builder(Incident i) {
            id = i.id;
            subId = i.subId;
            kind = i.kind;
            date = i.date;
            location = i.location;
            region = i.region;
            route = i.route;
            reportedRegion = i.reportedRegion;
            reportedRoute = i.reportedRoute;
            causes = i.causes;
            reportedCause = i.reportedCause;
            dead = i.dead;
            missing = i.missing;
            total = i.total;
            survivors = i.survivors;
            females = i.females;
            males = i.males;
            children = i.children;
            originCountries = i.originCountries;
            originRegion = i.originRegion;
            sources = i.sources;
            urls = i.urls;
            sourceQuality = i.sourceQuality;
        }

        /**
         * Sets the record id (MMP "Main ID" or {@code web_id}).
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(IncidentId id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the "Incident ID" of a split incident's row.
         *
         * @param subId the sub-id, or null (the default)
         * @return this builder
         */
        public Builder subId(@Nullable IncidentId subId) {
            this.subId = subId;
            return this;
        }

        /**
         * Sets the kind of record.
         *
         * @param kind the kind, not null; {@link IncidentType#INCIDENT} by default
         * @return this builder
         */
        public Builder kind(IncidentType kind) {
            this.kind = Objects.requireNonNull(kind, "kind");
            return this;
        }

        /**
         * Sets the incident date.
         *
         * @param date the date, or null if not reported (the default)
         * @return this builder
         */
        public Builder date(@Nullable ReportedDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets the location: country of incident, place text, coordinates.
         *
         * @param location the location, or null if none is reported (the default)
         * @return this builder
         */
        public Builder location(@Nullable Location location) {
            this.location = location;
            return this;
        }

        /**
         * Sets the MMP region of incident.
         *
         * @param region the region, or null if not reported (the default)
         * @return this builder
         */
        public Builder region(@Nullable MmpRegion region) {
            this.region = region;
            return this;
        }

        /**
         * Sets the MMP migration route.
         *
         * @param route the route, or null when none is assigned (the default)
         * @return this builder
         */
        public Builder route(@Nullable MmpRoute route) {
            this.route = route;
            return this;
        }

        /**
         * Sets the region of incident as the source wrote it, when that is not the region's current name.
         *
         * @param reportedRegion the text, e.g. {@code North Africa}, or null (the default)
         * @return this builder
         */
        public Builder reportedRegion(@Nullable String reportedRegion) {
            this.reportedRegion = reportedRegion;
            return this;
        }

        /**
         * Sets the migration route as the source wrote it, when that is not the route's current name.
         *
         * @param reportedRoute the text, e.g. {@code Darien Gap}, or null (the default)
         * @return this builder
         */
        public Builder reportedRoute(@Nullable String reportedRoute) {
            this.reportedRoute = reportedRoute;
            return this;
        }

        /**
         * Sets the cause-of-death categories.
         *
         * @param causes the categories, not null; empty by default
         * @return this builder
         */
        public Builder causes(List<CauseCategory> causes) {
            this.causes = Lists.handOver(causes, "causes");
            return this;
        }

        /**
         * Sets the cause-of-death categories.
         *
         * @param causes the categories, not null
         * @return this builder
         */
        public Builder causes(CauseCategory... causes) {
            return causes(List.of(causes));
        }

        /**
         * Sets the reported cause in free text (sensitive; never echoed in issues).
         *
         * @param reportedCause the text, or null if not reported (the default)
         * @return this builder
         */
        public Builder reportedCause(@Nullable String reportedCause) {
            this.reportedCause = reportedCause;
            return this;
        }

        /**
         * Sets the number of dead.
         *
         * @param dead zero or more, or null if not reported (the default)
         * @return this builder
         */
        public Builder dead(@Nullable Integer dead) {
            this.dead = dead;
            return this;
        }

        /**
         * Sets the minimum estimated number of missing.
         *
         * @param missing zero or more, or null if not reported (the default)
         * @return this builder
         */
        public Builder missing(@Nullable Integer missing) {
            this.missing = missing;
            return this;
        }

        /**
         * Sets the total of dead and missing as the source gives it.
         *
         * @param total zero or more, or null if not given (the default)
         * @return this builder
         */
        public Builder total(@Nullable Integer total) {
            this.total = total;
            return this;
        }

        /**
         * Sets the number of survivors.
         *
         * @param survivors zero or more, or null if not reported (the default)
         * @return this builder
         */
        public Builder survivors(@Nullable Integer survivors) {
            this.survivors = survivors;
            return this;
        }

        /**
         * Sets the number of females among the dead and missing.
         *
         * @param females zero or more, or null if not reported (the default)
         * @return this builder
         */
        public Builder females(@Nullable Integer females) {
            this.females = females;
            return this;
        }

        /**
         * Sets the number of males among the dead and missing.
         *
         * @param males zero or more, or null if not reported (the default)
         * @return this builder
         */
        public Builder males(@Nullable Integer males) {
            this.males = males;
            return this;
        }

        /**
         * Sets the number of children among the dead and missing.
         *
         * @param children zero or more, or null if not reported (the default)
         * @return this builder
         */
        public Builder children(@Nullable Integer children) {
            this.children = children;
            return this;
        }

        /**
         * Sets the countries of origin.
         *
         * @param originCountries the countries, not null; empty by default
         * @return this builder
         */
        public Builder originCountries(List<CountryCode> originCountries) {
            this.originCountries = Lists.handOver(originCountries, "originCountries");
            return this;
        }

        /**
         * Sets the region of origin, with its presumed mark.
         *
         * @param originRegion the region, or null if not reported (the default)
         * @return this builder
         */
        public Builder originRegion(@Nullable OriginRegion originRegion) {
            this.originRegion = originRegion;
            return this;
        }

        /**
         * Sets the information sources.
         *
         * @param sources the sources, not null; empty by default
         * @return this builder
         */
        public Builder sources(List<String> sources) {
            this.sources = Lists.handOver(sources, "sources");
            return this;
        }

        /**
         * Sets the source URLs.
         *
         * @param urls the URLs, not null; empty by default
         * @return this builder
         */
        public Builder urls(List<String> urls) {
            this.urls = Lists.handOver(urls, "urls");
            return this;
        }

        /**
         * Sets the MMP source quality.
         *
         * @param sourceQuality 1 to 5, or null if not reported (the default)
         * @return this builder
         */
        public Builder sourceQuality(@Nullable Integer sourceQuality) {
            this.sourceQuality = sourceQuality;
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws NullPointerException if no id was set
         * @throws InvalidValueException ({@code count.negative}) if a count is negative;
         *     ({@code quality.out-of-range}) if the source quality is outside 1 to 5
         * @throws IllegalArgumentException if the reported region, route or cause, a source or a URL is blank
         */
        public Incident build() {
            return new Incident(Objects.requireNonNull(id, "id"), subId, kind, date, location, region, route,
                    reportedRegion, reportedRoute, causes, reportedCause, dead, missing, total, survivors, females,
                    males, children,
                    originCountries, originRegion, sources, urls, sourceQuality);
        }

        /**
         * Returns the settings so far, without the free-text reported cause.
         *
         * @return e.g. {@code Incident.Builder[id=null, kind=Incident, dead=null, ...]}
         */
        @Override
        public String toString() {
            return "Incident.Builder[id=" + id + ", subId=" + subId + ", kind=" + kind + ", date=" + date
                    + ", location=" + location + ", region=" + region + ", route=" + route + ", reportedRegion="
                    + reportedRegion + ", reportedRoute=" + reportedRoute + ", causes=" + causes
                    + ", dead=" + dead + ", missing=" + missing + ", total=" + total + ", survivors=" + survivors
                    + ", females=" + females + ", males=" + males + ", children=" + children + ", originCountries="
                    + originCountries + ", originRegion=" + originRegion + ", sources=" + sources + ", urls=" + urls
                    + ", sourceQuality=" + sourceQuality + "]";
        }
    }
}
