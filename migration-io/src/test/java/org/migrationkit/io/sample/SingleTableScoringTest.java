package org.migrationkit.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.people.AgeBandSet;
import org.migrationkit.core.people.Breakdown;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.schema.Entity;

/**
 * Scores the dataset validator against the defect mode on the tables that stand alone: incidents, population figures
 * and remittances, 10,000 records each with 2 % defects. Recall and precision are 100 % for every code injected into
 * the table; {@code value.outlier} is not injected there (the generator's heavy-tailed counts have outliers of their
 * own, and rejected records change the sample they are measured against), so it is not scored.
 */
class SingleTableScoringTest {
    private static final long SEED = 77;
    private static final int RECORDS = 10_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of(Entity.INCIDENT, Set.of(IssueCode.INCIDENT_TYPE_UNKNOWN, IssueCode.CAUSE_UNKNOWN,
                        IssueCode.REGION_UNKNOWN, IssueCode.QUALITY_OUT_OF_RANGE, IssueCode.COUNT_TOTAL_MISMATCH,
                        IssueCode.COUNT_PARTIAL_EXCEEDS_TOTAL, IssueCode.COUNT_CHILDREN_EXCEED_TOTAL,
                        IssueCode.GEO_OUTSIDE_COUNTRY, IssueCode.DATE_IN_FUTURE, IssueCode.COUNTRY_UNKNOWN,
                        IssueCode.COUNT_NEGATIVE)),
                Arguments.of(Entity.POPULATION_FIGURE, Set.of(IssueCode.FIGURE_UNIT_UNKNOWN,
                        IssueCode.FIGURE_MEASURE_UNKNOWN, IssueCode.DATE_PERIOD_REVERSED, IssueCode.AGE_BAND_NOT_IN_SET,
                        IssueCode.COUNT_BREAKDOWN_MISMATCH, IssueCode.COUNT_BREAKDOWN_EXCEEDS_TOTAL,
                        IssueCode.ID_DUPLICATE, IssueCode.ROUND_OUT_OF_RANGE, IssueCode.ASSESSMENT_TYPE_UNKNOWN,
                        IssueCode.DISPLACEMENT_REASON_UNKNOWN)),
                Arguments.of(Entity.REMITTANCE, Set.of(IssueCode.CURRENCY_UNKNOWN,
                        IssueCode.REMITTANCE_CHANNEL_UNKNOWN, IssueCode.REMITTANCE_AMOUNT_NOT_POSITIVE,
                        IssueCode.REMITTANCE_COST_NEGATIVE, IssueCode.REMITTANCE_COST_EXCEEDS_AMOUNT)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void recallAndPrecisionAreFull(Entity entity, Set<IssueCode> codes) throws IOException {
        List<InjectedDefect> manifest = new ArrayList<>();
        Path defective = dir.resolve("defective-" + entity.fileName());
        Path clean = dir.resolve(entity.fileName());
        Defects.of(SEED, 0.02).writeTable(entity, records(entity), name -> Files.newOutputStream(defective),
                manifest::add);
        Defects.of(SEED, 0).writeTable(entity, records(entity), name -> Files.newOutputStream(clean), d -> { });
        DatasetValidator validator = DatasetValidator.builder().maxIssuesPerCode(0).clock(CLOCK).layout(
                "entity:" + entity.id()).build();
        ValidationReport report = validator.validate(defective);

        assertThat(manifest.stream().map(InjectedDefect::code).collect(Collectors.toSet())).isEqualTo(codes)
                .isEqualTo(Defects.injectedCodes(entity));
        Set<String> expected = new TreeSet<>();
        for (InjectedDefect d : manifest) {
            expected.add(d.code().code() + " #" + d.record() + " " + d.field());
        }
        Set<String> reported = new TreeSet<>();
        for (Issue i : report.issues()) {
            if (codes.contains(i.code())) {
                reported.add(i.code().code() + " #" + i.location().record() + " " + i.location().field());
            }
        }
        Set<String> missed = new TreeSet<>(expected);
        missed.removeAll(reported);
        Set<String> extra = new TreeSet<>(reported);
        extra.removeAll(expected);
        Set<String> codesShown = new TreeSet<>();
        StringBuilder there = new StringBuilder();
        for (String m : missed) {
            if (codesShown.add(m.substring(0, m.indexOf(' ')))) {
                long rec = Long.parseLong(m.substring(m.indexOf('#') + 1, m.lastIndexOf(' ')));
                report.issues().stream().filter(i -> Objects.equals(i.location().record(), rec))
                        .forEach(i -> there.append(m).append(" -> ").append(i).append('\n'));
            }
        }
        assertThat(missed).as("missed; %s", there).isEmpty();
        assertThat(extra).as("reported but not injected").isEmpty();
        assertThat(report.byCode().keySet()).isSubsetOf(Stream.concat(codes.stream(),
                Stream.of(IssueCode.VALUE_OUTLIER)).map(IssueCode::code).collect(Collectors.toSet()));

        ValidationReport cleanReport = validator.validate(clean);
        assertThat(cleanReport.summaryIssues(Severity.ERROR)).isZero();
        assertThat(cleanReport.summaryIssues(Severity.WARNING)).isZero();
    }

    private static Stream<?> records(Entity entity) {
        SampleData data = SampleData.seed(SEED);
        switch (entity) {
            case INCIDENT:
                return data.incidents().limit(RECORDS);
            case POPULATION_FIGURE:
                return data.populationFigures().filter(SingleTableScoringTest::fitsTable).limit(RECORDS);
            default:
                return data.remittances().limit(RECORDS);
        }
    }

    /** The figures the table's columns can hold: the UNHCR age bands (as the generate command writes them). */
    static boolean fitsTable(PopulationFigure figure) {
        Breakdown b = figure.breakdown();
        if (b.bandSet() != null && !AgeBandSet.UNHCR.equals(b.bandSet())) {
            return false;
        }
        for (Breakdown.Cell cell : b.cells().keySet()) {
            if (cell.band() != null && !AgeBandSet.UNHCR.contains(Objects.requireNonNull(cell.band()))) {
                return false;
            }
        }
        return true;
    }
}
