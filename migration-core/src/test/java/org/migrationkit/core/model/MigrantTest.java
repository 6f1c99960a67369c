package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.constraints.IssueCodes;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.core.vocab.SpecificNeed;

class MigrantTest {
    private static final MigrantId ID = MigrantId.of("ps-23336bd3f6b3843b755d7115c8861969");

    private static Migrant.Builder migrant() {
        return Migrant.builder().id(ID);
    }

    private static List<Issue> check(Migrant m) {
        return RecordRules.check(m, FastPathEquivalence.TODAY, IssueLocation.nowhere());
    }

    @Test
    void builder_setsEveryPart() {
        Migrant m = migrant().sex(Sex.FEMALE).age(16).birthYear(2010).nationality(CountryCode.of("ETH"))
                .nationality(CountryCode.of("ERI")).countryOfBirth(CountryCode.of("ERI"))
                .populationType(PopulationType.ASY).specificNeed(SpecificNeed.SC_UC).unaccompanied(true).build();
        assertThat(m).isEqualTo(new Migrant(ID, Sex.FEMALE, 16, 2010,
                List.of(CountryCode.of("ETH"), CountryCode.of("ERI")), CountryCode.of("ERI"),
                Set.of(PopulationType.ASY), Set.of(SpecificNeed.SC_UC), true));
        assertThat(m.toBuilder().build()).isEqualTo(m);
        assertThat(m.toBuilder().age(17).build().age()).isEqualTo(17);
        assertThat(check(m)).isEmpty();
    }

    @Test
    void unknownParts_areNullAndEmpty() {
        Migrant m = migrant().build();
        assertThat(m.sex()).isNull();
        assertThat(m.age()).isNull();
        assertThat(m.birthYear()).isNull();
        assertThat(m.countryOfBirth()).isNull();
        assertThat(m.unaccompanied()).isNull();
        assertThat(m.nationalities()).isEmpty();
        assertThat(m.populationTypes()).isEmpty();
        assertThat(m.specificNeeds()).isEmpty();
        assertThat(m.isRecordedUnaccompaniedOrSeparated()).isFalse();
        assertThat(check(m)).isEmpty();
    }

    @Test
    void collections_areCopiedUnmodifiableAndOrdered() {
        List<CountryCode> nationalities = new ArrayList<>(List.of(CountryCode.of("SYR"), CountryCode.of("TUR"),
                CountryCode.of("SYR")));
        List<SpecificNeed> needs = new ArrayList<>(List.of(SpecificNeed.SM, SpecificNeed.DS, SpecificNeed.SM));
        Migrant m = new Migrant(ID, null, null, null, nationalities, null,
                Set.of(PopulationType.REF, PopulationType.ASY), Set.copyOf(needs), null);
        nationalities.clear();
        assertThat(m.nationalities()).containsExactly(CountryCode.of("SYR"), CountryCode.of("TUR"));
        // Declaration order, whatever order the caller's set has: toString() is stable across runs.
        assertThat(m.populationTypes()).containsExactly(PopulationType.REF, PopulationType.ASY);
        assertThat(m.specificNeeds()).containsExactly(SpecificNeed.DS, SpecificNeed.SM);
        assertThatThrownBy(() -> m.nationalities().add(CountryCode.of("IRQ")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.populationTypes().add(PopulationType.IDP))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.specificNeeds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "age {0}")
    @CsvSource({"-1", "131", "1000"})
    void constructor_rejectsAgesOutOfRange(int age) {
        assertThatThrownBy(() -> migrant().age(age).build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("Age " + age + " is outside 0 to 130: give the age in whole years, or null if not "
                        + "recorded.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.AGE_OUT_OF_RANGE);
    }

    @ParameterizedTest(name = "birth year {0}")
    @CsvSource({"1899", "10000", "0", "-5"})
    void constructor_rejectsBirthYearsOutOfRange(int year) {
        assertThatThrownBy(() -> migrant().birthYear(year).build()).isInstanceOf(InvalidValueException.class)
                .hasMessage("Birth year " + year + " is outside 1900 to 9999: give a four-digit year, or null if not "
                        + "recorded.")
                .extracting(e -> ((InvalidValueException) e).issueCode()).isEqualTo(IssueCode.AGE_OUT_OF_RANGE);
    }

    @Test
    void constructor_acceptsTheBounds() {
        assertThat(migrant().age(0).birthYear(1900).build().age()).isZero();
        assertThat(migrant().age(130).birthYear(9999).build().birthYear()).isEqualTo(9999);
    }

    @Test
    void constructor_rejectsNullsNamingThem() {
        assertThatNullPointerException().isThrownBy(() -> Migrant.builder().build()).withMessage("id");
        assertThatNullPointerException()
                .isThrownBy(() -> new Migrant(ID, null, null, null, null, null, Set.of(), Set.of(), null))
                .withMessage("nationalities");
        assertThatNullPointerException()
                .isThrownBy(() -> migrant().nationalities(Arrays.asList(CountryCode.of("SYR"), null)).build())
                .withMessage("nationalities contains null");
        assertThatNullPointerException()
                .isThrownBy(() -> new Migrant(ID, null, null, null, List.of(), null, null, Set.of(), null))
                .withMessage("populationTypes");
    }

    @Test
    void builderToString_listsThePartsButNotTheId() {
        assertThat(migrant().age(30).toString()).startsWith("Migrant.Builder[id=set, sex=null, age=30,")
                .doesNotContain(ID.value());
    }

    // age.unaccompanied-adult: the age decides; without one, a birth year that makes the person certainly 18.
    @ParameterizedTest(name = "age={0} birthYear={1} flag={2} needs={3}")
    @CsvSource(nullValues = "-", textBlock = """
            18, -,    true,  -,     18
            40, -,    true,  -,     40
            19, 2007, true,  -,     19
            25, -,    -,     SC-UC, 25
            25, -,    false, SC-SC, 25
            20, -,    -,     SC,    20
            -,  2007, true,  -,     -
            -,  1990, -,     SC-UM, -
            """)
    void unaccompaniedAdult_isReportedOnAge(Integer age, Integer birthYear, Boolean flag, String need,
            String value) {
        Migrant m = migrant().age(age).birthYear(birthYear).unaccompanied(flag)
                .specificNeeds(need == null ? List.of() : List.of(SpecificNeed.ofCode(need))).build();
        assertThat(check(m)).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.AGE_UNACCOMPANIED_ADULT);
            assertThat(i.severity()).isEqualTo(Severity.ERROR);
            assertThat(i.location().field()).isEqualTo("age");
            assertThat(i.value()).isEqualTo(value);
            assertThat(i.message()).isEqualTo("an unaccompanied or separated child must be under 18: check the age "
                    + "or the flag");
        });
    }

    @ParameterizedTest(name = "age={0} birthYear={1} flag={2} needs={3}")
    @CsvSource(nullValues = "-", textBlock = """
            17, -,    true,  -
            0,  -,    true,  SC-UC
            -,  2008, true,  -
            -,  -,    true,  -
            30, -,    false, -
            30, -,    -,     SM
            -,  1980, false, DS
            """)
    void childrenAndAccompaniedAdults_pass(Integer age, Integer birthYear, Boolean flag, String need) {
        Migrant m = migrant().age(age).birthYear(birthYear).unaccompanied(flag)
                .specificNeeds(need == null ? List.of() : List.of(SpecificNeed.ofCode(need))).build();
        assertThat(check(m)).isEmpty();
    }

    // Today is 2026-11-23: born in 2000 means 25 or 26; an age recorded a year ago may say 24 or 27 at worst.
    @ParameterizedTest(name = "age {0}, born {1}")
    @CsvSource({"24, 2000", "20, 2000", "28, 2000", "0, 2000", "5, 2000"})
    void birthYearMismatch_isAWarningOnBirthYear(int age, int birthYear) {
        assertThat(check(migrant().age(age).birthYear(birthYear).build())).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.AGE_BIRTH_YEAR_MISMATCH);
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.location().field()).isEqualTo("birthYear");
            assertThat(i.value()).isEqualTo(String.valueOf(birthYear));
            assertThat(i.message()).isEqualTo("age and birth year disagree by more than a year");
        });
    }

    @ParameterizedTest(name = "age {0}, born {1}")
    @CsvSource({"25, 2000", "26, 2000", "27, 2000", "0, 2026", "1, 2026", "0, 2025"})
    void agreeingAgeAndBirthYear_pass(int age, int birthYear) {
        assertThat(check(migrant().age(age).birthYear(birthYear).build())).isEmpty();
    }

    @Test
    void birthYearAfterThisYear_isInTheFuture() {
        assertThat(check(migrant().birthYear(2027).build())).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.DATE_IN_FUTURE);
            assertThat(i.location().field()).isEqualTo("birthYear");
            assertThat(i.value()).isEqualTo("2027");
            assertThat(i.message()).isEqualTo("is after today: check the year and the day/month order");
        });
        assertThat(check(migrant().birthYear(2026).build())).isEmpty();
    }

    @Test
    void severalProblems_areAllReported() {
        Migrant m = migrant().age(30).birthYear(2030).unaccompanied(true).build();
        assertThat(check(m)).extracting(Issue::code, i -> i.location().field()).containsExactly(
                tuple(IssueCode.AGE_UNACCOMPANIED_ADULT, "age"), tuple(IssueCode.DATE_IN_FUTURE, "birthYear"),
                tuple(IssueCode.AGE_BIRTH_YEAR_MISMATCH, "birthYear"));
    }

    @Test
    void beanValidation_reportsTheSameProblemsWithTheSameMessages() {
        Migrant m = migrant().age(30).birthYear(1980).unaccompanied(true).build();
        Set<ConstraintViolation<Migrant>> violations = FastPathEquivalence.validator().validate(m);
        assertThat(violations).extracting(v -> IssueCodes.of(v).orElseThrow(), v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                tuple(IssueCode.AGE_UNACCOMPANIED_ADULT, "age",
                        "an unaccompanied or separated child must be under 18: check the age or the flag"),
                tuple(IssueCode.AGE_BIRTH_YEAR_MISMATCH, "birthYear",
                        "age and birth year disagree by more than a year"));
        assertThat(check(m).stream().map(Issue::message).collect(Collectors.toSet()))
                .isEqualTo(violations.stream().map(ConstraintViolation::getMessage).collect(Collectors.toSet()));
    }

    @Test
    void beanValidation_passesAConsistentMigrant() {
        assertThat(FastPathEquivalence.validator().validate(migrant().age(12).birthYear(2014).unaccompanied(true)
                .build())).isEmpty();
    }
}
