package org.migrationkit.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;
import java.io.PrintStream;
import java.util.Comparator;
import org.migrationkit.core.constraints.CountryCodeValue;
import org.migrationkit.core.constraints.GcmObjectiveValue;
import org.migrationkit.core.constraints.IssueCodes;
import org.migrationkit.core.constraints.RouteName;

/**
 * The library's constraints on a class of your own — here the form a registration desk fills in — validated with
 * Hibernate Validator; {@link IssueCodes} turns each violation back into the library's issue code.
 */
public final class OwnClassConstraintsExample {
    private OwnClassConstraintsExample() {
    }

    /**
     * An arrival as a registration desk records it, in the desk's own words.
     *
     * @param origin the country of origin: a code or a name
     * @param nationality the nationality: an ISO alpha-3 code only
     * @param route the route travelled, as a Missing Migrants Project route name
     * @param objective the GCM objective the follow-up serves: its number or short name
     */
    public record ArrivalForm(@NotNull @CountryCodeValue String origin,
            @CountryCodeValue(alpha3Only = true) String nationality, @RouteName String route,
            @GcmObjectiveValue String objective) {
    }

    /**
     * Prints the violations of a good and of a bad form.
     *
     * @param args none
     */
    public static void main(String... args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            ArrivalForm good = new ArrivalForm("Syria", "SYR", "Central Mediterranean", "Save lives");
            out.println("good form: " + validator.validate(good).size() + " violations");

            ArrivalForm bad = new ArrivalForm(null, "SY", "Darien Gapp", "Objective 24");
            validator.validate(bad).stream()
                    .sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                    .forEach(v -> out.println(line(v)));
        }
    }

    private static String line(ConstraintViolation<ArrivalForm> v) {
        // Our constraints map back to an issue code; others (e.g. @NotNull) have none.
        String code = IssueCodes.of(v).map(c -> c.code()).orElse("(not ours)");
        return v.getPropertyPath() + " " + code + ": " + v.getMessage();
    }
}
