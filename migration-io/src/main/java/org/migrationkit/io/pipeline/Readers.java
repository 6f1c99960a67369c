package org.migrationkit.io.pipeline;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.csv.CsvReader;
import org.migrationkit.io.csv.CsvRecords;
import org.migrationkit.io.schema.Entity;

/** Chooses and opens the reader of an input: the one place that knows which adapter reads what. */
final class Readers {
    private Readers() {
    }

    /**
     * Opens the reader of an input: JSON by its extension, else CSV; the entity forced, else from the file name,
     * else (CSV) from the header. {@code isError} says which codes reject a record in this run.
     *
     * @return the reader, or null when the input is not a table we read (the reason is added to {@code fileIssues})
     */
    static @Nullable InputReader open(InputSource source, @Nullable Entity layoutEntity, Charset encoding,
            Predicate<IssueCode> isError, List<Issue> fileIssues, LongAdder bytesRead) throws IOException {
        String fileName = source.fileName();
        Entity entity = layoutEntity != null ? layoutEntity : EntityLayouts.byFileName(fileName).orElse(null);
        if (EntityLayouts.isJson(fileName)) {
            if (entity == null) {
                fileIssues.add(unrecognised(source.name()));
                return null;
            }
            return new JsonTableInput(entity, new CountingInputStream(source.open(), bytesRead), source.name(),
                    fileName);
        }
        CsvReader csv = CsvReader.builder().encoding(encoding).parallelism(1).build();
        // Read as a stream, even from a file, so the bytes read can be counted for the progress display; with one
        // reading thread the CSV reader reads a file and a stream the same way.
        CsvRecords records = csv.open(new CountingInputStream(source.open(), bytesRead), source.name());
        SimpleCsvTableInput input = SimpleCsvTableInput.open(records, entity, source.name(), isError);
        if (input == null) {
            List<Issue> issues = records.fileIssues();
            records.close();
            fileIssues.addAll(issues);
            if (issues.isEmpty()) {
                fileIssues.add(unrecognised(source.name()));
            }
        }
        return input;
    }

    static Issue unrecognised(String name) {
        return Issue.of(IssueCode.LAYOUT_UNRECOGNISED, "The input " + name + " is not recognised as a table: name it "
                + "after its entity (migrants.csv, journeys.csv, legs.csv, assistance_events.csv, incidents.csv, "
                + "population_figures.csv, remittances.csv; .json or .jsonl for JSON), give it a header with the "
                + "table's columns, or choose the layout with --layout.", new IssueLocation(name, null, null, null,
                        null));
    }

}
