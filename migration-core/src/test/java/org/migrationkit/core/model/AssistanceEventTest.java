package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.gcm.GcmObjective;
import org.migrationkit.core.gcm.ObjectiveMapping;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.Location;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.core.vocab.AssistanceType;

class AssistanceEventTest {
    private static final Beneficiary PERSON = Beneficiary.person(MigrantId.of("m-7f3a"));

    private static List<Issue> issues(AssistanceEvent e) {
        return RecordRules.check(e, FastPathEquivalence.TODAY, IssueLocation.nowhere());
    }

    private static AssistanceEvent.Builder event() {
        return AssistanceEvent.builder().id(EventId.of("ev-1")).provider("IOM").beneficiary(PERSON)
                .type(AssistanceType.HEALTH);
    }

    @Test
    void builder_defaults() {
        AssistanceEvent e = event().build();
        assertThat(e.status()).isEqualTo(AssistanceStatus.DELIVERED);
        assertThat(e.date()).isNull();
        assertThat(e.location()).isNull();
        assertThat(e.consentRecorded()).as("not recorded is null, not false").isNull();
        assertThat(e.objectives()).containsExactly(GcmObjective.ACCESS_TO_BASIC_SERVICES);
        assertThat(e.isReferral()).isFalse();
        assertThat(issues(e)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AssistanceType.class)
    void objectives_defaultToTheMappingOfTheType(AssistanceType type) {
        AssistanceEvent e = event().type(type).consentRecorded(true).build();
        assertThat(e.objectives()).isEqualTo(ObjectiveMapping.defaults().objectivesFor(type));
    }

    @Test
    void objectives_setExplicitlyReplaceTheDefault_evenWhenEmpty() {
        assertThat(event().objectives(Set.of(GcmObjective.DATA)).build().objectives())
                .containsExactly(GcmObjective.DATA);
        assertThat(event().objectives(Set.of()).build().objectives()).isEmpty();
        AssistanceEvent e = event().objectives(Set.of()).build();
        assertThat(e.toBuilder().type(AssistanceType.AVRR).build().objectives())
                .as("a copy keeps its objectives").isEmpty();
    }

    @Test
    void objectives_areCopiedUnmodifiableAndInObjectiveOrder() {
        Set<GcmObjective> given = new HashSet<>(Set.of(GcmObjective.REMITTANCES, GcmObjective.DATA,
                GcmObjective.SAVE_LIVES));
        AssistanceEvent e = event().objectives(given).build();
        given.clear();
        assertThat(e.objectives()).containsExactly(GcmObjective.DATA, GcmObjective.SAVE_LIVES,
                GcmObjective.REMITTANCES);
        assertThatThrownBy(() -> e.objectives().add(GcmObjective.DATA))
                .isInstanceOf(UnsupportedOperationException.class);
        AssistanceEvent viaConstructor = new AssistanceEvent(EventId.of("e"), "IOM", PERSON, AssistanceType.FOOD,
                AssistanceStatus.PLANNED, null, null, null, EnumSet.of(GcmObjective.DATA));
        assertThatThrownBy(() -> viaConstructor.objectives().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builder_setsEveryComponent() {
        Location bossaso = Location.of(CountryCode.of("SOM"), null, "Bossaso MRC", null);
        AssistanceEvent e = event().id(EventId.of("ev-2")).provider("UNHCR").beneficiary(Beneficiary.group(40))
                .type(AssistanceType.NFI).status(AssistanceStatus.COMPLETED).date(ReportedDate.of(2024, 5, 1))
                .location(bossaso).consentRecorded(false).build();
        assertThat(e.id()).hasToString("ev-2");
        assertThat(e.provider()).isEqualTo("UNHCR");
        assertThat(e.beneficiary().count()).isEqualTo(40);
        assertThat(e.location()).isEqualTo(bossaso);
        assertThat(e.consentRecorded()).isFalse();
        assertThat(e.toBuilder().build()).isEqualTo(e);
        assertThat(issues(e)).as("consent matters for referrals only").isEmpty();
    }

    // type | status | consentRecorded (blank: not recorded) | consent.missing-for-referral expected
    @ParameterizedTest(name = "{0} {1} consent={2}")
    @CsvSource(textBlock = """
            REFERRAL,   REFERRED,  true,  false
            REFERRAL,   REFERRED,  false, true
            REFERRAL,   REFERRED,       , true
            REFERRAL,   COMPLETED,      , true
            REFERRAL,   PLANNED,   false, true
            HEALTH,     REFERRED,       , true
            HEALTH,     REFERRED,  true,  false
            HEALTH,     DELIVERED,      , false
            LEGAL_AID,  ACCEPTED,  false, false
            """)
    void referralWithoutRecordedConsent_isAnErrorOnConsentRecorded(AssistanceType type, AssistanceStatus status,
            Boolean consent, boolean expected) {
        AssistanceEvent e = event().type(type).status(status).consentRecorded(consent).build();
        if (expected) {
            assertThat(issues(e)).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(IssueCode.CONSENT_MISSING_FOR_REFERRAL);
                assertThat(issue.severity()).isEqualTo(Severity.ERROR);
                assertThat(issue.location().field()).isEqualTo("consentRecorded");
                assertThat(issue.value()).isEqualTo(consent == null ? null : consent.toString());
                assertThat(issue.message()).isEqualTo("a referral needs the beneficiary's recorded consent");
            });
        } else {
            assertThat(issues(e)).isEmpty();
        }
        assertThat(FastPathEquivalence.beanValidation(e)).isEqualTo(FastPathEquivalence.fastPath(e));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            2026-11-23, false
            2026-11-24, true
            2026-11,    false
            2027-01,    true
            """)
    void date_inTheFutureIsAnErrorOnDate(String date, boolean future) {
        AssistanceEvent e = event().date(ReportedDate.parse(date)).build();
        if (future) {
            assertThat(issues(e)).singleElement().satisfies(issue -> {
                assertThat(issue.code()).isEqualTo(IssueCode.DATE_IN_FUTURE);
                assertThat(issue.location().field()).isEqualTo("date");
                assertThat(issue.value()).isEqualTo(date);
                assertThat(issue.message()).isEqualTo("is after today: check the year and the day/month order");
            });
        } else {
            assertThat(issues(e)).isEmpty();
        }
    }

    @Test
    void beanValidation_reportsOnTheSameFields() {
        AssistanceEvent e = event().type(AssistanceType.REFERRAL).date(ReportedDate.ofYear(2030)).build();
        assertThat(FastPathEquivalence.validator().validate(e))
                .extracting(v -> v.getPropertyPath().toString() + " " + v.getMessageTemplate())
                .containsExactlyInAnyOrder("consentRecorded {org.migrationkit.consent.missing-for-referral}",
                        "date {org.migrationkit.date.in-future}");
    }

    @Test
    void beneficiary_isAPersonOrAGroupOfAtLeastOne() {
        assertThat(PERSON).isEqualTo(new Beneficiary.Person(MigrantId.of("m-7f3a")));
        assertThat(PERSON.count()).isEqualTo(1);
        assertThat(Beneficiary.group(1).count()).isEqualTo(1);
        assertThatIllegalArgumentException().isThrownBy(() -> Beneficiary.group(0))
                .withMessage("Beneficiary count is 0: a group has at least one person; leave the event out if no one "
                        + "was served.");
        assertThatThrownBy(() -> Beneficiary.group(-3)).isInstanceOf(InvalidValueException.class)
                .hasMessage("Beneficiary count -3 is negative: a group has at least one person.")
                .extracting(ex -> ((InvalidValueException) ex).issueCode()).isEqualTo(IssueCode.COUNT_NEGATIVE);
        assertThatNullPointerException().isThrownBy(() -> Beneficiary.person(null)).withMessage("migrant");
    }

    @Test
    void structure_isCheckedOnConstruction() {
        assertThatNullPointerException().isThrownBy(() -> AssistanceEvent.builder().build()).withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> AssistanceEvent.builder().id(EventId.of("e")).provider("IOM").beneficiary(PERSON)
                        .build())
                .withMessage("type");
        assertThatIllegalArgumentException().isThrownBy(() -> event().provider(" ").build())
                .withMessage("AssistanceEvent provider is blank: give a non-blank text.");
        assertThatNullPointerException().isThrownBy(() -> event().status(null)).withMessage("status");
    }
}
