package org.migrationkit.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.pipeline.Converter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migration convert IN OUT [--layout <id>] [--reject-file FILE]}: writes the values of IN to OUT, formats from
 * the extensions (DESIGN §10). Exit 0 when every record was written, 1 when some were rejected, 2 when the command
 * line is wrong or IN cannot be opened. A problem of IN as a whole (empty, binary) is printed and exits 1.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Convert a table between CSV, JSON and JSON Lines (formats from the extensions); rejected "
                + "records go to --reject-file, else they are counted on stderr.")
final class ConvertCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "IN", description = "The table to read: a file, a .gz file or -.")
    @Nullable String in;

    @Parameters(index = "1", paramLabel = "OUT", description = "The file to write: .csv, .json or .jsonl.")
    @Nullable Path out;

    @Option(names = "--layout", paramLabel = "<id>", defaultValue = "auto",
            description = "The layout to read IN with (default: auto).")
    String layout = "auto";

    @Option(names = "--reject-file", paramLabel = "FILE",
            description = "Write the rejected records (raw cells and issue codes) to FILE, as CSV.")
    @Nullable Path rejectFile;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = Objects.requireNonNull(spec).commandLine().getErr();
        Converter.Result r;
        try {
            r = Converter.builder().layout(layout).build().convert(Objects.requireNonNull(in),
                    Objects.requireNonNull(out), rejectFile);
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("migration: " + e.getMessage());
            return Main.USAGE;
        }
        boolean fileErrors = false;
        for (Issue i : r.fileIssues()) {
            err.println("migration: " + i.severity().code() + " " + i.code().code() + ": " + i.message());
            fileErrors |= i.severity() == org.migrationkit.core.validation.Severity.ERROR;
        }
        if (r.rejected() > 0) {
            err.println("migration: " + r.rejected() + " of " + r.records() + " " + r.entity() + " records rejected"
                    + (rejectFile == null ? " (give --reject-file FILE to keep them)" : ", written to " + rejectFile)
                    + ".");
            return Main.ISSUES;
        }
        return fileErrors ? Main.ISSUES : Main.OK;
    }
}
