package org.migrationkit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.HtmlReport;
import org.migrationkit.io.report.TextReport;
import org.migrationkit.io.report.ValidationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migration validate PATH...}: validates a dataset and writes its report (DESIGN §10). Exit code 0 when no
 * issue reaches {@code --fail-on}, 1 when one does, 2 when the command line is wrong or no PATH could be opened.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Validate a dataset: files, folders, .zip archives, datapackage.json, .gz files or - (stdin); "
                + "several PATHs are one dataset.")
final class ValidateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "A file, folder, .zip, datapackage.json, .gz or -.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--layout", paramLabel = "auto|<id>", defaultValue = "auto",
            description = "The layout to read every input with (default: auto, recognised from names and headers).")
    String layout = "auto";

    @Option(names = "--report", paramLabel = "FORMAT=FILE",
            description = "Write a report in FORMAT to FILE; repeat for several formats from one pass.")
    List<String> reports = new ArrayList<>();

    @Option(names = "--format", paramLabel = "json|html|text", description = "The report format.")
    @Nullable String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the report to FILE instead of stdout.")
    @Nullable Path output;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit 1 when an issue at or above this severity is found (default: error).")
    String failOn = "error";

    @Option(names = "--encoding", paramLabel = "utf-8|windows-1252|iso-8859-1", defaultValue = "utf-8",
            description = "The encoding of CSV inputs without a byte order mark (default: utf-8).")
    String encoding = "utf-8";

    @Option(names = "--ignore", paramLabel = "CODE", description = "Drop the issues of CODE; repeatable.")
    List<String> ignore = new ArrayList<>();

    @Option(names = "--severity", paramLabel = "CODE=error|warning|info",
            description = "Count the issues of CODE at another severity; repeatable.")
    List<String> severity = new ArrayList<>();

    @Option(names = "--max-issues-per-code", paramLabel = "N", defaultValue = "1000",
            description = "Keep at most N issues per code in the report, counting the rest (0: no cap; default 1000).")
    long maxIssuesPerCode = DatasetValidator.DEFAULT_MAX_ISSUES_PER_CODE;

    @Option(names = "--quiet", description = "Print no progress (progress goes to stderr on a terminal only).")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    /** Thrown for a command line that cannot run: exit 2 with its message. */
    static final class UsageException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    @Override
    public Integer call() {
        CommandLine cl = Objects.requireNonNull(spec).commandLine();
        PrintWriter err = cl.getErr();
        List<Map.Entry<String, Path>> targets;
        DatasetValidator validator;
        try {
            targets = targets();
            validator = validator();
        } catch (UsageException | IllegalArgumentException e) {
            err.println("migration: " + e.getMessage());
            return Main.USAGE;
        }
        ValidationReport report;
        boolean terminal = System.console() != null;
        ProgressLine progress = showsProgress(quiet, terminal) ? new ProgressLine(err, System::nanoTime) : null;
        try {
            report = (progress == null ? validator : validatorWith(progress)).validate(paths);
        } catch (UncheckedIOException e) {
            // Nothing could be opened: no report (DESIGN §10).
            err.println("migration: " + e.getMessage());
            return Main.USAGE;
        } finally {
            if (progress != null) {
                progress.done();
            }
        }
        if (targets.isEmpty()) {
            PrintWriter out = cl.getOut();
            out.print(render(report, stdoutFormat(format, terminal)));
            out.flush();
        }
        for (Map.Entry<String, Path> t : targets) {
            try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(t.getValue()))) {
                write(report, t.getKey(), o);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + t.getValue() + ": " + e.getMessage(), e);
            }
        }
        return report.exitCode();
    }

    /**
     * The format of the report on stdout, when neither {@code --output} nor {@code --report} is given (DESIGN §10):
     * {@code --format}, else text on a terminal and JSON otherwise.
     */
    static String stdoutFormat(@Nullable String format, boolean terminal) {
        return format != null ? format.toLowerCase(Locale.ROOT) : terminal ? "text" : "json";
    }

    /** Progress goes to stderr on a terminal unless {@code --quiet} (DESIGN §10). */
    static boolean showsProgress(boolean quiet, boolean terminal) {
        return !quiet && terminal;
    }

    private static String render(ValidationReport report, String format) {
        return switch (format) {
            case "html" -> HtmlReport.toHtml(report);
            case "text" -> TextReport.toText(report);
            default -> report.toJson();
        };
    }

    private static void write(ValidationReport report, String format, OutputStream out) {
        switch (format) {
            case "html" -> HtmlReport.write(report, out);
            case "text" -> TextReport.write(report, out);
            default -> report.writeJson(out);
        }
    }

    /** The reports to write, format and file; empty for a report on stdout. */
    private List<Map.Entry<String, Path>> targets() {
        List<Map.Entry<String, Path>> out = new ArrayList<>();
        if (format != null) {
            available(format, "--format");
        }
        for (String r : reports) {
            int eq = r.indexOf('=');
            if (eq <= 0 || eq == r.length() - 1) {
                throw new UsageException("--report takes FORMAT=FILE, e.g. json=report.json; got \"" + r + "\".");
            }
            String f = r.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            available(f, "--report");
            out.add(Map.entry(f, Path.of(r.substring(eq + 1))));
        }
        if (output != null) {
            String f = format;
            if (f == null) {
                String name = String.valueOf(output.getFileName()).toLowerCase(Locale.ROOT);
                f = name.endsWith(".json") ? "json" : name.endsWith(".html") ? "html" : name.endsWith(".txt")
                        ? "text" : null;
                if (f == null) {
                    throw new UsageException("cannot tell the report format from " + output + ": name it .json, "
                            + ".html or .txt, or give --format.");
                }
                available(f, "--output");
            }
            out.add(Map.entry(f.toLowerCase(Locale.ROOT), output));
        }
        return out;
    }

    private static void available(String f, String option) {
        switch (f.toLowerCase(Locale.ROOT)) {
            case "json":
            case "html":
            case "text":
                return;
            default:
                throw new UsageException(option + " " + f + ": unknown report format; use json, html or text.");
        }
    }

    private DatasetValidator validatorWith(ProgressLine progress) {
        return builder().progress(progress).build();
    }

    private DatasetValidator validator() {
        return builder().build();
    }

    private DatasetValidator.Builder builder() {
        DatasetValidator.Builder b = DatasetValidator.builder().layout(layout).maxIssuesPerCode(maxIssuesPerCode)
                .encoding(charset(encoding)).stdin(System.in);
        b.failOn(failOn.equalsIgnoreCase("never") ? null : severityOf(failOn, "--fail-on", true));
        for (String code : ignore) {
            b.ignore(code(code, "--ignore"));
        }
        for (String s : severity) {
            int eq = s.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--severity takes CODE=error|warning|info, e.g. route.unknown=error; got \""
                        + s + "\".");
            }
            b.severity(code(s.substring(0, eq).strip(), "--severity"), severityOf(s.substring(eq + 1), "--severity",
                    false));
        }
        return b;
    }

    private static Severity severityOf(String s, String option, boolean never) {
        try {
            return Severity.ofCode(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException(option + ": unknown severity \"" + s + "\"; use error, warning"
                    + (never ? ", " : " or ") + "info" + (never ? " or never." : "."));
        }
    }

    private static IssueCode code(String code, String option) {
        Optional<IssueCode> c = IssueCode.findByCode(code.strip());
        return c.orElseThrow(() -> new UsageException(option + ": unknown issue code \"" + code + "\"; the codes are "
                + "listed in RULES.md."));
    }

    private static Charset charset(String name) {
        switch (name.toLowerCase(Locale.ROOT)) {
            case "utf-8":
            case "utf8":
                return StandardCharsets.UTF_8;
            case "windows-1252":
            case "cp1252":
                return Charset.forName("windows-1252");
            case "iso-8859-1":
            case "latin-1":
                return StandardCharsets.ISO_8859_1;
            default:
                throw new UsageException("--encoding " + name + ": use utf-8, windows-1252 or iso-8859-1.");
        }
    }
}
