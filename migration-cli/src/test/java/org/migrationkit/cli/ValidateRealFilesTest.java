package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code migration validate FILE --format json} on each real public file of {@code ../shared/datasets}: recognised
 * by its header, every record counted with the figures of the public-layouts acceptance, a report that passes the
 * report schema. The files are read where they are (never copied); absent, the test is skipped, except under
 * {@code CI=true} where it fails.
 */
@Tag("real-data")
class ValidateRealFilesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            iom-missing-migrants-project-data.csv,          mmp-api,                3723,  7, 1
            MissingMigrants-Global-2020-01-08T14-05-32.csv, mmp-web-2017,           6249,  0, 0
            global-iom-dtm-from-api-admin-0-to-2.csv,       dtm-api-hxl,            13367, 0, 0
            HDX_EndYearPopulationTotals.csv,                unhcr-population-hdx,   745,   0, 0
            HDX_Demographics.csv,                           unhcr-demographics-hdx, 1139,  0, 0
            """)
    void realFile_isValidatedWithItsLayout(String name, String layout, long records, long rejected, int exit)
            throws IOException {
        Path file = dataset(name);
        Path report = tmp.resolve("report.json");
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "validate", file.toString(),
                "--format", "json", "--output", report.toString(), "--quiet");

        assertThat(code).as(err.toString()).isEqualTo(exit);
        JsonNode json = ReportChecks.check(Files.readString(report));
        JsonNode input = json.get("inputs").get(0);
        assertThat(input.get("path").asText()).isEqualTo(file.toString());
        assertThat(input.get("layout").asText()).isEqualTo(layout);
        assertThat(input.get("records").asLong()).isEqualTo(records);
        assertThat(input.get("rejected").asLong()).isEqualTo(rejected);
        assertThat(input.get("valid").asLong()).isEqualTo(records - rejected);
        if (rejected > 0) {
            // The MMP export's only rejections: its negative counts, each located at its column.
            assertThat(json.get("summary").get("byCode").get("count.negative").asLong()).isEqualTo(rejected);
        }
    }

    private static Path dataset(String name) {
        String dir = System.getProperty("migrationkit.shared");
        Path file = (dir == null || dir.isBlank() ? Path.of("..", "..", "shared") : Path.of(dir)).toAbsolutePath()
                .normalize().resolve("datasets").resolve(name);
        if (!Files.isReadable(file)) {
            String message = file + " is absent; real-data test skipped (set -Dmigrationkit.shared)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message.replace("real-data test skipped", "real-data tests must run under CI=true"));
            }
            assumeTrue(false, message);
        }
        return file;
    }
}
