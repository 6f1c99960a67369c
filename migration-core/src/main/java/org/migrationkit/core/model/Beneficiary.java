package org.migrationkit.core.model;

import java.util.Objects;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

/**
 * Who an {@link AssistanceEvent} served: one person, by pseudonymous id, or a group counted but not listed (a
 * distribution to 40 people, an information session).
 *
 * <pre>{@code
 * Beneficiary one = Beneficiary.person(MigrantId.of("m-7f3a"));
 * Beneficiary many = Beneficiary.group(40);
 * }</pre>
 */
public sealed interface Beneficiary permits Beneficiary.Person, Beneficiary.Group {
    /**
     * Returns one person as beneficiary.
     *
     * @param migrant the person's pseudonymous id, not null
     * @return the beneficiary
     */
    static Beneficiary person(MigrantId migrant) {
        return new Person(migrant);
    }

    /**
     * Returns a group of people as beneficiary.
     *
     * @param count how many people, at least 1
     * @return the beneficiary
     * @throws InvalidValueException ({@code count.negative}) if {@code count} is negative
     * @throws IllegalArgumentException if {@code count} is 0
     */
    static Beneficiary group(int count) {
        return new Group(count);
    }

    /**
     * Returns how many people this beneficiary stands for.
     *
     * @return 1 for a person, the count for a group
     */
    int count();

    /**
     * One person.
     *
     * @param migrant the person's pseudonymous id, not null
     */
    record Person(MigrantId migrant) implements Beneficiary {
        /**
         * Creates the beneficiary.
         *
         * @throws NullPointerException if {@code migrant} is null
         */
        public Person {
            Objects.requireNonNull(migrant, "migrant");
        }

        /**
         * Returns 1.
         *
         * @return 1
         */
        @Override
        public int count() {
            return 1;
        }
    }

    /**
     * A group counted but not listed.
     *
     * @param count how many people, at least 1
     */
    record Group(int count) implements Beneficiary {
        /**
         * Creates the beneficiary.
         *
         * @throws InvalidValueException ({@code count.negative}) if {@code count} is negative
         * @throws IllegalArgumentException if {@code count} is 0
         */
        public Group {
            if (count < 0) {
                throw new InvalidValueException(IssueCode.COUNT_NEGATIVE, "Beneficiary count " + count
                        + " is negative: a group has at least one person.");
            }
            if (count == 0) {
                throw new IllegalArgumentException("Beneficiary count is 0: a group has at least one person; "
                        + "leave the event out if no one was served.");
            }
        }
    }
}
