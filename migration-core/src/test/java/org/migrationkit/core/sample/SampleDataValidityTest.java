package org.migrationkit.core.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationkit.core.testing.FastPathEquivalence;
import org.migrationkit.core.validation.Checkable;

/**
 * Valid by construction: 10,000 records of each entity give no issue on the fast path and no violation from
 * Hibernate Validator, with "today" ({@link FastPathEquivalence#TODAY}, 2026-11-23) after the default date range.
 */
class SampleDataValidityTest {
    private static final int SIZE = 10_000;

    static Stream<Arguments> entities() {
        return Stream.of(
                entity("migrant", s -> s.migrants()),
                entity("journey", s -> s.journeys()),
                entity("assistance-event", s -> s.assistanceEvents()),
                entity("incident", s -> s.incidents()),
                entity("population-figure", s -> s.populationFigures()),
                entity("remittance", s -> s.remittances()),
                entity("journey, children only", s -> s.withChildShare(1).withUnaccompaniedShare(1).journeys()),
                entity("migrant, children only", s -> s.withChildShare(1).withUnaccompaniedShare(1).migrants()));
    }

    private static Arguments entity(String name, Function<SampleData, Stream<? extends Checkable>> records) {
        return Arguments.of(name, records);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entities")
    void everyRecord_givesNoIssueOnEitherPath(String name, Function<SampleData, Stream<? extends Checkable>> records) {
        List<? extends Checkable> corpus = records.apply(SampleData.seed(20261123L)).limit(SIZE).toList();
        assertThat(corpus).hasSize(SIZE);
        for (Checkable record : corpus) {
            assertThat(FastPathEquivalence.fastPath(record)).as("fast path: %s", record).isEmpty();
            assertThat(FastPathEquivalence.beanValidation(record)).as("Bean Validation: %s", record).isEmpty();
        }
    }
}
