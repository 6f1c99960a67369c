package org.migrationkit.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.vocab.Facilitation;
import org.migrationkit.core.vocab.TransportMode;

/**
 * One stretch of a {@link Journey}, from one country to the next, identified by its journey and its place in it.
 *
 * <p>A leg has no id of its own: the pair ({@link #journey()}, {@link #sequence()}) identifies it, as in DTM flow
 * monitoring's origin → previous → next → final countries (domain-standards §2.3). {@link LegId} is for sources
 * that number legs themselves and is not part of this record.
 *
 * <p>The constructor checks structure only. A leg has no rules of its own: its journey checks it, together with
 * its neighbours ({@link Journey#check}), because every leg rule — order, connection, dates — is reported on the
 * journey's {@code legs}.
 *
 * @param journey the journey this leg belongs to, not null
 * @param sequence the leg's place in its journey, 1 for the first
 * @param origin the country the leg starts in, not null
 * @param destination the country the leg ends in, not null (may equal the origin for a leg inside one country)
 * @param departed when the leg started, at the precision reported; null if not reported
 * @param arrived when the leg ended, at the precision reported; null if not reported or not arrived yet
 * @param transport the main means of transport, null if not reported
 * @param facilitation who organised the travel, null if not reported
 */
public record Leg(
        JourneyId journey,
        int sequence,
        CountryCode origin,
        CountryCode destination,
        @Nullable ReportedDate departed,
        @Nullable ReportedDate arrived,
        @Nullable TransportMode transport,
        @Nullable Facilitation facilitation) {

    /**
     * Creates a leg, checking structure only.
     *
     * @throws NullPointerException if {@code journey}, {@code origin} or {@code destination} is null
     * @throws IllegalArgumentException if {@code sequence} is below 1
     */
    public Leg {
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(destination, "destination");
        if (sequence < 1) {
            throw new IllegalArgumentException("Leg sequence " + sequence + " is below 1: legs are numbered 1, 2, "
                    + "3, ... in travel order.");
        }
    }

    /**
     * Returns an empty builder.
     *
     * @return a builder with no journey, sequence 0 (to be set), no countries, and every optional part unknown
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this leg's parts, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().journey(journey).sequence(sequence).origin(origin).destination(destination)
                .departed(departed).arrived(arrived).transport(transport).facilitation(facilitation);
    }

    /**
     * Builds a {@link Leg}. The journey, the sequence and both countries are required; the rest stays unknown
     * (null) unless set.
     */
    public static final class Builder {
        private @Nullable JourneyId journey;
        private int sequence;
        private @Nullable CountryCode origin;
        private @Nullable CountryCode destination;
        private @Nullable ReportedDate departed;
        private @Nullable ReportedDate arrived;
        private @Nullable TransportMode transport;
        private @Nullable Facilitation facilitation;

        private Builder() {
        }

        /**
         * Sets the journey.
         *
         * @param journey the journey id, not null at {@link #build()}
         * @return this builder
         */
        public Builder journey(JourneyId journey) {
            this.journey = journey;
            return this;
        }

        /**
         * Sets the place of the leg in its journey.
         *
         * @param sequence 1 for the first leg
         * @return this builder
         */
        public Builder sequence(int sequence) {
            this.sequence = sequence;
            return this;
        }

        /**
         * Sets the country the leg starts in.
         *
         * @param origin the country, not null at {@link #build()}
         * @return this builder
         */
        public Builder origin(CountryCode origin) {
            this.origin = origin;
            return this;
        }

        /**
         * Sets the country the leg ends in.
         *
         * @param destination the country, not null at {@link #build()}
         * @return this builder
         */
        public Builder destination(CountryCode destination) {
            this.destination = destination;
            return this;
        }

        /**
         * Sets when the leg started.
         *
         * @param departed the date, null if not reported
         * @return this builder
         */
        public Builder departed(@Nullable ReportedDate departed) {
            this.departed = departed;
            return this;
        }

        /**
         * Sets when the leg ended.
         *
         * @param arrived the date, null if not reported
         * @return this builder
         */
        public Builder arrived(@Nullable ReportedDate arrived) {
            this.arrived = arrived;
            return this;
        }

        /**
         * Sets the means of transport.
         *
         * @param transport the mode, null if not reported
         * @return this builder
         */
        public Builder transport(@Nullable TransportMode transport) {
            this.transport = transport;
            return this;
        }

        /**
         * Sets who organised the travel.
         *
         * @param facilitation the facilitation, null if not reported
         * @return this builder
         */
        public Builder facilitation(@Nullable Facilitation facilitation) {
            this.facilitation = facilitation;
            return this;
        }

        /**
         * Builds the leg.
         *
         * @return the leg
         * @throws NullPointerException if the journey, origin or destination was not set
         * @throws IllegalArgumentException if the sequence was not set to 1 or more
         */
        public Leg build() {
            return new Leg(Objects.requireNonNull(journey, "journey"), sequence,
                    Objects.requireNonNull(origin, "origin"), Objects.requireNonNull(destination, "destination"),
                    departed, arrived, transport, facilitation);
        }

        /**
         * Describes the builder's state; the journey id is not shown.
         *
         * @return the parts set so far
         */
        @Override
        public String toString() {
            return "Leg.Builder[journey=" + (journey == null ? "unset" : "set") + ", sequence=" + sequence
                    + ", origin=" + origin + ", destination=" + destination + ", departed=" + departed
                    + ", arrived=" + arrived + ", transport=" + transport + ", facilitation=" + facilitation
                    + "] (defaults: null)";
        }
    }
}
