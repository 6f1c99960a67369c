package org.migrationkit.io.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.pipeline.DatasetValidator;

/** The terminal summary: verdict, counts, inputs and the top codes with one example location, on one screen. */
class TextReportTest {
    @TempDir
    Path tmp;

    @Test
    void summary_ofTheSampleWithCanaries_fitsAScreenAndGivesOneLocationPerCode() throws IOException {
        Path dir = HtmlReportTest.dataset(tmp.resolve("partner"));
        ValidationReport r = DatasetValidator.builder()
                .clock(Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC)).build().validate(dir);
        String text = TextReport.toText(r);
        List<String> lines = text.lines().toList();
        assertThat(lines.size()).isLessThanOrEqualTo(2 + TextReport.MAX_INPUTS + 1 + TextReport.MAX_CODES + 2);
        assertThat(lines.get(0)).isEqualTo("REJECTED (exit 1, fail on error): " + r.summaryIssues(Severity.ERROR)
                + " errors, " + r.summaryIssues(Severity.WARNING) + " warnings, " + r.summaryIssues(Severity.INFO)
                + " info" + (r.summaryIssues(Severity.INFO) == 1 ? "" : "s"));
        assertThat(lines.get(1)).isEqualTo("Records: " + HtmlReport.num(r.records()) + " read, "
                + HtmlReport.num(r.valid()) + " valid, " + HtmlReport.num(r.rejected()) + " rejected, in 5 inputs");
        int listed = 0;
        for (String code : r.byCode().keySet()) {
            Issue first = r.issues().stream().filter(i -> i.code().code().equals(code)).findFirst().orElseThrow();
            List<String> line = lines.stream().filter(l -> l.contains(" " + code + " ")).toList();
            if (!line.isEmpty()) {
                assertThat(line).singleElement().asString()
                        .endsWith(HtmlReport.num(r.byCode().get(code)) + "  " + first.location());
                listed++;
            }
        }
        assertThat(listed).isEqualTo(Math.min(TextReport.MAX_CODES, r.byCode().size()));
        assertThat(text).doesNotContain("CANARY");
    }

    @Test
    void summary_listsErrorsFirst_andCutsTheListAtMaxCodes() {
        ValidationReport.Builder b = ValidationReport.builder()
                .input(new InputReport("partner/legs.csv", "entity:leg", "leg", 100, 90, 10));
        IssueCode[] codes = {IssueCode.ROUTE_UNKNOWN, IssueCode.COUNTRY_UNKNOWN, IssueCode.VALUE_OUTLIER};
        for (int c = 0; c < codes.length; c++) {
            for (int i = 0; i <= c; i++) {
                b.issue(Issue.of(codes[c], "m", new IssueLocation("partner/legs.csv", (long) i + 1, (long) i + 2, 3,
                        "origin")), true);
            }
        }
        for (IssueCode extra : List.of(IssueCode.values()).subList(0, TextReport.MAX_CODES)) {
            b.issue(Issue.of(extra, "m", new IssueLocation("x.csv", null, null, null, null)), true);
        }
        String text = TextReport.toText(b.build());
        List<String> lines = text.lines().toList();
        assertThat(lines.get(3)).isEqualTo("Issues by code (found; one example each):");
        assertThat(lines.get(4)).startsWith("  error   country.unknown").endsWith(
                "2  partner/legs.csv, record 1 (line 2), column 3 (origin)");
        assertThat(lines).contains("  ... and 3 more codes");
        assertThat(lines).filteredOn(l -> l.startsWith("  error ") || l.startsWith("  warning ")
                || l.startsWith("  info ")).hasSize(TextReport.MAX_CODES);
    }

    @Test
    void summary_ofACleanRun_saysNoIssue() {
        ValidationReport r = ValidationReport.builder().input(new InputReport("a.csv", "entity:leg", "leg", 3, 3, 0))
                .failOn(null).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TextReport.write(r, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("""
                ACCEPTED (exit 0, fail on never): 0 errors, 0 warnings, 0 infos
                Records: 3 read, 3 valid, 0 rejected, in 1 input
                  a.csv  entity:leg  3 records, 3 valid, 0 rejected
                No issue found.
                """);
    }
}
