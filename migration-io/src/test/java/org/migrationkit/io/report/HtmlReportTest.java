package org.migrationkit.io.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.pipeline.DatasetValidator;

/**
 * The HTML report: well-formed, self-contained, and every code, count and location in it equal to the JSON report of
 * the same run; sensitive values in neither. The dataset is the shipped sample with canaries added in sensitive
 * columns (ids, an incident's free-text cause) on records that raise issues.
 */
class HtmlReportTest {
    private static final Path SAMPLE = Path.of("..", "samples", "partner");
    private static final String ID_CANARY = "CANARY-ID-5QZ";
    private static final String REF_CANARY = "CANARY-REF-8WX";
    private static final String TEXT_CANARY = "CANARY free text 9YX";
    private static final String MARKUP = "<script>alert('x')</script> & \"route\"";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private ValidationReport report;
    private JsonNode json;

    @BeforeEach
    void validate() throws IOException {
        Path dir = dataset(tmp.resolve("partner"));
        report = DatasetValidator.builder().clock(Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC))
                .build().validate(dir);
        json = JSON.readTree(report.toJson());
    }

    /** The shipped sample plus canaries: a duplicated id, a dangling reference, a free-text cause, markup. */
    static Path dataset(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(SAMPLE)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        Files.writeString(dir.resolve("migrants.csv"), ID_CANARY + ",female,30,,SYR,SYR,REF,,\n" + ID_CANARY
                + ",male,31,,SYR,SYR,REF,,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(dir.resolve("journeys.csv"), "j-canary-1," + REF_CANARY + ",SYR,DEU,\"" + MARKUP.replace(
                "\"", "\"\"") + "\",migration,completed\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Path incidents = dir.resolve("incidents.csv");
        List<Incident> sample = SampleData.seed(7).incidents().limit(20).toList();
        try (CsvTableWriter<Incident> w = CsvTableWriter.builder(Incident.class).crlf(false).write(incidents)) {
            sample.forEach(w::write);
        }
        String headerLine = Files.readAllLines(incidents, StandardCharsets.UTF_8).get(0);
        List<String> header = List.of(headerLine.split(",", -1));
        List<@Nullable String> row = new ArrayList<>(CsvTableWriter.cells(Incident.class, sample.get(2)));
        row.set(header.indexOf("reported_cause"), TEXT_CANARY);
        row.set(header.indexOf("number_dead"), "-3");
        StringBuilder line = new StringBuilder();
        for (String cell : row) {
            String c = cell == null ? "" : cell;
            line.append(line.length() == 0 ? "" : ",").append('"').append(c.replace("\"", "\"\"")).append('"');
        }
        Files.writeString(incidents, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        return dir;
    }

    private static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(100);
        Document doc = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        return doc;
    }

    @Test
    void canariesRaiseIssues_andAppearInNoReport() {
        assertThat(report.byCode()).containsKeys("id.duplicate", "ref.missing-migrant", "count.negative",
                "route.unknown");
        String html = HtmlReport.toHtml(report);
        String text = TextReport.toText(report);
        for (String canary : List.of(ID_CANARY, REF_CANARY, TEXT_CANARY, "CANARY")) {
            assertThat(report.toJson()).doesNotContain(canary);
            assertThat(html).doesNotContain(canary);
            assertThat(text).doesNotContain(canary);
        }
    }

    @Test
    void html_parsesWithoutErrors_andIsSelfContained() {
        String html = HtmlReport.toHtml(report);
        Document doc = parse(html);
        assertThat(doc.select("script, link, iframe, object, embed, img, base, form")).isEmpty();
        assertThat(doc.select("[src]")).isEmpty();
        for (Element a : doc.select("[href]")) {
            String href = a.attr("href");
            assertThat(href).startsWith("#");
            assertThat(doc.getElementById(href.substring(1))).as("target of %s", href).isNotNull();
        }
        assertThat(doc.select("[style], [onload], [onclick]")).isEmpty();
        assertThat(html).doesNotContain("url(").doesNotContain("@import").doesNotContain("http://w3")
                .doesNotContainIgnoringCase("javascript:");
        assertThat(doc.select("svg.chart")).hasSize(2);
    }

    @Test
    void markupInValues_isEscapedAndShownAsText() {
        Document doc = parse(HtmlReport.toHtml(report));
        assertThat(doc.select("tr.issue[data-code=route.unknown] td.value").eachText()).contains(MARKUP);
        assertThat(doc.select("script")).isEmpty();
    }

    @Test
    void summaryAndInputs_equalTheJson() {
        Document doc = parse(HtmlReport.toHtml(report));
        Element counts = doc.selectFirst("table.counts");
        JsonNode s = json.get("summary");
        assertThat(number(counts, "records")).isEqualTo(s.get("records").asLong());
        assertThat(number(counts, "valid")).isEqualTo(s.get("valid").asLong());
        assertThat(number(counts, "rejected")).isEqualTo(s.get("rejected").asLong());
        for (String sev : List.of("error", "warning", "info")) {
            assertThat(number(counts, sev)).isEqualTo(s.get("issues").get(sev).asLong());
        }
        assertThat(doc.selectFirst(".verdict").attr("data-exit-code")).isEqualTo(String.valueOf(report.exitCode()));
        List<Element> rows = doc.select("tr.input");
        assertThat(rows).hasSize(json.get("inputs").size());
        for (int i = 0; i < rows.size(); i++) {
            JsonNode in = json.get("inputs").get(i);
            Element row = rows.get(i);
            assertThat(row.selectFirst("td.path").text()).isEqualTo(in.get("path").asText());
            assertThat(row.selectFirst("td.layout").text()).isEqualTo(text(in, "layout"));
            assertThat(row.selectFirst("td.entity").text()).isEqualTo(text(in, "entity"));
            for (String n : List.of("records", "valid", "rejected")) {
                assertThat(number(row, n)).isEqualTo(in.get(n).asLong());
            }
        }
    }

    @Test
    void everyCodeAndItsCounts_equalTheJson() {
        Document doc = parse(HtmlReport.toHtml(report));
        Map<String, Long> byCode = counts(json.get("summary").get("byCode"));
        Map<String, Long> truncated = counts(json.get("truncated"));
        Map<String, Long> kept = new LinkedHashMap<>();
        json.get("issues").forEach(i -> kept.merge(i.get("code").asText(), 1L, Long::sum));
        List<Element> rows = doc.select("tr.code-count");
        assertThat(rows.stream().map(r -> r.attr("data-code"))).containsExactlyInAnyOrderElementsOf(byCode.keySet());
        for (Element row : rows) {
            String code = row.attr("data-code");
            assertThat(number(row, "found")).as(code).isEqualTo(byCode.get(code));
            assertThat(number(row, "kept")).as(code).isEqualTo(kept.getOrDefault(code, 0L));
            assertThat(number(row, "truncated")).as(code).isEqualTo(truncated.get(code));
            Element rule = doc.getElementById("code-" + code);
            assertThat(rule).as(code).isNotNull();
            IssueCode ic = IssueCode.ofCode(code);
            assertThat(rule.select("dd").eachText()).contains(ic.checks(), ic.fix());
        }
    }

    @Test
    void everyLocation_equalsTheJson() {
        Document doc = parse(HtmlReport.toHtml(report));
        Map<String, Iterator<Element>> rows = new LinkedHashMap<>();
        int compared = 0;
        for (JsonNode issue : json.get("issues")) {
            String code = issue.get("code").asText();
            Iterator<Element> it = rows.computeIfAbsent(code, c -> doc.select("tr.issue[data-code=" + c + "]")
                    .iterator());
            if (!it.hasNext()) {
                continue; // past the rows shown per code
            }
            Element row = it.next();
            JsonNode l = issue.get("location");
            assertThat(row.selectFirst("td.file").text()).isEqualTo(text(l, "file"));
            assertThat(row.selectFirst("td.record").text().replace(",", "")).isEqualTo(text(l, "record"));
            assertThat(row.selectFirst("td.line").text().replace(",", "")).isEqualTo(text(l, "line"));
            assertThat(row.selectFirst("td.column").text().replace(",", "")).isEqualTo(text(l, "column"));
            assertThat(row.selectFirst("td.field").text()).isEqualTo(text(l, "field"));
            assertThat(row.selectFirst("td.value").text()).isEqualTo(text(issue, "value").strip());
            assertThat(row.selectFirst("td.msg").text()).isEqualTo(issue.get("message").asText().strip()
                    .replaceAll("\\s+", " "));
            assertThat(row.selectFirst("td.suggestion").text()).isEqualTo(text(issue, "suggestion").strip());
            compared++;
        }
        assertThat(compared).isEqualTo(doc.select("tr.issue").size()).isPositive();
        rows.values().forEach(it -> assertThat(it).isExhausted());
    }

    @Test
    void rowsPerCode_areCapped_andTheRestCounted() throws IOException {
        Path dir = tmp.resolve("capped");
        Files.createDirectories(dir);
        StringBuilder b = new StringBuilder("id,sex,age,birth_year,nationalities,country_of_birth,population_types,"
                + "specific_needs,unaccompanied\n");
        for (int i = 1; i <= 12; i++) {
            b.append("m-").append(i).append(",female,30,,XYZ,SYR,REF,,\n");
        }
        Files.writeString(dir.resolve("migrants.csv"), b, StandardCharsets.UTF_8);
        ValidationReport r = DatasetValidator.builder().maxIssuesPerCode(5).build().validate(dir);
        StringWriter out = new StringWriter();
        HtmlReport.write(r, out, 3);
        Document doc = parse(out.toString());
        assertThat(r.byCode()).containsEntry("country.unknown", 12L);
        assertThat(doc.select("tr.issue[data-code=country.unknown]")).hasSize(3);
        Element rule = doc.getElementById("code-country.unknown");
        assertThat(rule.selectFirst("[data-more-in-json]").text()).isEqualTo("2 more in the JSON report.");
        assertThat(rule.selectFirst("[data-truncated]").text())
                .isEqualTo("7 more left out of both reports by the per-code cap.");
    }

    @Test
    void write_rejectsFewerThanOneRow() {
        assertThatIllegalArgumentException().isThrownBy(() -> HtmlReport.write(report, new StringWriter(), 0))
                .withMessage("maxRowsPerCode is 0: give 1 or more.");
    }

    @Test
    void emptyReport_saysNoIssueWasFound() {
        ValidationReport r = ValidationReport.builder().input(new InputReport("a.csv", "entity:leg", "leg", 3, 3, 0))
                .build();
        Document doc = parse(HtmlReport.toHtml(r));
        assertThat(doc.selectFirst(".verdict").text()).isEqualTo("Accepted: no issue found (exit code 0).");
        assertThat(doc.select("#rules")).isEmpty();
        assertThat(doc.selectFirst("#charts").text()).contains("No issue was found.");
    }

    private static long number(Element scope, String name) {
        return Long.parseLong(scope.selectFirst("td[data-count=" + name + "]").text().replace(",", ""));
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null ? "" : v.asText();
    }

    private static Map<String, Long> counts(JsonNode obj) {
        Map<String, Long> m = new LinkedHashMap<>();
        obj.properties().forEach(e -> m.put(e.getKey(), e.getValue().asLong()));
        return m;
    }
}
