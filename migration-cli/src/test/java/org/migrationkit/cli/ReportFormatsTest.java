package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code migration validate} with the HTML and text reports: {@code --format}, {@code --report}, extensions. */
class ReportFormatsTest {
    static final Path SAMPLE = ValidateCommandTest.SAMPLE;

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private static Document html(String text) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document doc = Jsoup.parse(text, "", parser);
        assertThat(parser.getErrors()).isEmpty();
        return doc;
    }

    private static long count(Document doc, String name) {
        return Long.parseLong(doc.selectFirst("table.counts td[data-count=" + name + "]").text().replace(",", ""));
    }

    @Test
    void formatHtml_withOutput_writesTheHtmlReport() throws IOException {
        Path file = tmp.resolve("report.out");
        assertThat(run("validate", SAMPLE.toString(), "--format", "html", "--output", file.toString()))
                .isEqualTo(Main.ISSUES);
        assertThat(out.toString()).isEmpty();
        Document doc = html(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(doc.title()).isEqualTo("Validation report: " + SAMPLE + "/assistance_events.csv and 3 more inputs");
        assertThat(doc.select("tr.input")).hasSize(4);
    }

    @Test
    void htmlExtension_choosesTheHtmlReport_andTxtTheText() throws IOException {
        Path html = tmp.resolve("report.html");
        Path txt = tmp.resolve("report.TXT");
        assertThat(run("validate", SAMPLE.toString(), "--output", html.toString())).isEqualTo(Main.ISSUES);
        assertThat(run("validate", SAMPLE.toString(), "--output", txt.toString())).isEqualTo(Main.ISSUES);
        html(Files.readString(html, StandardCharsets.UTF_8));
        assertThat(Files.readString(txt, StandardCharsets.UTF_8)).startsWith("REJECTED (exit 1, fail on error): ");
    }

    @Test
    void severalReportsFromOnePass_agree() throws IOException {
        Path json = tmp.resolve("r.json");
        Path html = tmp.resolve("r.html");
        Path text = tmp.resolve("r.txt");
        assertThat(run("validate", SAMPLE.toString(), "--report", "json=" + json, "--report", "html=" + html,
                "--report", "text=" + text)).isEqualTo(Main.ISSUES);
        assertThat(out.toString()).isEmpty();
        JsonNode summary = ReportChecks.check(Files.readString(json)).get("summary");
        Document doc = html(Files.readString(html, StandardCharsets.UTF_8));
        for (String n : new String[] {"records", "valid", "rejected"}) {
            assertThat(count(doc, n)).isEqualTo(summary.get(n).asLong());
        }
        assertThat(count(doc, "error")).isEqualTo(summary.get("issues").get("error").asLong());
        assertThat(Files.readString(text, StandardCharsets.UTF_8)).contains("Records: "
                + String.format(java.util.Locale.ROOT, "%,d", summary.get("records").asLong()) + " read");
    }

    @Test
    void formatText_withoutOutput_printsTheSummary() {
        assertThat(run("validate", SAMPLE.toString(), "--format", "text")).isEqualTo(Main.ISSUES);
        assertThat(out.toString()).startsWith("REJECTED (exit 1, fail on error): ")
                .contains("\n  error   id.duplicate ");
        assertThat(out.toString().lines().count()).isLessThan(25);
    }

    @Test
    void formatHtml_withoutOutput_printsThePage() {
        assertThat(run("validate", SAMPLE.toString(), "--format", "html")).isEqualTo(Main.ISSUES);
        assertThat(html(out.toString()).select("section.rule")).isNotEmpty();
    }

    @Test
    void withoutFormat_stdoutThatIsNoTerminal_getsJson() {
        // The test JVM has no console: the report on stdout is JSON (DESIGN §10), and no progress is shown.
        assertThat(System.console()).isNull();
        assertThat(run("validate", SAMPLE.toString())).isEqualTo(Main.ISSUES);
        ReportChecks.check(out.toString());
        assertThat(err.toString()).isEmpty();
    }

    @ParameterizedTest(name = "format {0}, terminal {1} => {2}")
    @CsvSource(nullValues = "null", textBlock = """
            null, true,  text
            null, false, json
            html, true,  html
            JSON, true,  json
            text, false, text
            """)
    void stdoutFormat_isTextOnATerminalAndJsonOtherwise(String format, boolean terminal, String expected) {
        assertThat(ValidateCommand.stdoutFormat(format, terminal)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "quiet {0}, terminal {1} => {2}")
    @CsvSource(textBlock = """
            false, true,  true
            true,  true,  false
            false, false, false
            true,  false, false
            """)
    void progress_isShownOnATerminalUnlessQuiet(boolean quiet, boolean terminal, boolean shown) {
        assertThat(ValidateCommand.showsProgress(quiet, terminal)).isEqualTo(shown);
    }
}
