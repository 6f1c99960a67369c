package org.migrationkit.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.HtmlReport;
import org.migrationkit.io.report.InputReport;
import org.migrationkit.io.report.ValidationReport;

/**
 * What {@code migration validate} does, from Java: validate a folder of CSV tables a partner sent, print the
 * summary, write the HTML report for the data officer and the JSON report for scripts, and walk the records that
 * were rejected.
 */
public final class ValidatePartnerDatasetExample {
    private ValidatePartnerDatasetExample() {
    }

    /**
     * Validates a dataset and exits with the report's exit code (0 clean, 1 errors found).
     *
     * @param args the dataset folder (default {@code samples/partner}) and the folder the reports go to (default
     *     the working directory)
     */
    public static void main(String... args) {
        Path dataset = Path.of(args.length > 0 ? args[0] : "samples/partner");
        Path reports = Path.of(args.length > 1 ? args[1] : ".");
        System.exit(run(dataset, reports, System.out));
    }

    static int run(Path dataset, Path reports, PrintStream out) {
        ValidationReport report = DatasetValidator.builder()
                .failOn(Severity.ERROR)
                .ignore(IssueCode.VALUE_OUTLIER)      // outliers are for the analyst, not for this check
                .build()
                .validate(dataset);

        out.println(report);                          // the summary: inputs, records, valid, rejected, per severity
        for (InputReport input : report.inputs()) {
            out.println(fileName(input.path()) + ": " + input.records() + " records, "
                    + input.rejected() + " rejected");
        }

        try (OutputStream html = Files.newOutputStream(reports.resolve("report.html"));
                OutputStream json = Files.newOutputStream(reports.resolve("report.json"))) {
            HtmlReport.write(report, html);           // one self-contained page: open it in any browser
            report.writeJson(json);                   // the JSON report of docs/report-format.md
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the reports to " + reports, e);
        }

        // The rejections: a record is rejected by its errors; each issue says where (file, record, line, field).
        report.issues().stream()
                .filter(issue -> issue.severity() == Severity.ERROR)
                .forEach(issue -> out.println(issue.code() + " in " + fileName(issue.location().file()) + " record "
                        + issue.location().record() + " field " + issue.location().field()));
        return report.exitCode();
    }

    private static String fileName(@Nullable String path) {
        return path == null ? "(dataset)" : String.valueOf(Path.of(path).getFileName());
    }
}
