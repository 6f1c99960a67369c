package org.migrationkit.core.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.ConsistentAssistanceEvent;
import org.migrationkit.core.gcm.GcmObjective;
import org.migrationkit.core.gcm.ObjectiveMapping;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.RuleContext;
import org.migrationkit.core.vocab.AssistanceType;

/**
 * A service delivered or a referral made to a migrant or a group (DESIGN §3; Primero services and referrals,
 * domain-standards §8.1).
 *
 * <pre>{@code
 * AssistanceEvent referral = AssistanceEvent.builder().id(EventId.of("ev-1")).provider("IOM")
 *         .beneficiary(Beneficiary.person(MigrantId.of("m-7f3a"))).type(AssistanceType.REFERRAL)
 *         .status(AssistanceStatus.REFERRED).consentRecorded(true)
 *         .build();
 * referral.objectives();   // [SCREENING_AND_REFERRAL], from ObjectiveMapping.defaults()
 * }</pre>
 *
 * <p><b>Consent</b>: {@code consentRecorded} is true when the beneficiary's consent to the referral (Primero's
 * {@code consent_for_services}/{@code disclosure_other_orgs}, or a recorded override) is on file, false when it was
 * refused or not given, and null when the source does not say. <b>Objectives</b>: the GCM objectives the event
 * serves; the builder takes them from {@link ObjectiveMapping#defaults()} for the type when
 * {@link Builder#objectives(Set)} is not called (an explicitly empty set stays empty: "serves none").
 *
 * <p><b>Construction</b> checks structure only (required parts present, a non-blank provider). <b>Rules across
 * fields</b> are reported by {@link #check(RuleContext)} — through {@code RecordRules.check} or any Jakarta
 * {@code Validator} ({@link ConsistentAssistanceEvent}) — never thrown:
 * <ul>
 * <li>{@code consent.missing-for-referral} on {@code consentRecorded} (value: {@code false}, or none when not
 *     recorded) — the type is {@link AssistanceType#REFERRAL} or the status {@link AssistanceStatus#REFERRED},
 *     and consent is not recorded as given (Primero refuses a referral without consent unless overridden; IOM
 *     Data Protection Principles, domain-standards §8.3);</li>
 * <li>{@code date.in-future} on {@code date} (value: the date) — the date is certainly after today.</li>
 * </ul>
 *
 * @param id the event id, not null
 * @param provider the organisation that delivered the service or made the referral, as an acronym or name (e.g.
 *     {@code IOM}, {@code UNHCR}); never a person; not null or blank
 * @param beneficiary who was served, not null
 * @param type the type of assistance, not null
 * @param status where the event stands, not null
 * @param date the date of the event, or null if not reported
 * @param location where it took place, or null if not reported
 * @param consentRecorded whether the beneficiary's consent is recorded: true, false, or null when the source does
 *     not say
 * @param objectives the GCM objectives the event serves, in objective order; may be empty
 */
@ConsistentAssistanceEvent
public record AssistanceEvent(EventId id, String provider, Beneficiary beneficiary, AssistanceType type,
        AssistanceStatus status, @Nullable ReportedDate date, @Nullable Location location,
        @Nullable Boolean consentRecorded, Set<GcmObjective> objectives) implements Checkable {

    /**
     * Creates the record, checking its structure (see the class description).
     *
     * @throws NullPointerException if a required part, or an objective, is null
     * @throws IllegalArgumentException if {@code provider} is blank
     */
    public AssistanceEvent {
        Objects.requireNonNull(id, "id");
        provider = Texts.required(provider, "AssistanceEvent", "provider");
        Objects.requireNonNull(beneficiary, "beneficiary");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        objectives = copy(Objects.requireNonNull(objectives, "objectives"));
    }

    // An EnumSet keeps objective order, so toString and iteration are stable.
    private static Set<GcmObjective> copy(Set<GcmObjective> objectives) {
        EnumSet<GcmObjective> copy = EnumSet.noneOf(GcmObjective.class);
        for (GcmObjective o : objectives) {
            copy.add(Objects.requireNonNull(o, "objectives contains null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Returns a builder. Defaults: status {@link AssistanceStatus#DELIVERED}; date, location and consent null;
     * objectives from {@link ObjectiveMapping#defaults()} for the type unless set. Id, provider, beneficiary and
     * type are required.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this record's components (objectives included), to make a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * Returns whether this event is a referral: its type is {@link AssistanceType#REFERRAL} or its status
     * {@link AssistanceStatus#REFERRED}.
     *
     * @return true for a referral
     */
    public boolean isReferral() {
        return type == AssistanceType.REFERRAL || status == AssistanceStatus.REFERRED;
    }

    /**
     * Reports the record's rule violations (see the class description for codes, fields and values).
     *
     * @param context where problems go, not null
     */
    @Override
    public void check(RuleContext context) {
        if (isReferral() && !Boolean.TRUE.equals(consentRecorded)) {
            context.report(IssueCode.CONSENT_MISSING_FOR_REFERRAL, "consentRecorded", consentRecorded);
        }
        if (date != null && date.isAfter(context.today())) {
            context.report(IssueCode.DATE_IN_FUTURE, "date", date);
        }
    }

    /**
     * Builds an {@link AssistanceEvent}. Defaults: status {@link AssistanceStatus#DELIVERED}; date, location and
     * consent null (not recorded); objectives from {@link ObjectiveMapping#defaults()} for the type unless
     * {@link #objectives(Set)} is called. Id, provider, beneficiary and type are required.
     */
    public static final class Builder {
        private @Nullable EventId id;
        private @Nullable String provider;
        private @Nullable Beneficiary beneficiary;
        private @Nullable AssistanceType type;
        private AssistanceStatus status = AssistanceStatus.DELIVERED;
        private @Nullable ReportedDate date;
        private @Nullable Location location;
        private @Nullable Boolean consentRecorded;
        private @Nullable Set<GcmObjective> objectives;

        private Builder() {
        }

        private Builder(AssistanceEvent e) {
            id = e.id;
            provider = e.provider;
            beneficiary = e.beneficiary;
            type = e.type;
            status = e.status;
            date = e.date;
            location = e.location;
            consentRecorded = e.consentRecorded;
            objectives = e.objectives;
        }

        /**
         * Sets the event id.
         *
         * @param id the id, not null
         * @return this builder
         */
        public Builder id(EventId id) {
            this.id = Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * Sets the providing organisation.
         *
         * @param provider an organisation's acronym or name, never a person; not null or blank
         * @return this builder
         */
        public Builder provider(String provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        /**
         * Sets who was served.
         *
         * @param beneficiary the beneficiary, not null
         * @return this builder
         */
        public Builder beneficiary(Beneficiary beneficiary) {
            this.beneficiary = Objects.requireNonNull(beneficiary, "beneficiary");
            return this;
        }

        /**
         * Sets the type of assistance.
         *
         * @param type the type, not null
         * @return this builder
         */
        public Builder type(AssistanceType type) {
            this.type = Objects.requireNonNull(type, "type");
            return this;
        }

        /**
         * Sets where the event stands.
         *
         * @param status the status, not null; {@link AssistanceStatus#DELIVERED} by default
         * @return this builder
         */
        public Builder status(AssistanceStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets the date of the event.
         *
         * @param date the date, or null if not reported (the default)
         * @return this builder
         */
        public Builder date(@Nullable ReportedDate date) {
            this.date = date;
            return this;
        }

        /**
         * Sets where the event took place.
         *
         * @param location the location, or null if not reported (the default)
         * @return this builder
         */
        public Builder location(@Nullable Location location) {
            this.location = location;
            return this;
        }

        /**
         * Sets whether the beneficiary's consent is recorded.
         *
         * @param consentRecorded true, false, or null when the source does not say (the default)
         * @return this builder
         */
        public Builder consentRecorded(@Nullable Boolean consentRecorded) {
            this.consentRecorded = consentRecorded;
            return this;
        }

        /**
         * Sets the GCM objectives the event serves, replacing the default mapping's.
         *
         * @param objectives the objectives, not null; empty when the event serves none
         * @return this builder
         */
        public Builder objectives(Set<GcmObjective> objectives) {
            this.objectives = copy(Objects.requireNonNull(objectives, "objectives"));
            return this;
        }

        /**
         * Builds the record.
         *
         * @return the record
         * @throws NullPointerException if a required part was not set
         * @throws IllegalArgumentException if the provider is blank
         */
        public AssistanceEvent build() {
            EventId i = Objects.requireNonNull(id, "id");
            String p = Objects.requireNonNull(provider, "provider");
            Beneficiary b = Objects.requireNonNull(beneficiary, "beneficiary");
            AssistanceType t = Objects.requireNonNull(type, "type");
            Set<GcmObjective> served = objectives != null ? objectives : ObjectiveMapping.defaults().objectivesFor(t);
            return new AssistanceEvent(i, p, b, t, status, date, location, consentRecorded, served);
        }

        /**
         * Returns the settings so far.
         *
         * @return e.g. {@code AssistanceEvent.Builder[id=null, provider=IOM, ...]}
         */
        @Override
        public String toString() {
            return "AssistanceEvent.Builder[id=" + id + ", provider=" + provider + ", beneficiary=" + beneficiary
                    + ", type=" + type + ", status=" + status + ", date=" + date + ", location=" + location
                    + ", consentRecorded=" + consentRecorded + ", objectives="
                    + (objectives == null ? "(defaults for the type)" : objectives) + "]";
        }
    }
}
