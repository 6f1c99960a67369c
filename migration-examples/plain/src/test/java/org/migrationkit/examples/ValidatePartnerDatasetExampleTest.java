package org.migrationkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidatePartnerDatasetExampleTest {
    /** The repository's sample partner dataset: one defect per dataset rule (README, "Validating a partner dataset"). */
    private static final Path SAMPLE = Path.of(System.getProperty("migrationkit.root", "../.."), "samples", "partner");

    @Test
    void example_summarisesWritesTheReportAndWalksTheRejections(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int exit = ValidatePartnerDatasetExample.run(SAMPLE, dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "ValidationReport[inputs=4, records=958, valid=951, rejected=7, error=7, warning=3, info=0]",
                "assistance_events.csv: 176 records, 2 rejected",
                "journeys.csv: 227 records, 2 rejected",
                "legs.csv: 354 records, 1 rejected",
                "migrants.csv: 201 records, 2 rejected",
                "country.unknown in migrants.csv record 10 field country_of_birth",
                "id.duplicate in migrants.csv record 201 field id",
                "ref.missing-beneficiary in assistance_events.csv record 5 field beneficiary_id",
                "ref.missing-beneficiary in assistance_events.csv record 7 field beneficiary_id",
                "ref.missing-migrant in journeys.csv record 3 field migrant_id",
                "ref.missing-migrant in journeys.csv record 11 field migrant_id",
                "ref.missing-journey in legs.csv record 4 field journey_id");
        assertThat(Files.readString(dir.resolve("report.html"))).startsWith("<!DOCTYPE html>")
                .contains("ref.missing-journey").doesNotContain("value.outlier");
        assertThat(Files.readString(dir.resolve("report.json"))).contains("\"reportVersion\" : \"1.0\"", "\"rejected\" : 7",
                "\"ref.missing-journey\"").doesNotContain("value.outlier");
    }
}
