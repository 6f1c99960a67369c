package org.migrationkit.io.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;

/**
 * Renders a {@link ValidationReport} as one self-contained HTML page for the people who receive partner data: inline
 * CSS and SVG charts, no script, no external resource, print-friendly. It shows the inputs, the verdict and counts,
 * charts of issues by code and by column, and for each code found what the rule checks, how to fix the data and its
 * first issues with their locations, values and suggestions.
 *
 * <p>Every number comes from the same report object as the JSON ({@link ValidationReport#writeJson(OutputStream)}),
 * so the two always agree. Values the report omits (sensitive columns) stay omitted. The page is bounded like the
 * report: at most {@link #DEFAULT_MAX_ROWS_PER_CODE} rows per code, saying how many more the JSON holds.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("report.html"))) {
 *     HtmlReport.write(report, out);
 * }
 * }</pre>
 */
public final class HtmlReport {
    /** The issues shown per code unless told otherwise; the JSON report holds the rest it kept. */
    public static final int DEFAULT_MAX_ROWS_PER_CODE = 100;
    /** The columns shown in the chart of issues by column. */
    private static final int MAX_FIELD_BARS = 25;

    private static final String CSS = """
            :root{--err:#b3261e;--warn:#a15c00;--info:#1f5fa8;--ok:#1e7a3a;--line:#d0d4da;--muted:#5a6270}
            *{box-sizing:border-box}
            body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1f24;\
            margin:0 auto;max-width:1200px;padding:24px}
            h1{font-size:24px;margin:0 0 4px}h2{font-size:19px;margin:28px 0 8px;border-bottom:2px solid var(--line)}
            h3{font-size:16px;margin:22px 0 6px}
            .meta,.muted{color:var(--muted)}
            table{border-collapse:collapse;width:100%;margin:6px 0}
            th,td{border:1px solid var(--line);padding:3px 6px;text-align:left;vertical-align:top}
            th{background:#f1f3f5}
            td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
            .verdict{font-size:18px;font-weight:600;padding:10px 14px;border-radius:6px;margin:12px 0}
            .verdict.fail{background:#fbe9e7;color:var(--err)}.verdict.pass{background:#e6f4ea;color:var(--ok)}
            .sev{display:inline-block;padding:0 6px;border-radius:4px;font-size:12px;font-weight:600;color:#fff}
            .sev.error{background:var(--err)}.sev.warning{background:var(--warn)}.sev.info{background:var(--info)}
            .rule{border:1px solid var(--line);border-radius:6px;padding:4px 14px 10px;margin:14px 0}
            .rule dl{display:grid;grid-template-columns:9em 1fr;gap:2px 10px;margin:6px 0}
            .rule dt{font-weight:600}.rule dd{margin:0}
            code,.mono{font-family:ui-monospace,Consolas,"Liberation Mono",monospace;font-size:13px}
            td.msg{max-width:420px}
            svg{max-width:100%;height:auto}
            nav a{margin-right:12px}
            @media print{body{padding:0;max-width:none;font-size:11px}nav{display:none}
            .rule{break-inside:avoid-page}tr{break-inside:avoid}a{color:inherit;text-decoration:none}
            .verdict{border:2px solid currentColor}}
            @page{margin:15mm}
            """;

    private final ValidationReport report;
    private final int maxRowsPerCode;
    private final Writer w;

    private HtmlReport(ValidationReport report, int maxRowsPerCode, Writer w) {
        this.report = report;
        this.maxRowsPerCode = maxRowsPerCode;
        this.w = w;
    }

    /**
     * Writes the report as an HTML page, UTF-8, showing at most {@link #DEFAULT_MAX_ROWS_PER_CODE} issues per code.
     *
     * @param report the report, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ValidationReport report, OutputStream out) {
        Writer w = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8));
        write(report, w, DEFAULT_MAX_ROWS_PER_CODE);
    }

    /**
     * Writes the report as an HTML page.
     *
     * @param report the report, not null
     * @param out where to write, not null; flushed, not closed
     * @param maxRowsPerCode the most issues shown per code, at least 1; the JSON report holds the others it kept
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if {@code maxRowsPerCode} is below 1
     */
    public static void write(ValidationReport report, Writer out, int maxRowsPerCode) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        if (maxRowsPerCode < 1) {
            throw new IllegalArgumentException("maxRowsPerCode is " + maxRowsPerCode + ": give 1 or more.");
        }
        try {
            new HtmlReport(report, maxRowsPerCode, out).page();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the HTML report: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the report as an HTML page, as {@link #write(ValidationReport, OutputStream)} writes it.
     *
     * @param report the report, not null
     * @return the page
     */
    public static String toHtml(ValidationReport report) {
        java.io.StringWriter s = new java.io.StringWriter();
        write(report, s, DEFAULT_MAX_ROWS_PER_CODE);
        return s.toString();
    }

    private void page() throws IOException {
        w.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"" + e(ValidationReport.TOOL + " " + report.toolVersion())
                + "\">\n<title>Validation report: " + e(title()) + "</title>\n<style>\n");
        w.write(CSS);
        w.write("</style>\n</head>\n<body>\n<header>\n<h1>Validation report</h1>\n<p class=\"meta\">"
                + e(title()) + " &middot; validated by " + e(ValidationReport.TOOL) + " " + e(report.toolVersion())
                + " on <time datetime=\"" + e(report.startedAt().toString()) + "\">" + e(report.startedAt()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString()) + "</time> in " + num(report.durationMs()) + " ms &middot; report format "
                + e(ValidationReport.REPORT_VERSION) + "</p>\n</header>\n");
        Map<String, List<Issue>> shown = new LinkedHashMap<>();
        Map<String, Long> kept = new LinkedHashMap<>();
        Map<String, Long> byField = new LinkedHashMap<>();
        for (Issue i : report.issues()) {
            String code = i.code().code();
            kept.merge(code, 1L, Long::sum);
            List<Issue> list = shown.computeIfAbsent(code, k -> new ArrayList<>());
            if (list.size() < maxRowsPerCode) {
                list.add(i);
            }
            String f = i.location().field();
            if (f != null) {
                byField.merge(f, 1L, Long::sum);
            }
        }
        List<String> codes = orderedCodes();
        nav(codes);
        verdict();
        inputs();
        charts(codes, byField);
        rules(codes, shown, kept);
        w.write("<footer class=\"muted\"><p>The JSON report of the same run holds every issue kept (at most "
                + "<code>--max-issues-per-code</code> per code) with the same numbers; RULES.md lists every rule."
                + "</p></footer>\n</body>\n</html>\n");
    }

    private String title() {
        List<InputReport> in = report.inputs();
        if (in.isEmpty()) {
            return "no input";
        }
        return in.get(0).path() + (in.size() > 1 ? " and " + (in.size() - 1) + " more input"
                + (in.size() > 2 ? "s" : "") : "");
    }

    /** Codes by effective severity (errors first), then by count, then as first found. */
    private List<String> orderedCodes() {
        Map<String, Severity> sev = severities();
        List<String> codes = new ArrayList<>(report.byCode().keySet());
        codes.sort(Comparator.<String>comparingInt(c -> sev.getOrDefault(c, defaultSeverity(c)).ordinal())
                .thenComparing(Comparator.<String>comparingLong(c -> report.byCode().get(c)).reversed()));
        return codes;
    }

    /** The effective severity of each code, from the issues kept (a code whose issues were all cut has its default). */
    private Map<String, Severity> severities() {
        Map<String, Severity> sev = new LinkedHashMap<>();
        for (Issue i : report.issues()) {
            sev.putIfAbsent(i.code().code(), i.severity());
        }
        return sev;
    }

    private static Severity defaultSeverity(String code) {
        return IssueCode.findByCode(code).map(IssueCode::severity).orElse(Severity.INFO);
    }

    private void nav(List<String> codes) throws IOException {
        w.write("<nav><a href=\"#verdict\">Verdict</a><a href=\"#inputs\">Inputs</a><a href=\"#charts\">Charts</a>"
                + (codes.isEmpty() ? "" : "<a href=\"#rules\">Issues by rule</a>") + "</nav>\n");
    }

    private void verdict() throws IOException {
        boolean fail = report.exitCode() != 0;
        Optional<Severity> failOn = report.failOn();
        String why = fail ? "Rejected: issues at or above severity " + failOn.map(Severity::code).orElse("error")
                + " were found"
                : report.byCode().isEmpty() ? "Accepted: no issue found"
                : "Accepted: no issue " + failOn.map(s -> "at or above severity " + s.code()).orElse("fails this run");
        w.write("<section id=\"verdict\">\n<h2>Verdict</h2>\n<p class=\"verdict " + (fail ? "fail" : "pass")
                + "\" data-exit-code=\"" + report.exitCode() + "\">" + e(why) + " (exit code " + report.exitCode()
                + ").</p>\n<table class=\"counts\">\n<thead><tr><th class=\"n\">records</th><th class=\"n\">valid</th>"
                + "<th class=\"n\">rejected</th><th class=\"n\">errors</th><th class=\"n\">warnings</th>"
                + "<th class=\"n\">infos</th></tr></thead>\n<tbody><tr>"
                + cell("records", report.records()) + cell("valid", report.valid()) + cell("rejected",
                        report.rejected())
                + cell("error", report.summaryIssues(Severity.ERROR))
                + cell("warning", report.summaryIssues(Severity.WARNING))
                + cell("info", report.summaryIssues(Severity.INFO)) + "</tr></tbody>\n</table>\n"
                + "<p class=\"muted\">Issues are counted before the per-code cap; a record is rejected when it "
                + "could not be read or has an error.</p>\n</section>\n");
    }

    private static String cell(String name, long n) {
        return "<td class=\"n\" data-count=\"" + name + "\">" + num(n) + "</td>";
    }

    private void inputs() throws IOException {
        w.write("<section id=\"inputs\">\n<h2>Inputs</h2>\n<table class=\"inputs\">\n<thead><tr><th>path</th>"
                + "<th>layout</th><th>entity</th><th class=\"n\">records</th><th class=\"n\">valid</th>"
                + "<th class=\"n\">rejected</th></tr></thead>\n<tbody>\n");
        for (InputReport in : report.inputs()) {
            w.write("<tr class=\"input\"><td class=\"mono path\">" + e(in.path()) + "</td><td class=\"layout\">"
                    + opt(in.layout()) + "</td><td class=\"entity\">" + opt(in.entity()) + "</td>"
                    + cell("records", in.records()) + cell("valid", in.valid()) + cell("rejected", in.rejected())
                    + "</tr>\n");
        }
        w.write("</tbody>\n</table>\n</section>\n");
    }

    private void charts(List<String> codes, Map<String, Long> byField) throws IOException {
        w.write("<section id=\"charts\">\n<h2>Charts</h2>\n");
        if (codes.isEmpty()) {
            w.write("<p>No issue was found.</p>\n</section>\n");
            return;
        }
        Map<String, Severity> sev = severities();
        List<Bar> bars = new ArrayList<>();
        for (String c : codes) {
            bars.add(new Bar(c, report.byCode().get(c), "#code-" + c, sev.getOrDefault(c, defaultSeverity(c))));
        }
        w.write("<h3>Issues by code</h3>\n");
        chart("Issues by code (found, before the per-code cap)", bars);
        List<Map.Entry<String, Long>> fields = new ArrayList<>(byField.entrySet());
        fields.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        w.write("<h3>Issues by column</h3>\n");
        if (fields.isEmpty()) {
            w.write("<p>No issue names a column.</p>\n");
        } else {
            List<Bar> fb = new ArrayList<>();
            for (Map.Entry<String, Long> f : fields.subList(0, Math.min(MAX_FIELD_BARS, fields.size()))) {
                fb.add(new Bar(f.getKey(), f.getValue(), null, null));
            }
            chart("Issues kept in the report, by column", fb);
            w.write("<p class=\"muted\">Counted over the " + num(report.issues().size()) + " issues the report "
                    + "keeps (at most the per-code cap of each code)" + (fields.size() > MAX_FIELD_BARS ? "; the "
                    + MAX_FIELD_BARS + " columns with most issues of " + fields.size() : "") + ".</p>\n");
        }
        w.write("</section>\n");
    }

    private record Bar(String label, long value, @Nullable String link, @Nullable Severity severity) {
    }

    /** A horizontal bar chart as inline SVG: a label, a bar scaled to the largest value, the value. */
    private void chart(String title, List<Bar> bars) throws IOException {
        int labelW = 260;
        int barW = 560;
        int row = 22;
        int width = labelW + barW + 90;
        int height = bars.size() * row + 8;
        long max = bars.stream().mapToLong(Bar::value).max().orElse(1);
        StringBuilder b = new StringBuilder();
        b.append("<svg class=\"chart\" role=\"img\" width=\"").append(width)
                .append("\" height=\"").append(height).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" font-family=\"system-ui,Arial,sans-serif\" font-size=\"12\">")
                .append("<title>").append(e(title)).append("</title>\n");
        int y = 4;
        for (Bar bar : bars) {
            long len = max == 0 ? 0 : Math.max(1, Math.round((double) bar.value() * barW / max));
            String colour = bar.severity() == null ? "#4a6fa5" : switch (bar.severity()) {
                case ERROR -> "#b3261e";
                case WARNING -> "#a15c00";
                case INFO -> "#1f5fa8";
            };
            String label = bar.label().length() > 40 ? bar.label().substring(0, 39) + "\u2026" : bar.label();
            String text = "<text x=\"" + (labelW - 6) + "\" y=\"" + (y + 14) + "\" text-anchor=\"end\">"
                    + e(label) + "</text>";
            if (bar.link() != null) {
                text = "<a href=\"" + e(bar.link()) + "\">" + text + "</a>";
            }
            b.append("<g>").append(text).append("<rect x=\"").append(labelW).append("\" y=\"").append(y + 3)
                    .append("\" width=\"").append(len).append("\" height=\"").append(row - 6).append("\" fill=\"")
                    .append(colour).append("\"/><text x=\"").append(labelW + len + 6).append("\" y=\"")
                    .append(y + 14).append("\">").append(num(bar.value())).append("</text></g>\n");
            y += row;
        }
        b.append("</svg>\n");
        w.write(b.toString());
    }

    private void rules(List<String> codes, Map<String, List<Issue>> shown, Map<String, Long> kept)
            throws IOException {
        if (codes.isEmpty()) {
            return;
        }
        w.write("<section id=\"rules\">\n<h2>Issues by rule</h2>\n<table class=\"by-code\">\n<thead><tr>"
                + "<th>code</th><th>severity</th><th class=\"n\">found</th><th class=\"n\">in the JSON report</th>"
                + "<th class=\"n\">left out by the cap</th></tr></thead>\n<tbody>\n");
        Map<String, Severity> sev = severities();
        for (String c : codes) {
            Severity s = sev.getOrDefault(c, defaultSeverity(c));
            w.write("<tr class=\"code-count\" data-code=\"" + e(c) + "\"><td><a class=\"mono\" href=\"#code-" + e(c)
                    + "\">" + e(c) + "</a></td><td>" + badge(s) + "</td>" + cell("found", report.byCode().get(c))
                    + cell("kept", kept.getOrDefault(c, 0L)) + cell("truncated", report.truncated().get(c))
                    + "</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
        for (String c : codes) {
            rule(c, sev.getOrDefault(c, defaultSeverity(c)), shown.getOrDefault(c, List.of()),
                    kept.getOrDefault(c, 0L));
        }
        w.write("</section>\n");
    }

    private void rule(String c, Severity s, List<Issue> issues, long kept) throws IOException {
        Optional<IssueCode> code = IssueCode.findByCode(c);
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"rule\" id=\"code-").append(e(c)).append("\" data-code=\"").append(e(c))
                .append("\">\n<h3><code>").append(e(c)).append("</code> ").append(badge(s)).append(" <span class=\""
                        + "muted\">").append(num(report.byCode().get(c))).append(" found</span></h3>\n<dl>");
        if (code.isPresent()) {
            IssueCode ic = code.get();
            b.append("<dt>What it checks</dt><dd>").append(e(ic.checks())).append("</dd>")
                    .append("<dt>How to fix</dt><dd>").append(e(ic.fix())).append("</dd>")
                    .append("<dt>Level</dt><dd>").append(e(ic.level().code())).append("</dd>")
                    .append("<dt>Source</dt><dd>").append(e(ic.source())).append("</dd>");
        }
        b.append("</dl>\n");
        if (!issues.isEmpty()) {
            b.append("<table class=\"issues\">\n<thead><tr><th class=\"n\">#</th><th>file</th><th class=\"n\">record"
                    + "</th><th class=\"n\">line</th><th class=\"n\">column</th><th>field</th><th>value</th>"
                    + "<th>message</th><th>suggestion</th></tr></thead>\n<tbody>\n");
            int n = 0;
            for (Issue i : issues) {
                IssueLocation l = i.location();
                b.append("<tr class=\"issue\" data-code=\"").append(e(c)).append("\"><td class=\"n\">").append(++n)
                        .append("</td><td class=\"mono file\">").append(opt(l.file()))
                        .append("</td><td class=\"n record\">").append(optNum(l.record()))
                        .append("</td><td class=\"n line\">").append(optNum(l.line()))
                        .append("</td><td class=\"n column\">").append(optNum(l.column() == null ? null
                                : l.column().longValue()))
                        .append("</td><td class=\"mono field\">").append(opt(l.field()))
                        .append("</td><td class=\"mono value\">").append(opt(i.value()))
                        .append("</td><td class=\"msg\">").append(e(i.message()))
                        .append("</td><td class=\"mono suggestion\">").append(opt(i.suggestion()))
                        .append("</td></tr>\n");
            }
            b.append("</tbody>\n</table>\n");
        }
        long moreInJson = kept - issues.size();
        long cut = report.truncated().get(c);
        if (moreInJson > 0 || cut > 0) {
            b.append("<p class=\"more muted\">");
            if (moreInJson > 0) {
                b.append("<span data-more-in-json=\"").append(moreInJson).append("\">").append(num(moreInJson))
                        .append(" more in the JSON report.</span> ");
            }
            if (cut > 0) {
                b.append("<span data-truncated=\"").append(cut).append("\">").append(num(cut))
                        .append(" more left out of both reports by the per-code cap.</span>");
            }
            b.append("</p>\n");
        }
        b.append("</section>\n");
        w.write(b.toString());
    }

    private static String badge(Severity s) {
        return "<span class=\"sev " + s.code() + "\">" + s.code() + "</span>";
    }

    private static String e(String s) {
        return Html.escape(s);
    }

    private static String opt(@Nullable String s) {
        return s == null ? "" : Html.escape(s);
    }

    private static String optNum(@Nullable Long n) {
        return n == null ? "" : num(n);
    }

    static String num(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
