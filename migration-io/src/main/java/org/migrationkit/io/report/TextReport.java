package org.migrationkit.io.report;

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
import java.util.Map;
import java.util.Objects;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;

/**
 * Renders a {@link ValidationReport} as a compact plain-text summary that fits a terminal screen: the verdict, the
 * counts, the inputs (at most {@value #MAX_INPUTS}) and the codes found (at most {@value #MAX_CODES}, errors first,
 * then by count), each with one example location. No values: the summary points at the HTML or JSON report for
 * details.
 *
 * <pre>{@code
 * TextReport.write(report, System.out);
 * }</pre>
 */
public final class TextReport {
    /** The most inputs listed. */
    public static final int MAX_INPUTS = 8;
    /** The most codes listed. */
    public static final int MAX_CODES = 12;

    private TextReport() {
    }

    /**
     * Writes the summary, UTF-8.
     *
     * @param report the report, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ValidationReport report, OutputStream out) {
        write(report, new OutputStreamWriter(Objects.requireNonNull(out, "out"), StandardCharsets.UTF_8));
    }

    /**
     * Writes the summary.
     *
     * @param report the report, not null
     * @param out where to write, not null; flushed, not closed
     * @throws UncheckedIOException if writing fails
     */
    public static void write(ValidationReport report, Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            out.write(toText(report));
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the text report: " + e.getMessage(), e);
        }
    }

    /**
     * Returns the summary.
     *
     * @param report the report, not null
     * @return the lines, each ended by a line feed
     */
    public static String toText(ValidationReport report) {
        Objects.requireNonNull(report, "report");
        StringBuilder b = new StringBuilder();
        int exit = report.exitCode();
        String failOn = report.failOn().map(Severity::code).orElse("never");
        b.append(exit != 0 ? "REJECTED" : "ACCEPTED").append(" (exit ").append(exit).append(", fail on ")
                .append(failOn).append("): ").append(count(report.summaryIssues(Severity.ERROR), "error"))
                .append(", ").append(count(report.summaryIssues(Severity.WARNING), "warning")).append(", ")
                .append(count(report.summaryIssues(Severity.INFO), "info")).append('\n');
        List<InputReport> inputs = report.inputs();
        b.append("Records: ").append(HtmlReport.num(report.records())).append(" read, ")
                .append(HtmlReport.num(report.valid())).append(" valid, ").append(HtmlReport.num(report.rejected()))
                .append(" rejected, in ").append(inputs.size()).append(inputs.size() == 1 ? " input\n" : " inputs\n");
        int width = inputs.stream().limit(MAX_INPUTS).mapToInt(i -> i.path().length()).max().orElse(0);
        int layoutWidth = inputs.stream().limit(MAX_INPUTS).mapToInt(i -> layout(i).length()).max().orElse(0);
        for (InputReport in : inputs.subList(0, Math.min(MAX_INPUTS, inputs.size()))) {
            b.append("  ").append(pad(in.path(), width)).append("  ")
                    .append(pad(layout(in), layoutWidth)).append("  ")
                    .append(HtmlReport.num(in.records())).append(" records, ").append(HtmlReport.num(in.valid()))
                    .append(" valid, ").append(HtmlReport.num(in.rejected())).append(" rejected\n");
        }
        if (inputs.size() > MAX_INPUTS) {
            b.append("  ... and ").append(inputs.size() - MAX_INPUTS).append(" more inputs\n");
        }
        Map<String, Issue> first = new LinkedHashMap<>();
        for (Issue i : report.issues()) {
            first.putIfAbsent(i.code().code(), i);
        }
        List<String> codes = new ArrayList<>(report.byCode().keySet());
        codes.sort(Comparator.<String>comparingInt(c -> severity(c, first).ordinal())
                .thenComparing(Comparator.<String>comparingLong(c -> report.byCode().get(c)).reversed()));
        if (codes.isEmpty()) {
            b.append("No issue found.\n");
            return b.toString();
        }
        b.append("Issues by code (found; one example each):\n");
        int cw = codes.stream().limit(MAX_CODES).mapToInt(String::length).max().orElse(0);
        for (String c : codes.subList(0, Math.min(MAX_CODES, codes.size()))) {
            Issue ex = first.get(c);
            b.append("  ").append(pad(severity(c, first).code(), 7)).append(' ').append(pad(c, cw)).append(' ')
                    .append(padLeft(HtmlReport.num(report.byCode().get(c)), 9)).append("  ")
                    .append(ex == null ? "(none kept)" : ex.location().toString()).append('\n');
        }
        if (codes.size() > MAX_CODES) {
            b.append("  ... and ").append(codes.size() - MAX_CODES).append(" more codes\n");
        }
        b.append("Details: --format html --output report.html (what each rule checks and how to fix it).\n");
        return b.toString();
    }

    private static String layout(InputReport in) {
        return in.layout() == null ? "(not read)" : in.layout();
    }

    private static String count(long n, String noun) {
        return HtmlReport.num(n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static Severity severity(String code, Map<String, Issue> first) {
        Issue i = first.get(code);
        if (i != null) {
            return i.severity();
        }
        return IssueCode.findByCode(code).map(IssueCode::severity).orElse(Severity.INFO);
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }

    private static String padLeft(String s, int width) {
        return s.length() >= width ? s : " ".repeat(width - s.length()) + s;
    }
}
