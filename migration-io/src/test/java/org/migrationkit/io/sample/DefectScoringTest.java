package org.migrationkit.io.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.schema.Entity;

/**
 * Scores the dataset validator against the defect mode's manifest: a 20,000-migrant partner dataset with 2 % defects
 * must give every injected defect (recall 100 %) and no other issue of the injected codes (precision 100 %), per code,
 * matched by code, file, record and field; the same dataset without defects gives no error and no warning.
 *
 * <p>The generator's own data has a few ages far enough from the median to be {@code value.outlier} infos (64 and 65
 * against a median of 26): findings of the clean dataset, not of an injected defect. They are matched to their rows in
 * the defective dataset (whose record numbers count the extra records the defect mode adds) and left out of the
 * precision count; the test asserts that they are the only findings of the clean dataset.
 */
class DefectScoringTest {
    private static final long SEED = 20_261_123L;
    private static final int MIGRANTS = 20_000;
    private static final double RATE = 0.02;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private static final Set<IssueCode> PARTNER_CODES = partnerCodes();

    @TempDir
    static Path dir;

    private static Set<IssueCode> partnerCodes() {
        Set<IssueCode> codes = java.util.EnumSet.noneOf(IssueCode.class);
        for (Entity e : List.of(Entity.MIGRANT, Entity.JOURNEY, Entity.LEG, Entity.ASSISTANCE_EVENT)) {
            codes.addAll(Defects.injectedCodes(e));
        }
        return codes;
    }
    private static List<InjectedDefect> manifest = List.of();
    private static @Nullable ValidationReport defective;
    private static @Nullable ValidationReport clean;

    @BeforeAll
    static void generateAndValidate() throws IOException {
        manifest = write(dir.resolve("defective"), RATE);
        assertThat(write(dir.resolve("clean"), 0)).isEmpty();
        DatasetValidator validator = DatasetValidator.builder().maxIssuesPerCode(0).clock(CLOCK).build();
        defective = validator.validate(dir.resolve("defective"));
        clean = validator.validate(dir.resolve("clean"));
    }

    private static List<InjectedDefect> write(Path folder, double rate) throws IOException {
        Files.createDirectories(folder);
        List<InjectedDefect> found = new ArrayList<>();
        Defects.of(SEED, rate).writePartner(SampleData.seed(SEED).partnerDataset(MIGRANTS),
                name -> Files.newOutputStream(folder.resolve(name)), found::add);
        return found;
    }

    private static String key(IssueCode code, String file, @Nullable Long record, @Nullable String field) {
        return code.code() + " " + file + " #" + record + " " + field;
    }

    private static String entry(@Nullable String reportFile) {
        String file = String.valueOf(reportFile);
        return file.substring(file.lastIndexOf('/') + 1);
    }

    private static String key(Issue i) {
        return key(i.code(), entry(i.location().file()), i.location().record(), i.location().field());
    }

    @Test
    void recallAndPrecisionAreFullForEveryInjectedCode() throws IOException {
        Map<IssueCode, Set<String>> expected = new TreeMap<>();
        for (InjectedDefect d : manifest) {
            expected.computeIfAbsent(d.code(), c -> new TreeSet<>()).add(key(d.code(), d.file(), d.record(),
                    d.field()));
        }
        Set<String> generatorOwn = cleanFindingsInDefectiveNumbering();
        Map<IssueCode, Set<String>> reported = new TreeMap<>();
        for (Issue i : java.util.Objects.requireNonNull(defective).issues()) {
            if (PARTNER_CODES.contains(i.code()) && !generatorOwn.contains(key(i))) {
                reported.computeIfAbsent(i.code(), c -> new TreeSet<>()).add(key(i));
            }
        }
        StringBuilder table = new StringBuilder("code injected found recall precision\n");
        List<String> wrong = new ArrayList<>();
        for (IssueCode code : PARTNER_CODES) {
            Set<String> want = expected.getOrDefault(code, Set.of());
            Set<String> got = reported.getOrDefault(code, Set.of());
            long hits = got.stream().filter(want::contains).count();
            table.append(code.code()).append(' ').append(want.size()).append(' ').append(got.size()).append(' ')
                    .append(want.isEmpty() ? "-" : 100 * hits / want.size() + "%").append(' ')
                    .append(got.isEmpty() ? "-" : 100 * hits / got.size() + "%").append('\n');
            want.stream().filter(k -> !got.contains(k)).limit(3).forEach(k -> wrong.add("missed " + k));
            got.stream().filter(k -> !want.contains(k)).limit(3).forEach(k -> wrong.add("not injected " + k));
        }
        assertThat(wrong).as("recall and precision per code:%n%s", table).isEmpty();
        // Every code the mode knows for these tables is injected at this size and rate, so each is scored.
        assertThat(expected.keySet()).as(table.toString()).containsExactlyInAnyOrderElementsOf(PARTNER_CODES);
    }

    @Test
    void defectiveDatasetHasNoIssueOfCodesThatWereNotInjected() {
        Set<IssueCode> others = new TreeSet<>();
        for (Issue i : java.util.Objects.requireNonNull(defective).issues()) {
            if (!PARTNER_CODES.contains(i.code())) {
                others.add(i.code());
            }
        }
        assertThat(others).isEmpty();
    }

    @Test
    void cleanDatasetHasNoErrorsOrWarnings_onlyTheGeneratorsOwnOutlierInfos() {
        ValidationReport report = java.util.Objects.requireNonNull(clean);
        assertThat(report.summaryIssues(Severity.ERROR)).isZero();
        assertThat(report.summaryIssues(Severity.WARNING)).isZero();
        assertThat(report.byCode().keySet()).isSubsetOf(IssueCode.VALUE_OUTLIER.code());
        assertThat(report.rejected()).isZero();
    }

    @Test
    void everyDefectiveRecordIsRejectedOrWarnedOnce() {
        ValidationReport report = java.util.Objects.requireNonNull(defective);
        long errors = manifest.stream().filter(d -> d.code().severity() == Severity.ERROR).count();
        assertThat(report.rejected()).isEqualTo(errors);
        assertThat(report.records()).isEqualTo(report.valid() + report.rejected());
    }

    /** The clean dataset's findings, located at the same rows of the defective dataset. */
    private static Set<String> cleanFindingsInDefectiveNumbering() throws IOException {
        Set<String> found = new TreeSet<>();
        Map<String, Map<String, List<Long>>> rowsByFile = new HashMap<>();
        for (Issue i : java.util.Objects.requireNonNull(clean).issues()) {
            String file = entry(i.location().file());
            List<String> cleanRows = Files.readAllLines(dir.resolve("clean").resolve(file), StandardCharsets.UTF_8);
            Map<String, List<Long>> defectiveRows = rowsByFile.computeIfAbsent(file, f -> number(dir.resolve(
                    "defective").resolve(f)));
            Long record = i.location().record();
            // A row with a duplicate id added after it is there twice, and so is its finding.
            for (Long at : record == null ? List.<Long>of() : defectiveRows.getOrDefault(cleanRows.get(
                    record.intValue()), List.of())) {
                found.add(key(i.code(), file, at, i.location().field()));
            }
        }
        return found;
    }

    private static Map<String, List<Long>> number(Path file) {
        try {
            List<String> rows = Files.readAllLines(file, StandardCharsets.UTF_8);
            Map<String, List<Long>> numbers = new HashMap<>();
            for (int r = 1; r < rows.size(); r++) {
                numbers.computeIfAbsent(rows.get(r), k -> new ArrayList<>()).add((long) r);
            }
            return numbers;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
