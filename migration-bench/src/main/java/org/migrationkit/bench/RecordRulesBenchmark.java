package org.migrationkit.bench;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.EventId;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.IncidentId;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.JourneyId;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.model.MigrantId;
import org.migrationkit.core.model.Remittance;
import org.migrationkit.core.model.RemittanceChannel;
import org.migrationkit.core.model.RemittanceId;
import org.migrationkit.core.people.Sex;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.vocab.AssistanceType;
import org.migrationkit.core.vocab.CauseCategory;
import org.migrationkit.core.vocab.MmpRoute;
import org.migrationkit.core.vocab.TransportMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The fast path against Bean Validation on the same records: {@link RecordRules#check} and Hibernate Validator's
 * {@code Validator.validate} over one mixed batch (incidents, migrants, journeys with legs, assistance events,
 * remittances; one record in ten has a defect). Both run the same rule method; the difference is the provider's
 * per-object cost. Target (issue 4): the fast path at least 5× the throughput. Each operation validates the whole
 * batch and returns the number of problems found, so the JIT cannot drop the work.
 *
 * <pre>{@code
 * mvn -B -q package -pl migration-bench -am -DskipTests
 * java -jar migration-bench/target/benchmarks.jar RecordRules -wi 3 -i 5 -f 1
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecordRulesBenchmark {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final int RECORDS = 1_000;

    private final List<Checkable> batch = new ArrayList<>(RECORDS);
    private ValidatorFactory factory;
    private Validator validator;

    /** Builds the batch and the validator. */
    @Setup
    public void setUp() {
        factory = Validation.byDefaultProvider().configure()
                .clockProvider(() -> Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC))
                .buildValidatorFactory();
        validator = factory.getValidator();
        CountryCode eth = CountryCode.of("ETH");
        CountryCode som = CountryCode.of("SOM");
        CountryCode yem = CountryCode.of("YEM");
        for (int i = 0; i < RECORDS; i++) {
            boolean defect = i % 10 == 0;
            MigrantId migrant = MigrantId.of("m-" + i);
            switch (i % 5) {
                case 0 -> batch.add(Incident.builder().id(IncidentId.of("2024.MMP" + i))
                        .date(ReportedDate.of(2024, 1 + i % 12, 1 + i % 28)).route(MmpRoute.EASTERN_ROUTE_TO_FROM_EHOA)
                        .causes(CauseCategory.DROWNING).dead(i % 7).missing(i % 3 == 0 ? null : i % 11)
                        .total(defect ? 999 : i % 7 + (i % 3 == 0 ? 0 : i % 11)).females(1).males(1).build());
                case 1 -> batch.add(Migrant.builder().id(migrant).sex(Sex.MALE).age(defect ? 19 : 16)
                        .nationality(eth).unaccompanied(true).build());
                case 2 -> {
                    JourneyId journey = JourneyId.of("j-" + i);
                    batch.add(Journey.builder().id(journey).migrant(migrant).origin(eth).destination(yem)
                            .leg(Leg.builder().journey(journey).sequence(1).origin(eth).destination(som)
                                    .departed(ReportedDate.of(2024, 3, 1)).arrived(ReportedDate.of(2024, 3, 9))
                                    .transport(TransportMode.BUS).build())
                            .leg(Leg.builder().journey(journey).sequence(2).origin(defect ? eth : som).destination(yem)
                                    .departed(ReportedDate.of(2024, 3, 20)).arrived(ReportedDate.of(2024, 3, 21))
                                    .transport(TransportMode.BOAT).build())
                            .build());
                }
                case 3 -> batch.add(AssistanceEvent.builder().id(EventId.of("e-" + i)).provider("IOM")
                        .beneficiary(Beneficiary.person(migrant)).type(AssistanceType.REFERRAL)
                        .date(ReportedDate.of(2024, 4, 2)).consentRecorded(!defect).build());
                default -> batch.add(Remittance.builder().id(RemittanceId.of("r-" + i)).from(CountryCode.of("SAU"))
                        .to(yem).amount(new BigDecimal("200")).cost(new BigDecimal(defect ? "250" : "7.40"))
                        .currency("USD").channel(RemittanceChannel.MOBILE_MONEY).build());
            }
        }
    }

    /** Closes the validator factory. */
    @TearDown
    public void tearDown() {
        factory.close();
    }

    /**
     * The fast path over the batch.
     *
     * @return the number of issues found
     */
    @Benchmark
    public int fastPath() {
        int issues = 0;
        for (Checkable record : batch) {
            issues += RecordRules.check(record, TODAY, IssueLocation.nowhere()).size();
        }
        return issues;
    }

    /**
     * Hibernate Validator over the batch.
     *
     * @return the number of violations found
     */
    @Benchmark
    public int beanValidation() {
        int violations = 0;
        for (Checkable record : batch) {
            violations += validator.validate(record).size();
        }
        return violations;
    }
}
