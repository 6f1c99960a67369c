package org.migrationkit.io.csv;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.internal.RowTyping;

/**
 * An open CSV table: its header, then one {@link ReadResult} per data record in input order, once. Close it
 * (try-with-resources) to release the file and the reading threads.
 *
 * <pre>{@code
 * try (CsvTableRecords<Leg> legs = CsvTableReader.builder(Leg.class).build().open(path)) {
 *     for (ReadResult<Leg> r : legs) { ... }
 *     CsvSummary summary = legs.summary();   // records == accepted + rejected
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public final class CsvTableRecords<T> implements Iterable<ReadResult<T>>, AutoCloseable {
    private final Class<T> type;
    private final CsvRecords records;
    private final List<Issue> missing;
    private final @Nullable RowTyping<T> plan;
    private final String file;
    private RowTyping<T>.@Nullable Worker worker;
    private boolean iterated;
    private long count;
    private long rejected;

    CsvTableRecords(Class<T> type, CsvRecords records, List<Issue> missing, @Nullable RowTyping<T> plan) {
        this.type = type;
        this.records = records;
        this.missing = List.copyOf(missing);
        this.plan = plan;
        this.file = records.file();
    }

    /**
     * Returns the header.
     *
     * @return the header; without names when the input is empty or binary
     */
    public CsvHeader header() {
        return records.header();
    }

    /**
     * Returns the issues of the input as a whole found so far: the reader's (empty file, header problems) and the
     * table's ({@code header.unknown-column}, {@code header.missing-column}).
     *
     * @return a snapshot of the file-level issues
     */
    public List<Issue> fileIssues() {
        return records.fileIssues();
    }

    /**
     * Returns the header, the file-level issues and the counts of the results delivered so far; {@code accepted}
     * counts the values.
     *
     * @return the summary
     */
    public CsvSummary summary() {
        return new CsvSummary(records.header(), records.liveFileIssues(), count, count - rejected, rejected);
    }

    /**
     * Returns the results, in input order; may be called once.
     *
     * @return the iterator
     * @throws IllegalStateException if called a second time
     * @throws UncheckedIOException (from its methods) if the input cannot be read
     */
    @Override
    public Iterator<ReadResult<T>> iterator() {
        if (iterated) {
            throw new IllegalStateException("The records of " + file + " can be iterated once: open it again.");
        }
        iterated = true;
        return new Iterator<>() {
            private @Nullable Batch batch;
            private int next;
            private boolean end;

            @Override
            public boolean hasNext() {
                while (!end && (batch == null || next >= batch.records)) {
                    if (batch != null) {
                        records.recycle(batch); // every record of it was delivered
                    }
                    batch = records.nextBatch();
                    next = 0;
                    if (batch == null) {
                        end = true;
                    }
                }
                return !end;
            }

            @Override
            public ReadResult<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more records in " + file);
                }
                Batch b = java.util.Objects.requireNonNull(batch);
                return deliver(b, next++);
            }
        };
    }

    /**
     * Returns the results as a sequential stream; closing the stream closes this input.
     *
     * @return the stream
     */
    public Stream<ReadResult<T>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** Closes the input and stops the reading threads. */
    @Override
    public void close() {
        records.close();
    }

    private ReadResult<T> deliver(Batch b, int i) {
        long number = ++count;
        long line = b.lineBase + b.recLines[i];
        Object typed = b.typed == null ? null : b.typed[i];
        if (typed != null && b.issues == null) {
            // The hot path: a clean record typed on a worker.
            if (typed instanceof RowTyping.Outcome) {
                return outcome((RowTyping.Outcome) typed, List.of(), b, i, number, line);
            }
            return ReadResult.value(number, line, type.cast(typed), List.of());
        }
        List<Issue> scanned = scannerIssues(b, i, number, line);
        if (!missing.isEmpty()) {
            List<Issue> all = new ArrayList<>(scanned);
            all.addAll(missing);
            return reject(b, i, number, line, all);
        }
        for (Issue issue : scanned) {
            if (issue.severity() == Severity.ERROR) {
                return reject(b, i, number, line, scanned);
            }
        }
        if (typed == null) {
            typed = typeHere(b, i);
        }
        if (typed instanceof RowTyping.Outcome) {
            return outcome((RowTyping.Outcome) typed, scanned, b, i, number, line);
        }
        return ReadResult.value(number, line, type.cast(typed), scanned);
    }

    private Object typeHere(Batch b, int i) {
        RowTyping<T>.Worker w = worker;
        if (w == null) {
            w = java.util.Objects.requireNonNull(plan, "plan").worker();
            worker = w;
        }
        int first = b.recFirstField[i];
        return w.type(b.data, b.fieldOff, b.fieldLen, first, b.recFirstField[i + 1] - first);
    }

    private ReadResult<T> outcome(RowTyping.Outcome o, List<Issue> scanned, Batch b, int i, long number,
            long line) {
        List<Issue> all = new ArrayList<>(scanned.size() + o.issues().size());
        all.addAll(scanned);
        for (Issue issue : o.issues()) {
            IssueLocation at = issue.location();
            all.add(issue.withLocation(new IssueLocation(file, number, line, at.column(), at.field())));
        }
        Object value = o.value();
        if (value == null) {
            return reject(b, i, number, line, all);
        }
        return ReadResult.value(number, line, type.cast(value), all);
    }

    private ReadResult<T> reject(Batch b, int i, long number, long line, List<Issue> issues) {
        rejected++;
        return ReadResult.rejection(number, line, raw(b, i), issues);
    }

    private List<Issue> scannerIssues(Batch b, int i, long number, long line) {
        if (b.issues == null) {
            return List.of();
        }
        List<Issue> found = new ArrayList<>(2);
        for (IssueDraft d : b.issues) {
            if (d.record() == i) {
                found.add(IssueMessages.toIssue(d, file, number, line, records.header().names(),
                        records.settings()));
            }
        }
        return found;
    }

    /** The record's cells as a CSV line (quoted where needed), for a reject file; may be cut (see CsvRecord). */
    private String raw(Batch b, int i) {
        char delimiter = records.header().delimiter();
        StringBuilder out = new StringBuilder();
        for (int f = b.recFirstField[i]; f < b.recFirstField[i + 1]; f++) {
            if (f > b.recFirstField[i]) {
                out.append(delimiter);
            }
            String cell = new String(b.data, b.fieldOff[f], b.fieldLen[f], records.settings().charset);
            if (cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
        return out.toString();
    }
}
