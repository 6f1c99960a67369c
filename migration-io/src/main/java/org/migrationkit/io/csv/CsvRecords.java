package org.migrationkit.io.csv;

import java.io.IOException;
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

/**
 * An open CSV input: its header, then its records in input order, once. Close it (try-with-resources) to release
 * the file and the reading threads.
 *
 * <pre>{@code
 * try (CsvRecords records = CsvReader.builder().build().open(path)) {
 *     CsvHeader header = records.header();
 *     for (CsvRecord r : records) { ... }
 *     CsvSummary summary = records.summary();   // records == accepted + rejected
 * }
 * }</pre>
 *
 * <p>Reading problems (I/O errors, not bad data) are thrown as {@link UncheckedIOException} naming the input.
 */
public final class CsvRecords implements Iterable<CsvRecord>, AutoCloseable {
    private final String file;
    private final CsvHeader header;
    private final List<Issue> fileIssues;
    private final @Nullable BatchSource source;
    private final Settings settings;
    private boolean iterated;
    private long records;
    private long rejected;

    private final java.util.function.@Nullable Supplier<BatchTyper> typers;
    private final @Nullable Recycler recycler;
    private @Nullable BatchTyper consumerTyper;

    CsvRecords(String file, CsvHeader header, List<Issue> fileIssues, @Nullable BatchSource source,
               Settings settings, java.util.function.@Nullable Supplier<BatchTyper> typers) {
        this(file, header, fileIssues, source, settings, typers, null);
    }

    CsvRecords(String file, CsvHeader header, List<Issue> fileIssues, @Nullable BatchSource source,
               Settings settings, java.util.function.@Nullable Supplier<BatchTyper> typers,
               @Nullable Recycler recycler) {
        this.recycler = recycler;
        this.file = file;
        this.header = header;
        this.fileIssues = fileIssues;
        this.source = source;
        this.settings = settings;
        this.typers = typers;
    }

    String file() {
        return file;
    }

    Settings settings() {
        return settings;
    }

    /** The live list of file-level issues (the typed layer adds its header issues to it). */
    List<Issue> liveFileIssues() {
        return fileIssues;
    }

    /**
     * Returns the next batch with records, typed when the read has typers (on this thread when no worker typed
     * it), or null at the end. For the typed layer, which numbers the records itself; not to be mixed with
     * {@link #iterator()}.
     */
    /**
     * Hands back a batch whose records were all delivered and whose arrays nothing points into any more (a typed
     * read's: its results are records, not views of the batch).
     */
    void recycle(Batch b) {
        if (recycler != null) {
            recycler.give(b);
        }
    }

    @Nullable Batch nextBatch() {
        if (source == null) {
            return null;
        }
        iterated = true;
        while (true) {
            Batch b;
            try {
                b = source.next();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            if (b == null) {
                return null;
            }
            if (b.records == 0) {
                continue;
            }
            if (typers != null && b.typed == null) {
                BatchTyper t = consumerTyper;
                if (t == null) {
                    t = typers.get();
                    consumerTyper = t;
                }
                t.type(b);
            }
            return b;
        }
    }

    /**
     * Returns the header.
     *
     * @return the header; without names when the input is empty or binary
     */
    public CsvHeader header() {
        return header;
    }

    /**
     * Returns the issues of the input as a whole found so far (all of them once the records are read).
     *
     * @return a snapshot of the file-level issues
     */
    public List<Issue> fileIssues() {
        return List.copyOf(fileIssues);
    }

    /**
     * Returns the header, the file-level issues and the counts of the records delivered so far.
     *
     * @return the summary
     */
    public CsvSummary summary() {
        return new CsvSummary(header, fileIssues, records, records - rejected, rejected);
    }

    /**
     * Returns the records, in input order; may be called once.
     *
     * @return the iterator
     * @throws IllegalStateException if called a second time
     */
    @Override
    public Iterator<CsvRecord> iterator() {
        if (iterated) {
            throw new IllegalStateException("The records of " + file + " can be iterated once: open it again.");
        }
        iterated = true;
        return new Iterator<>() {
            private @Nullable Batch batch;
            private int next;
            private boolean end = source == null;

            @Override
            public boolean hasNext() {
                while (!end && (batch == null || next >= batch.records)) {
                    try {
                        batch = java.util.Objects.requireNonNull(source).next();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
                    }
                    next = 0;
                    if (batch == null) {
                        end = true;
                    }
                }
                return !end;
            }

            @Override
            public CsvRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more records in " + file);
                }
                Batch b = java.util.Objects.requireNonNull(batch);
                int i = next++;
                return deliver(b, i);
            }
        };
    }

    private CsvRecord deliver(Batch b, int i) {
        long number = ++records;
        long line = b.lineBase + b.recLines[i];
        List<Issue> issues = List.of();
        if (b.issues != null) {
            List<Issue> found = null;
            for (IssueDraft d : b.issues) {
                if (d.record() == i) {
                    if (found == null) {
                        found = new ArrayList<>(2);
                    }
                    found.add(IssueMessages.toIssue(d, file, number, line, header.names(), settings));
                }
            }
            if (found != null) {
                issues = List.copyOf(found);
            }
        }
        CsvRecord r = new CsvRecord(b, i, number, line, issues, settings.charset);
        if (!issues.isEmpty() && r.isRejected()) {
            rejected++;
        }
        return r;
    }

    /**
     * Returns the records as a sequential stream; closing the stream closes this input.
     *
     * @return the stream
     */
    public Stream<CsvRecord> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /** Closes the input and stops the reading threads. */
    @Override
    public void close() {
        if (source != null) {
            try {
                source.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot close " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /** Ranges scanned again after a failed speculation, or -1 when the read was not parallel; for tests. */
    int fallbacks() {
        return source instanceof ParallelSource ? ((ParallelSource) source).fallbacks : -1;
    }
}
