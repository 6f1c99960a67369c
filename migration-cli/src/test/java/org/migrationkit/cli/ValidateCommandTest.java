package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.sample.PartnerDataset;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.csv.CsvTableWriter;

/** End to end: {@code migration validate} on generated and shipped partner datasets (DESIGN §10). */
class ValidateCommandTest {
    /** The shipped sample with one hand-made defect per dataset rule (samples/partner, see README). */
    static final Path SAMPLE = Path.of("..", "samples", "partner");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private Path clean;

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @BeforeEach
    void writeCleanDataset() throws IOException {
        clean = tmp.resolve("partner");
        Files.createDirectories(clean);
        PartnerDataset d = SampleData.seed(11).partnerDataset(150);
        table(clean.resolve("migrants.csv"), Migrant.class, d.migrants());
        table(clean.resolve("journeys.csv"), Journey.class, d.journeys());
        table(clean.resolve("legs.csv"), Leg.class, d.legs());
        table(clean.resolve("assistance_events.csv"), AssistanceEvent.class, d.assistanceEvents());
    }

    private static <T> void table(Path file, Class<T> type, Stream<T> records) throws IOException {
        try (CsvTableWriter<T> w = CsvTableWriter.builder(type).write(file)) {
            records.forEach(w::write);
        }
    }

    @Test
    void cleanFolder_exitsZeroWithAJsonReportOnStdout() {
        assertThat(run("validate", clean.toString())).isZero();
        JsonNode report = ReportChecks.check(out.toString());
        assertThat(report.get("summary").get("issues").get("error").asLong()).isZero();
        assertThat(report.get("inputs")).hasSize(4);
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            id.duplicate,               migrants.csv,          201, 202, 1,  id
            ref.missing-migrant,        journeys.csv,          3,   4,   2,  migrant_id
            ref.missing-journey,        legs.csv,              4,   5,   1,  journey_id
            ref.missing-beneficiary,    assistance_events.csv, 5,   6,   3,  beneficiary_id
            date.before-journey,        assistance_events.csv, 1,   2,   7,  date
            value.outlier,              migrants.csv,          50,  51,  3,  age
            spelling.inconsistent,      assistance_events.csv, 155, 156, 12, place
            name.inconsistent-per-code, assistance_events.csv, 44,  45,  11, adm_name
            """)
    void sampleWithDefects_exitsOneAndLocatesEachDatasetRule(String code, String file, long record, long line,
            int column, String field) {
        assertThat(run("validate", SAMPLE.toString(), "--format", "json")).isEqualTo(Main.ISSUES);
        JsonNode at = ReportChecks.issues(ReportChecks.check(out.toString()), code).get(0).get("location");
        assertThat(at.get("file").asText()).isEqualTo(SAMPLE + "/" + file);
        assertThat(at.get("record").asLong()).isEqualTo(record);
        assertThat(at.get("line").asLong()).isEqualTo(line);
        assertThat(at.get("column").asInt()).isEqualTo(column);
        assertThat(at.get("field").asText()).isEqualTo(field);
    }

    @Test
    void output_writesTheReportToAFile_formatFromTheExtension() throws IOException {
        Path report = tmp.resolve("report.json");
        assertThat(run("validate", SAMPLE.toString(), "--output", report.toString())).isEqualTo(Main.ISSUES);
        assertThat(out.toString()).isEmpty();
        ReportChecks.check(Files.readString(report));
    }

    @Test
    void reportOption_writesSeveralFilesFromOnePass() throws IOException {
        Path a = tmp.resolve("a.json");
        Path b = tmp.resolve("b.json");
        assertThat(run("validate", clean.toString(), "--report", "json=" + a, "--report", "json=" + b)).isZero();
        assertThat(Files.readString(a)).isNotEmpty();
        ReportChecks.check(Files.readString(a));
        ReportChecks.check(Files.readString(b));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            --format pdf => --format pdf: unknown report format; use json, html or text.
            --report pdf=r.pdf => --report pdf: unknown report format; use json, html or text.
            --report r.json => --report takes FORMAT=FILE, e.g. json=report.json; got "r.json".
            --output r.xml => cannot tell the report format from r.xml: name it .json, .html or .txt, or give --format.
            --fail-on sometimes => --fail-on: unknown severity "sometimes"; use error, warning, info or never.
            --ignore no.such-code => --ignore: unknown issue code "no.such-code"; the codes are listed in RULES.md.
            --severity id.duplicate=fatal => --severity: unknown severity "fatal"; use error, warning or info.
            --severity id.duplicate => --severity takes CODE=error|warning|info, e.g. route.unknown=error; got "id.duplicate".
            --encoding ebcdic => --encoding ebcdic: use utf-8, windows-1252 or iso-8859-1.
            --max-issues-per-code -1 => max issues per code is -1: give 0 (no cap) or more.
            --layout mmp-web-2099 => Unknown layout "mmp-web-2099": use auto or one of entity:migrant, entity:journey, entity:leg, entity:incident, entity:population-figure, entity:assistance-event, entity:remittance, mmp-web-2017, mmp-alldata-2022, mmp-web-2026, mmp-api, unhcr-population-hdx, unhcr-population-api, unhcr-demographics-hdx, unhcr-demographics-api, dtm-api-hxl, hxl.
            """)
    void badCommandLine_exitsTwoWithOneLineAndNoReport(String option, String reason) {
        String[] parts = option.split(" ", 2);
        assertThat(run("validate", clean.toString(), parts[0], parts[1])).isEqualTo(Main.USAGE);
        assertThat(err.toString()).isEqualTo("migration: " + reason + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void nothingOpens_exitsTwoWithOneLine() {
        assertThat(run("validate", tmp.resolve("missing").toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).isEqualTo("migration: No input could be opened: " + tmp.resolve("missing")
                + ": no such file or folder" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void malformedInput_isReportedWithExitOne() throws IOException {
        Path empty = tmp.resolve("migrants.csv");
        Files.writeString(empty, "");
        assertThat(run("validate", empty.toString())).isEqualTo(Main.ISSUES);
        JsonNode report = ReportChecks.check(out.toString());
        assertThat(ReportChecks.issues(report, "file.empty")).hasSize(1);
        assertThat(report.get("inputs").get(0).get("records").asLong()).isZero();
    }

    @Test
    void failOnIgnoreSeverityAndCap_changeTheOutcome() {
        assertThat(run("validate", clean.toString(), "--fail-on", "info")).isEqualTo(
                ReportChecks.check(out.toString()).get("summary").get("issues").get("info").asLong() > 0 ? 1 : 0);
        out.getBuffer().setLength(0);
        assertThat(run("validate", SAMPLE.toString(), "--fail-on", "never")).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("validate", SAMPLE.toString(), "--severity", "id.duplicate=warning", "--severity",
                "ref.missing-migrant=info", "--severity", "ref.missing-journey=info", "--severity",
                "ref.missing-beneficiary=info", "--ignore", "country.unknown")).isZero();
        JsonNode r = ReportChecks.check(out.toString());
        assertThat(r.get("summary").get("byCode").has("country.unknown")).isFalse();
        assertThat(r.get("summary").get("rejected").asLong()).isZero();
        out.getBuffer().setLength(0);
        assertThat(run("validate", SAMPLE.toString(), "--max-issues-per-code", "1")).isEqualTo(Main.ISSUES);
        r = ReportChecks.check(out.toString());
        assertThat(r.get("truncated").get("ref.missing-migrant").asLong()).isEqualTo(1);
        assertThat(ReportChecks.issues(r, "ref.missing-migrant")).hasSize(1);
    }

    @Test
    void zipOfTheFolder_namesEntriesWithBang() throws IOException {
        Path zip = tmp.resolve("partner.zip");
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String t : new String[] {"migrants.csv", "journeys.csv", "legs.csv", "assistance_events.csv"}) {
                z.putNextEntry(new ZipEntry(t));
                Files.copy(clean.resolve(t), z);
            }
        }
        assertThat(run("validate", zip.toString())).isZero();
        JsonNode r = ReportChecks.check(out.toString());
        assertThat(r.get("inputs").get(0).get("path").asText()).isEqualTo(zip + "!/assistance_events.csv");
    }

    @Test
    void dataPackage_gzAndStdin_areOneDataset() throws IOException {
        Files.writeString(clean.resolve("datapackage.json"), "{\"resources\": [{\"path\": \"journeys.csv\"}]}");
        Path gz = tmp.resolve("legs.csv.gz");
        try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(clean.resolve("legs.csv"), o);
        }
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(Files.readAllBytes(clean.resolve("migrants.csv"))));
            assertThat(run("validate", clean.resolve("datapackage.json").toString(), gz.toString(), "-")).isZero();
        } finally {
            System.setIn(stdin);
        }
        JsonNode r = ReportChecks.check(out.toString());
        assertThat(r.get("inputs")).extracting(in -> in.get("entity").asText()).containsExactly("journey", "leg",
                "migrant");
        assertThat(r.get("inputs").get(2).get("path").asText()).isEqualTo("-");
    }
}
