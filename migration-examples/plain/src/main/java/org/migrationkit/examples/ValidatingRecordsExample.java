package org.migrationkit.examples;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.migrationkit.core.constraints.IssueCodes;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.Pseudonymiser;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.MmpRoute;

/**
 * Record rules two ways: through any Jakarta {@code Validator} (here Hibernate Validator, as Spring's
 * {@code @Valid} would) and through the fast path, which gives the same codes on the same fields without a
 * provider.
 */
public final class ValidatingRecordsExample {
    private ValidatingRecordsExample() {
    }

    /**
     * Prints the problems both ways.
     *
     * @param args none
     */
    public static void main(String... args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        // 56 dead and 129 missing, but a total of 184: the kind of slip a partner's spreadsheet makes.
        Incident capsizing = Incident.builder().id(IncidentId.of("2024.MMP0123"))
                .date(ReportedDate.of(2024, 6, 10)).route(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA)
                .causes(CauseCategory.DROWNING).dead(56).missing(129).total(184).build();

        // Bean Validation: one violation per problem, on the field it concerns; the message key is the issue code.
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (ConstraintViolation<Incident> v : validator.validate(capsizing)) {
                out.println(v.getPropertyPath() + " " + IssueCodes.of(v).orElseThrow() + ": " + v.getMessage());
            }
        }

        // The fast path: the same rule method, for millions of records.
        for (Issue issue : RecordRules.check(capsizing)) {
            out.println(issue);
        }

        // Partners' raw case numbers become stable pseudonyms; the raw number is never stored.
        byte[] key = "a key the data officer keeps safe".getBytes(StandardCharsets.UTF_8);
        Migrant boy = Migrant.builder().id(Pseudonymiser.withKey(key).migrantId("CASE-2024-0042"))
                .age(19).nationality(CountryCode.of("ETH")).unaccompanied(true).build();
        List<Issue> issues = RecordRules.check(boy, LocalDate.of(2026, 11, 23), IssueLocation.ofField("migrant"));
        issues.stream().sorted(Comparator.comparing(i -> i.code().code()))
                .forEach(i -> out.println(i.code() + " on " + i.location().field() + ", id " + boy.id()));
    }
}
