package org.migrationkit.core.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.ConsistentMigrant;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.RuleContext;
import org.migrationkit.core.vocab.PopulationType;
import org.migrationkit.core.vocab.SpecificNeed;

/**
 * A person whose journey, case or assistance is recorded, under a pseudonymous id.
 *
 * <p>Privacy by construction (DESIGN §8): there is no component for a name, a full birth date or a document
 * number. Age is in whole years and the birth year is a year only. Turn partners' raw case numbers into ids with a
 * {@link Pseudonymiser}.
 *
 * <p>The constructor checks structure only: the id is present, the age is 0 to 130, the birth year 1900 to 9999,
 * no collection or element is null. Rules across fields are reported by {@link #check(RuleContext)}, never
 * thrown:
 * <ul>
 *   <li>{@code age.unaccompanied-adult} (field {@code age}): recorded as an unaccompanied or separated child
 *       ({@link #unaccompanied()} true, or a specific need of UNHCR category {@link SpecificNeed#SC}) but aged 18 or
 *       more — by the age, or, when the age is unknown, by a birth year that makes the person at least 18 on every
 *       possible birthday ({@code today.year - birthYear - 1 >= 18});</li>
 *   <li>{@code age.birth-year-mismatch} (field {@code birthYear}): age and birth year both given and
 *       {@code |today.year - birthYear - age| > 1} (a person born in year b is {@code today.year - b - 1} or
 *       {@code today.year - b} years old, and an age recorded last year may lag by one more);</li>
 *   <li>{@code date.in-future} (field {@code birthYear}): a birth year after today's year.</li>
 * </ul>
 *
 * <pre>{@code
 * Migrant m = Migrant.builder().id(MigrantId.of("ps-4f1c...")).sex(Sex.FEMALE).age(16)
 *         .nationality(CountryCode.of("ETH")).specificNeed(SpecificNeed.SC_UC).unaccompanied(true).build();
 * RecordRules.check(m);   // empty: an unaccompanied child of 16
 * }</pre>
 *
 * @param id the pseudonymous id, not null
 * @param sex the sex, null if not recorded ({@link Sex#UNKNOWN} when the source says "unknown")
 * @param age the age in whole years, 0 to 130; null if not recorded
 * @param birthYear the year of birth (never a full date), 1900 to 9999; null if not recorded. The upper bound is
 *     the year range of reported dates: a birth year after today is reported by the rules, not refused, because
 *     "today" belongs to the validation run, not to the record
 * @param nationalities the nationalities, the primary one first, without duplicates (a repeated code is kept
 *     once, at its first place); empty if not recorded; unmodifiable
 * @param countryOfBirth the country of birth, null if not recorded
 * @param populationTypes the population types the person belongs to (UNHCR REF, ASY, ... or the library's migrant
 *     groups); empty if not recorded; unmodifiable, in declaration order of {@link PopulationType}
 * @param specificNeeds the UNHCR proGres specific needs; empty if none recorded; unmodifiable, in declaration order
 *     of {@link SpecificNeed}
 * @param unaccompanied whether the person is an unaccompanied or separated child; null if not recorded
 */
@ConsistentMigrant
public record Migrant(
        MigrantId id,
        @Nullable Sex sex,
        @Nullable Integer age,
        @Nullable Integer birthYear,
        List<CountryCode> nationalities,
        @Nullable CountryCode countryOfBirth,
        Set<PopulationType> populationTypes,
        Set<SpecificNeed> specificNeeds,
        @Nullable Boolean unaccompanied) implements Checkable {

    /** The highest age accepted, in years, as for {@link org.migrationkit.core.people.AgeBand}. */
    public static final int MAX_AGE = 130;
    /** The earliest birth year accepted. */
    public static final int MIN_BIRTH_YEAR = 1900;
    /** The latest birth year accepted (the last year a reported date can name). */
    public static final int MAX_BIRTH_YEAR = 9999;
    /** The age from which a person is an adult, in years (Convention on the Rights of the Child, art. 1). */
    static final int ADULT_AGE = 18;

    /**
     * Creates a migrant, checking structure only.
     *
     * @throws NullPointerException if {@code id} or a collection or one of its elements is null
     * @throws InvalidValueException ({@code age.out-of-range}) if the age is outside 0 to 130 or the birth year
     *     outside 1900 to 9999
     */
    public Migrant {
        Objects.requireNonNull(id, "id");
        if (age != null && (age < 0 || age > MAX_AGE)) {
            throw new InvalidValueException(IssueCode.AGE_OUT_OF_RANGE,
                    "Age " + age + " is outside 0 to " + MAX_AGE + ": give the age in whole years, or null if not "
                            + "recorded.");
        }
        if (birthYear != null && (birthYear < MIN_BIRTH_YEAR || birthYear > MAX_BIRTH_YEAR)) {
            throw new InvalidValueException(IssueCode.AGE_OUT_OF_RANGE,
                    "Birth year " + birthYear + " is outside " + MIN_BIRTH_YEAR + " to " + MAX_BIRTH_YEAR
                            + ": give a four-digit year, or null if not recorded.");
        }
        nationalities = List.copyOf(new LinkedHashSet<>(requireElements(nationalities, "nationalities")));
        populationTypes = enumSet(populationTypes, PopulationType.class, "populationTypes");
        specificNeeds = enumSet(specificNeeds, SpecificNeed.class, "specificNeeds");
    }

    /**
     * Returns an empty builder.
     *
     * @return a builder with no id, every optional part unknown and empty collections
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding this migrant's parts, to make a changed copy.
     *
     * @return a builder
     */
    public Builder toBuilder() {
        return new Builder().id(id).sex(sex).age(age).birthYear(birthYear).nationalities(nationalities)
                .countryOfBirth(countryOfBirth).populationTypes(populationTypes).specificNeeds(specificNeeds)
                .unaccompanied(unaccompanied);
    }

    /**
     * Returns whether the record says this is an unaccompanied or separated child: {@link #unaccompanied()} is true
     * or a specific need of UNHCR category {@link SpecificNeed#SC} is recorded.
     *
     * @return true when recorded as such; false when not recorded or recorded as accompanied
     */
    public boolean isRecordedUnaccompaniedOrSeparated() {
        if (Boolean.TRUE.equals(unaccompanied)) {
            return true;
        }
        for (SpecificNeed need : specificNeeds) {
            if (need.category() == SpecificNeed.SC) {
                return true;
            }
        }
        return false;
    }

    /**
     * Reports {@code age.unaccompanied-adult}, {@code age.birth-year-mismatch} and {@code date.in-future} (see the
     * type's description).
     *
     * @param context where problems go, not null
     */
    @Override
    public void check(RuleContext context) {
        int thisYear = context.today().getYear();
        if (isRecordedUnaccompaniedOrSeparated()) {
            // Without an age, flag only what the birth year makes certain: even a birthday late in the year
            // leaves the person at least thisYear - birthYear - 1 years old.
            boolean adult = age != null ? age >= ADULT_AGE : birthYear != null && thisYear - birthYear - 1 >= ADULT_AGE;
            if (adult) {
                context.report(IssueCode.AGE_UNACCOMPANIED_ADULT, "age", age);
            }
        }
        if (birthYear != null) {
            if (birthYear > thisYear) {
                context.report(IssueCode.DATE_IN_FUTURE, "birthYear", birthYear);
            }
            if (age != null && Math.abs(thisYear - birthYear - age) > 1) {
                context.report(IssueCode.AGE_BIRTH_YEAR_MISMATCH, "birthYear", birthYear);
            }
        }
    }

    private static <T> Collection<T> requireElements(Collection<T> values, String name) {
        Objects.requireNonNull(values, name);
        for (T value : values) {
            Objects.requireNonNull(value, () -> name + " contains null");
        }
        return values;
    }

    // An EnumSet, not Set.copyOf: iteration in declaration order keeps toString() and writers deterministic.
    private static <E extends Enum<E>> Set<E> enumSet(Collection<E> values, Class<E> type, String name) {
        EnumSet<E> set = EnumSet.noneOf(type);
        set.addAll(requireElements(values, name));
        return Collections.unmodifiableSet(set);
    }

    /**
     * Builds a {@link Migrant}. Every part but the id is optional: unknown values stay null and collections empty.
     * Setters replace; {@code nationality}, {@code populationType} and {@code specificNeed} add one element.
     */
    public static final class Builder {
        private @Nullable MigrantId id;
        private @Nullable Sex sex;
        private @Nullable Integer age;
        private @Nullable Integer birthYear;
        private final List<CountryCode> nationalities = new ArrayList<>();
        private @Nullable CountryCode countryOfBirth;
        private final Set<PopulationType> populationTypes = EnumSet.noneOf(PopulationType.class);
        private final Set<SpecificNeed> specificNeeds = EnumSet.noneOf(SpecificNeed.class);
        private @Nullable Boolean unaccompanied;

        private Builder() {
        }

        /**
         * Sets the id.
         *
         * @param id the pseudonymous id, not null at {@link #build()}
         * @return this builder
         */
        public Builder id(MigrantId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the sex.
         *
         * @param sex the sex, null if not recorded
         * @return this builder
         */
        public Builder sex(@Nullable Sex sex) {
            this.sex = sex;
            return this;
        }

        /**
         * Sets the age.
         *
         * @param age whole years 0 to 130, null if not recorded
         * @return this builder
         */
        public Builder age(@Nullable Integer age) {
            this.age = age;
            return this;
        }

        /**
         * Sets the birth year.
         *
         * @param birthYear the year 1900 to 9999, null if not recorded
         * @return this builder
         */
        public Builder birthYear(@Nullable Integer birthYear) {
            this.birthYear = birthYear;
            return this;
        }

        /**
         * Replaces the nationalities.
         *
         * @param nationalities the nationalities, primary first; not null
         * @return this builder
         */
        public Builder nationalities(Collection<CountryCode> nationalities) {
            this.nationalities.clear();
            this.nationalities.addAll(nationalities);
            return this;
        }

        /**
         * Adds a nationality after those already set.
         *
         * @param nationality the country, not null
         * @return this builder
         */
        public Builder nationality(CountryCode nationality) {
            nationalities.add(Objects.requireNonNull(nationality, "nationality"));
            return this;
        }

        /**
         * Sets the country of birth.
         *
         * @param countryOfBirth the country, null if not recorded
         * @return this builder
         */
        public Builder countryOfBirth(@Nullable CountryCode countryOfBirth) {
            this.countryOfBirth = countryOfBirth;
            return this;
        }

        /**
         * Replaces the population types.
         *
         * @param populationTypes the types, not null
         * @return this builder
         */
        public Builder populationTypes(Collection<PopulationType> populationTypes) {
            this.populationTypes.clear();
            this.populationTypes.addAll(populationTypes);
            return this;
        }

        /**
         * Adds a population type.
         *
         * @param populationType the type, not null
         * @return this builder
         */
        public Builder populationType(PopulationType populationType) {
            populationTypes.add(Objects.requireNonNull(populationType, "populationType"));
            return this;
        }

        /**
         * Replaces the specific needs.
         *
         * @param specificNeeds the needs, not null
         * @return this builder
         */
        public Builder specificNeeds(Collection<SpecificNeed> specificNeeds) {
            this.specificNeeds.clear();
            this.specificNeeds.addAll(specificNeeds);
            return this;
        }

        /**
         * Adds a specific need.
         *
         * @param specificNeed the need, not null
         * @return this builder
         */
        public Builder specificNeed(SpecificNeed specificNeed) {
            specificNeeds.add(Objects.requireNonNull(specificNeed, "specificNeed"));
            return this;
        }

        /**
         * Sets whether the person is an unaccompanied or separated child.
         *
         * @param unaccompanied the flag, null if not recorded
         * @return this builder
         */
        public Builder unaccompanied(@Nullable Boolean unaccompanied) {
            this.unaccompanied = unaccompanied;
            return this;
        }

        /**
         * Builds the migrant.
         *
         * @return the migrant
         * @throws NullPointerException if no id was set
         * @throws InvalidValueException ({@code age.out-of-range}) as the {@link Migrant} constructor
         */
        public Migrant build() {
            return new Migrant(Objects.requireNonNull(id, "id"), sex, age, birthYear, nationalities, countryOfBirth,
                    populationTypes, specificNeeds, unaccompanied);
        }

        /**
         * Describes the builder's state; the id is not shown.
         *
         * @return the parts set so far
         */
        @Override
        public String toString() {
            return "Migrant.Builder[id=" + (id == null ? "unset" : "set") + ", sex=" + sex + ", age=" + age
                    + ", birthYear=" + birthYear + ", nationalities=" + nationalities + ", countryOfBirth="
                    + countryOfBirth + ", populationTypes=" + populationTypes + ", specificNeeds=" + specificNeeds
                    + ", unaccompanied=" + unaccompanied + "] (defaults: null and empty)";
        }
    }
}
