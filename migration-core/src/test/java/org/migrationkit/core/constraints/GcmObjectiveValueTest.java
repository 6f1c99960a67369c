package org.migrationkit.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.IssueCode;

/** Our GCM objective constraint on a user's own class, validated by Hibernate Validator. */
class GcmObjectiveValueTest {
    /** A user's own class: a plain string annotated with our constraint. */
    static final class Activity {
        @GcmObjectiveValue
        final String objective;

        Activity(String objective) {
            this.objective = objective;
        }
    }

    /** The same on a record component. */
    record Project(@GcmObjectiveValue String objective) {
    }

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void start() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stop() {
        factory.close();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"8", "Objective 8", "O8", "save lives", "Save lives", "23", "1"})
    void knownObjectives_pass(String objective) {
        assertThat(validator.validate(new Activity(objective))).isEmpty();
        assertThat(validator.validate(new Project(objective))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"0", "24", "Objective 99", "", "save live stock"})
    void unknownObjective_isAViolationCarryingTheIssueCode(String objective) {
        Set<ConstraintViolation<Activity>> violations = validator.validate(new Activity(objective));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("objective");
            assertThat(IssueCodes.of(v)).contains(IssueCode.GCM_OBJECTIVE_UNKNOWN);
            assertThat(v.getMessage()).isEqualTo("is not a GCM objective (1 to 23)");
        });
    }

    @Test
    void null_isValid() {
        assertThat(validator.validate(new Activity(null))).isEmpty();
    }
}
