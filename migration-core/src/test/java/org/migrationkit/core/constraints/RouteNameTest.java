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

/** {@link RouteName} on a user's own class, validated by Hibernate Validator. */
class RouteNameTest {
    /** A user's own class: a record with a plain string route. */
    record Crossing(@RouteName String route, @RouteName StringBuilder alternative) {
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
    @ValueSource(strings = {"Central Mediterranean", "central  mediterranean", "Darien Gap", "Calais to United Kingdom",
        "Mainland Europe to the UK", "Turkiye-Europe land route", "Malaysia to Indonesia", "Horn Africa to Yemen"})
    void currentLegacyAndAliasNames_pass(String route) {
        assertThat(validator.validate(new Crossing(route, new StringBuilder(route)))).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"Central Mediteranean", "Pacific route", "", "Mixed"})
    void unknownRoute_isAViolationCarryingTheIssueCode(String route) {
        Set<ConstraintViolation<Crossing>> violations = validator.validate(new Crossing(route, null));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("route");
            assertThat(IssueCodes.of(v)).contains(IssueCode.ROUTE_UNKNOWN);
            assertThat(v.getMessage()).isEqualTo("is not a Missing Migrants Project route");
            assertThat(v.getInvalidValue()).isEqualTo(route);
        });
    }

    @Test
    void otherCharSequences_areValidatedToo() {
        assertThat(validator.validate(new Crossing(null, new StringBuilder("Atlantis"))))
                .singleElement().satisfies(v -> assertThat(v.getPropertyPath()).hasToString("alternative"));
    }

    @Test
    void null_isValid() {
        assertThat(validator.validate(new Crossing(null, null))).isEmpty();
    }
}
