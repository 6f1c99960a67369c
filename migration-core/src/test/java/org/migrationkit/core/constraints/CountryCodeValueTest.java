package org.migrationkit.core.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.validation.IssueCode;

/** Our constraint on a user's own class, validated by Hibernate Validator. */
class CountryCodeValueTest {
    /** A user's own class: plain strings annotated with our constraints. */
    static final class Arrival {
        @CountryCodeValue
        final String origin;

        @CountryCodeValue(alpha3Only = true)
        final String destination;

        Arrival(String origin, String destination) {
            this.origin = origin;
            this.destination = destination;
        }
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
    @ValueSource(strings = {"YEM", "ye", "887", "Türkiye", "Iran (Islamic Republic of)", "XKX", "UKN"})
    void validCountries_pass(String origin) {
        assertThat(validator.validate(new Arrival(origin, "SAU"))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"XYZ", "Germnay", ""})
    void unknownCountry_isAViolationCarryingTheIssueCode(String origin) {
        Set<ConstraintViolation<Arrival>> violations = validator.validate(new Arrival(origin, "SAU"));
        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.getPropertyPath()).hasToString("origin");
            assertThat(IssueCodes.of(v)).contains(IssueCode.COUNTRY_UNKNOWN);
            assertThat(v.getMessage()).isEqualTo("is not a known country: use an ISO 3166-1 alpha-3 code such as "
                    + "\"SYR\", or one of XKX, XXA, XXB, XXC, XXX, UKN, STA");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"SA", "682", "Saudi Arabia"})
    void alpha3Only_refusesOtherForms(String destination) {
        assertThat(validator.validate(new Arrival("YEM", destination)))
                .singleElement().satisfies(v -> assertThat(v.getPropertyPath()).hasToString("destination"));
    }

    /** A user's own record, as in the README. */
    record Departure(@CountryCodeValue String origin) {
    }

    @org.junit.jupiter.api.Test
    void onARecordComponent_givesOneViolation() {
        assertThat(validator.validate(new Departure("Germnay"))).singleElement()
                .satisfies(v -> assertThat(v.getPropertyPath()).hasToString("origin"));
        assertThat(validator.validate(new Departure("Germany"))).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void null_isValid() {
        assertThat(validator.validate(new Arrival(null, null))).isEmpty();
    }
}
