package org.migrationkit.core.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.ConsistentJourney;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.RuleContext;
import org.migrationkit.core.vocab.JourneyPurpose;
import org.migrationkit.core.vocab.JourneyStatus;
import org.migrationkit.core.vocab.MmpRoute;

/**
 * The travel of one migrant from an origin towards a destination, as a list of {@link Leg}s in travel order.
 *
 * <p>The constructor checks structure only: id and migrant present, legs not null and all belonging to this
 * journey. Rules across fields are reported by {@link #check(RuleContext)}, never thrown; each reports the value that
 * locates the problem (a leg's sequence number, date or country):
 * <ul>
 *   <li>{@code leg.out-of-order} (field {@code legs}): the legs are not numbered 1, 2, 3, ... in list order
 *       (reported once, with the first wrong sequence number), or a leg departs certainly before an earlier leg
 *       departed or arrived (reported per leg, with its departure);</li>
 *   <li>{@code leg.disconnected} (field {@code legs}): a leg does not start in the country where the previous one
 *       ended (value: the leg's origin); the first leg does not start at the journey's known origin (value: the leg's
 *       origin); or a {@link JourneyStatus#COMPLETED completed} journey's last leg does not end at its known
 *       destination (value: the leg's destination). Only a completed journey must reach its destination: the legs
 *       of a journey in progress or interrupted end where it stands;</li>
 *   <li>{@code leg.arrival-before-departure} (field {@code legs}): a leg arrives certainly before it departs (value:
 *       its arrival);</li>
 *   <li>{@code date.in-future} (field {@code legs}): a leg's departure or arrival is certainly after today (value:
 *       the date) — except on a {@link JourneyStatus#PLANNED planned} journey, whose legs are plans;</li>
 *   <li>{@code journey.return-same-country} (field {@code destination}): a {@link JourneyPurpose#RETURN return}
 *       whose known origin and destination are the same country (value: the destination).</li>
 * </ul>
 * Dates compare "certainly" ({@link ReportedDate#isBefore(ReportedDate)}): a month-precise {@code 2023-05} and a
 * day {@code 2023-05-10} are never out of order, because the month may stand for a day before or after it.
 *
 * <pre>{@code
 * JourneyId j = JourneyId.of("ps-0a9b...");
 * Journey journey = Journey.builder().id(j).migrant(MigrantId.of("ps-4f1c..."))
 *         .origin(CountryCode.of("ETH")).destination(CountryCode.of("SAU"))
 *         .route(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA).purpose(JourneyPurpose.LABOUR)
 *         .leg(Leg.builder().journey(j).sequence(1).origin(CountryCode.of("ETH")).destination(CountryCode.of("DJI"))
 *                 .departed(ReportedDate.ofMonth(2023, 5)).transport(TransportMode.FOOT).build())
 *         .build();
 * }</pre>
 *
 * @param id the pseudonymous id, not null
 * @param migrant the migrant who travels, not null
 * @param origin the country the journey starts from, null if not reported
 * @param destination the country the journey aims at, null if not reported
 * @param legs the legs in travel order, each belonging to this journey; empty if none recorded; unmodifiable
 * @param route the Missing Migrants Project route the journey follows, null if not reported
 * @param purpose why the journey is made, null if not reported
 * @param status where the journey stands, null if not reported
 */
@ConsistentJourney
public record Journey(
        JourneyId id,
        MigrantId migrant,
        @Nullable CountryCode origin,
        @Nullable CountryCode destination,
        List<Leg> legs,
        @Nullable MmpRoute route,
        @Nullable JourneyPurpose purpose,
        @Nullable JourneyStatus status) implements Checkable {

    /**
     * Creates a journey, checking structure only.
     *
     * @throws NullPointerException if {@code id}, {@code migrant}, {@code legs} or one of the legs is null
     * @throws IllegalArgumentException if a leg belongs to another journey; the message names the leg's sequence,
     *     not the ids
     */
    public Journey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(migrant, "migrant");
        Objects.requireNonNull(legs, "legs");
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = Objects.requireNonNull(legs.get(i), "legs contains null");
            if (!leg.journey().equals(id)) {
                throw new IllegalArgumentException("Leg " + leg.sequence() + " (at index " + i + ") belongs to "
                        + "another journey: every leg's journey id must be this journey's id (ids are not shown).");
            }
        }
        legs = List.copyOf(legs);
    }

    /**
     * Returns an empty builder.
     *
     * @return a builder with no id or migrant, no legs and every optional part unknown
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this journey's parts, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).migrant(migrant).origin(origin).destination(destination).legs(legs).route(route)
                .purpose(purpose).status(status);
    }

    /**
     * Reports {@code leg.out-of-order}, {@code leg.disconnected}, {@code leg.arrival-before-departure},
     * {@code date.in-future} and {@code journey.return-same-country} (see the type's description).
     *
     * @param context where problems go, not null
     */
    @Override
    public void check(RuleContext context) {
        LocalDate today = context.today();
        boolean planned = status == JourneyStatus.PLANNED;
        boolean numberingReported = false;
        // The latest known departure and arrival among earlier legs: a leg with unknown dates between two dated
        // ones must not hide that the later one departs before the earlier one.
        ReportedDate earlierDeparture = null;
        ReportedDate earlierArrival = null;
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            ReportedDate departed = leg.departed();
            ReportedDate arrived = leg.arrived();
            if (leg.sequence() != i + 1 && !numberingReported) {
                context.report(IssueCode.LEG_OUT_OF_ORDER, "legs", leg.sequence());
                numberingReported = true;
            }
            if (departed != null && (earlierDeparture != null && departed.isBefore(earlierDeparture)
                    || earlierArrival != null && departed.isBefore(earlierArrival))) {
                context.report(IssueCode.LEG_OUT_OF_ORDER, "legs", departed);
            }
            if (i > 0 && !legs.get(i - 1).destination().equals(leg.origin())) {
                context.report(IssueCode.LEG_DISCONNECTED, "legs", leg.origin());
            }
            if (departed != null && arrived != null && arrived.isBefore(departed)) {
                context.report(IssueCode.LEG_ARRIVAL_BEFORE_DEPARTURE, "legs", arrived);
            }
            if (!planned) {
                if (departed != null && departed.isAfter(today)) {
                    context.report(IssueCode.DATE_IN_FUTURE, "legs", departed);
                }
                if (arrived != null && arrived.isAfter(today)) {
                    context.report(IssueCode.DATE_IN_FUTURE, "legs", arrived);
                }
            }
            if (departed != null) {
                earlierDeparture = departed;
            }
            if (arrived != null) {
                earlierArrival = arrived;
            }
        }
        if (!legs.isEmpty()) {
            CountryCode start = legs.get(0).origin();
            if (origin != null && !origin.equals(start)) {
                context.report(IssueCode.LEG_DISCONNECTED, "legs", start);
            }
            CountryCode end = legs.get(legs.size() - 1).destination();
            if (status == JourneyStatus.COMPLETED && destination != null && !destination.equals(end)) {
                context.report(IssueCode.LEG_DISCONNECTED, "legs", end);
            }
        }
        if (purpose == JourneyPurpose.RETURN && origin != null && origin.equals(destination)) {
            context.report(IssueCode.JOURNEY_RETURN_SAME_COUNTRY, "destination", destination);
        }
    }

    /**
     * Builds a {@link Journey}. The id and the migrant are required; the rest stays unknown (null) or empty unless
     * set. {@link #legs(Collection)} replaces the legs, {@link #leg(Leg)} adds one after them.
     */
    public static final class Builder {
        private @Nullable JourneyId id;
        private @Nullable MigrantId migrant;
        private @Nullable CountryCode origin;
        private @Nullable CountryCode destination;
        private final List<Leg> legs = new ArrayList<>();
        private @Nullable MmpRoute route;
        private @Nullable JourneyPurpose purpose;
        private @Nullable JourneyStatus status;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the journey id, not null at {@link #build()}
         * @return this builder
         */
        public Builder id(JourneyId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the migrant.
         *
         * @param migrant the migrant id, not null at {@link #build()}
         * @return this builder
         */
        public Builder migrant(MigrantId migrant) {
            this.migrant = migrant;
            return this;
        }

        /**
         * Sets the origin.
         *
         * @param origin the country, null if not reported
         * @return this builder
         */
        public Builder origin(@Nullable CountryCode origin) {
            this.origin = origin;
            return this;
        }

        /**
         * Sets the destination.
         *
         * @param destination the country, null if not reported
         * @return this builder
         */
        public Builder destination(@Nullable CountryCode destination) {
            this.destination = destination;
            return this;
        }

        /**
         * Replaces the legs.
         *
         * @param legs the legs in travel order, not null
         * @return this builder
         */
        public Builder legs(Collection<Leg> legs) {
            this.legs.clear();
            this.legs.addAll(legs);
            return this;
        }

        /**
         * Adds a leg after those already set.
         *
         * @param leg the leg, not null; it must belong to the journey's id at {@link #build()}
         * @return this builder
         */
        public Builder leg(Leg leg) {
            legs.add(Objects.requireNonNull(leg, "leg"));
            return this;
        }

        /**
         * Sets the route.
         *
         * @param route the Missing Migrants Project route, null if not reported
         * @return this builder
         */
        public Builder route(@Nullable MmpRoute route) {
            this.route = route;
            return this;
        }

        /**
         * Sets the purpose.
         *
         * @param purpose the purpose, null if not reported
         * @return this builder
         */
        public Builder purpose(@Nullable JourneyPurpose purpose) {
            this.purpose = purpose;
            return this;
        }

        /**
         * Sets the status.
         *
         * @param status the status, null if not reported
         * @return this builder
         */
        public Builder status(@Nullable JourneyStatus status) {
            this.status = status;
            return this;
        }

        /**
         * Builds the journey.
         *
         * @return the journey
         * @throws NullPointerException if the id or the migrant was not set
         * @throws IllegalArgumentException if a leg belongs to another journey
         */
        public Journey build() {
            return new Journey(Objects.requireNonNull(id, "id"), Objects.requireNonNull(migrant, "migrant"), origin,
                    destination, legs, route, purpose, status);
        }

        /**
         * Describes the builder's state; the ids are not shown.
         *
         * @return the parts set so far
         */
        @Override
        public String toString() {
            return "Journey.Builder[id=" + (id == null ? "unset" : "set") + ", migrant="
                    + (migrant == null ? "unset" : "set") + ", origin=" + origin + ", destination=" + destination
                    + ", legs=" + legs.size() + ", route=" + route + ", purpose=" + purpose + ", status=" + status
                    + "] (defaults: null, no legs)";
        }
    }
}
