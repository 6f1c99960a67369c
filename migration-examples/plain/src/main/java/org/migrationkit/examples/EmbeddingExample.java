package org.migrationkit.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
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
import org.migrationkit.io.json.MigrationKitModule;

/**
 * The library inside your own application: records built from value types with builders, validated through the
 * fast path and through any Jakarta {@code Validator} (the same rules, codes and fields), then sent as JSON through
 * your own {@code ObjectMapper} and read back.
 */
public final class EmbeddingExample {
    private EmbeddingExample() {
    }

    /**
     * Prints what each step finds.
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

        // The fast path: rules as Issues, no provider, for millions of records.
        for (Issue issue : RecordRules.check(capsizing)) {
            out.println(issue);
        }

        // Bean Validation, as Spring's @Valid would run it: one violation per problem, on the field it concerns.
        try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            for (ConstraintViolation<Incident> v : validator.validate(capsizing)) {
                out.println(v.getPropertyPath() + " " + IssueCodes.of(v).orElseThrow() + ": " + v.getMessage());
            }
        }

        // Partners' raw case numbers become stable pseudonyms; the raw number is never stored.
        byte[] key = "a key the data officer keeps safe".getBytes(StandardCharsets.UTF_8);
        Migrant boy = Migrant.builder().id(Pseudonymiser.withKey(key).migrantId("CASE-2024-0042"))
                .age(19).nationality(CountryCode.of("ETH")).unaccompanied(true).build();
        for (Issue issue : RecordRules.check(boy, LocalDate.of(2026, 11, 23), IssueLocation.ofField("migrant"))) {
            out.println(issue.code() + " on " + issue.location().field() + ", id " + boy.id());
        }

        // JSON through your own mapper: register the module once (findAndRegisterModules() finds it too).
        Incident fixed = capsizing.toBuilder().total(185).build();
        ObjectMapper mapper = new ObjectMapper().registerModule(new MigrationKitModule());
        try {
            String json = mapper.writeValueAsString(fixed);
            out.println(json);
            out.println(mapper.readValue(json, Incident.class).equals(fixed));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
