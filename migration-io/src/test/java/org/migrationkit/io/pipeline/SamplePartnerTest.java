package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.io.report.ValidationReport;

/**
 * The sample partner dataset shipped in {@code samples/partner} (the README's main command) is the generated dataset
 * of {@link PartnerFiles#writeSample} byte for byte, and validating it gives the documented result. To regenerate it
 * after a change of the generator: {@code mvn -pl migration-io test -Dtest=SamplePartnerTest
 * -Dmigrationkit.updateSamples=true}.
 */
class SamplePartnerTest {
    static final Path SAMPLE = Path.of("..", "samples", "partner");
    private static final String[] TABLES = {"assistance_events.csv", "journeys.csv", "legs.csv", "migrants.csv"};

    @TempDir
    Path tmp;

    @Test
    void shippedSample_isUpToDate() throws IOException {
        Path fresh = PartnerFiles.writeSample(tmp.resolve("partner"));
        if (Boolean.getBoolean("migrationkit.updateSamples")) {
            Files.createDirectories(SAMPLE);
            for (String t : TABLES) {
                Files.copy(fresh.resolve(t), SAMPLE.resolve(t), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        for (String t : TABLES) {
            assertThat(SAMPLE.resolve(t)).as(t + " is regenerated with -Dmigrationkit.updateSamples=true")
                    .hasSameBinaryContentAs(fresh.resolve(t));
        }
    }

    /** The result README.md and docs/report-format.md document: one located issue per hand-made defect. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(textBlock = """
            id.duplicate,               error,   migrants.csv,          201, 202, 1,  id
            ref.missing-migrant,        error,   journeys.csv,          3,   4,   2,  migrant_id
            ref.missing-journey,        error,   legs.csv,              4,   5,   1,  journey_id
            ref.missing-beneficiary,    error,   assistance_events.csv, 5,   6,   3,  beneficiary_id
            date.before-journey,        warning, assistance_events.csv, 1,   2,   7,  date
            value.outlier,              info,    migrants.csv,          50,  51,  3,  age
            spelling.inconsistent,      warning, assistance_events.csv, 155, 156, 12, place
            name.inconsistent-per-code, warning, assistance_events.csv, 44,  45,  11, adm_name
            country.unknown,            error,   migrants.csv,          10,  11,  6,  country_of_birth
            """)
    void shippedSample_locatesEachDefect(String code, String severity, String file, long record, long line, int column,
            String field) {
        JsonNode json = Reports.check(DatasetValidator.builder().build().validate(SAMPLE));
        JsonNode first = Reports.issues(json, code).get(0);
        assertThat(first.get("severity").asText()).isEqualTo(severity);
        JsonNode at = first.get("location");
        assertThat(at.get("file").asText()).isEqualTo(SAMPLE.resolve(file).toString());
        assertThat(at.get("record").asLong()).isEqualTo(record);
        assertThat(at.get("line").asLong()).isEqualTo(line);
        assertThat(at.get("column").asInt()).isEqualTo(column);
        assertThat(at.get("field").asText()).isEqualTo(field);
    }

    @Test
    void shippedSample_countsAsDocumented() {
        ValidationReport r = DatasetValidator.builder().build().validate(SAMPLE);
        Reports.check(r);
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.records()).isEqualTo(958);
        assertThat(r.rejected()).isEqualTo(7);
        assertThat(r.summaryIssues(org.migrationkit.core.validation.Severity.ERROR)).isEqualTo(7);
        assertThat(r.summaryIssues(org.migrationkit.core.validation.Severity.WARNING)).isEqualTo(3);
        assertThat(r.summaryIssues(org.migrationkit.core.validation.Severity.INFO)).isEqualTo(1);
        // The journey and the event of the migrant rejected for country.unknown are dangling too: a rejected
        // record's id is not known to the dataset.
        assertThat(r.byCode()).containsEntry("ref.missing-migrant", 2L).containsEntry("ref.missing-beneficiary", 2L);
    }

    /** Each dataset rule's message, verbatim: what, where, and how to fix it, never an id. */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
    @org.junit.jupiter.params.provider.CsvSource(delimiterString = " => ", quoteCharacter = '`', textBlock = """
            id.duplicate => This migrant has the same id as an earlier record of this file: ids are unique in a dataset, so this record is rejected (the value is not shown: ids may be a partner's case numbers).
            ref.missing-migrant => This journey's migrant_id names no migrant read from the dataset (missing, or its record was rejected): add the migrant to migrants, or correct the id (not shown: ids may be a partner's case numbers).
            ref.missing-journey => This leg's journey_id names no journey read from the dataset (missing, or its record was rejected): add the journey to journeys, or correct the id (not shown).
            ref.missing-beneficiary => This assistance event's beneficiary_id names no migrant read from the dataset (missing, or its record was rejected): add the migrant to migrants, or correct the id (not shown).
            date.before-journey => This assistance event is dated before its beneficiary's first journey started (2021-04-25): check the event's date or the legs' departure dates.
            spelling.inconsistent => "Migration Response Centre, Obok" in column place (1 record) looks like another spelling of "Migration Response Centre, Obock" (5 records): write one place or organisation one way.
            name.inconsistent-per-code => Admin area code X01 is named "Capital District" here but "Central District" before (in ../samples/partner/assistance_events.csv): give one code one name.
            value.outlier => Column age is 97, far from its other values (median 27, modified z-score 7.9): check it is not a typing error.
            """)
    void shippedSample_messagesSayWhatAndHowToFix(String code, String message) {
        JsonNode json = Reports.check(DatasetValidator.builder().build().validate(SAMPLE));
        assertThat(Reports.issues(json, code).get(0).get("message").asText()).isEqualTo(message);
    }
}
