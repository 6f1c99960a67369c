package org.migrationkit.io.layout;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.ReadResult;

/**
 * The records of one file read with a public layout, in input order, once: one {@link ReadResult} per input record
 * (a CSV data row or a JSON array element), so that {@code records() == valid() + rejected()}. Close it.
 *
 * <pre>{@code
 * try (LayoutRecords<Incident> records = LayoutReader.builder().build().readIncidents(path)) {
 *     for (ReadResult<Incident> r : records) { ... }
 *     records.fileIssues();   // e.g. layout.unrecognised, naming the closest layout
 * }
 * }</pre>
 *
 * @param <R> what one record becomes: an {@code Incident}, or the {@code PopulationFigure}s of one row
 */
public final class LayoutRecords<R> implements Iterable<ReadResult<R>>, Closeable {
    /** Produces the results; null at the end. */
    interface Source<R> extends Closeable {
        @Nullable ReadResult<R> next() throws IOException;
    }

    private final @Nullable Layout layout;
    private final String file;
    private final List<Issue> fileIssues;
    private final Source<R> source;
    private final Map<String, Integer> columnNumbers;
    private final Map<String, String> columnNames;
    private boolean iterated;
    private long records;
    private long rejected;

    LayoutRecords(@Nullable Layout layout, String file, List<Issue> fileIssues, Source<R> source) {
        this(layout, file, fileIssues, source, Map.of(), Map.of());
    }

    LayoutRecords(@Nullable Layout layout, String file, List<Issue> fileIssues, Source<R> source,
            Map<String, Integer> columnNumbers, Map<String, String> columnNames) {
        this.layout = layout;
        this.file = file;
        this.fileIssues = fileIssues;
        this.source = source;
        this.columnNumbers = Map.copyOf(columnNumbers);
        this.columnNames = Map.copyOf(columnNames);
    }

    /**
     * Returns the file's own column that a column of the entity's table is read from, whatever the record: e.g.
     * {@code Number of Survivors} for {@code number_of_survivors} in a Missing Migrants Project export.
     *
     * @param tableColumn a column name of the entity's table
     * @return the file's header name, or null when the column is not read from one column of a CSV file (absent,
     *     computed, varying by record, or a JSON input)
     */
    public @Nullable String columnName(String tableColumn) {
        return columnNames.get(tableColumn);
    }

    /**
     * Returns the 1-based position in the file of the column {@link #columnName} names.
     *
     * @param tableColumn a column name of the entity's table
     * @return the position, or null when {@link #columnName} is null
     */
    public @Nullable Integer columnNumber(String tableColumn) {
        return columnNumbers.get(tableColumn);
    }

    /**
     * Returns the layout the file is read with.
     *
     * @return the layout, or null when none was recognised (then there are no records)
     */
    public @Nullable Layout layout() {
        return layout;
    }

    /**
     * Returns the problems of the file as a whole found so far (all of them once read): an unrecognised layout,
     * missing columns, an empty or binary input, the CSV reader's header issues.
     *
     * @return a snapshot
     */
    public List<Issue> fileIssues() {
        return List.copyOf(fileIssues);
    }

    /**
     * Returns the number of records delivered so far.
     *
     * @return the count
     */
    public long records() {
        return records;
    }

    /**
     * Returns the number of records delivered so far as values.
     *
     * @return {@code records() - rejected()}
     */
    public long valid() {
        return records - rejected;
    }

    /**
     * Returns the number of records delivered so far as rejections.
     *
     * @return the count
     */
    public long rejected() {
        return rejected;
    }

    /**
     * Returns the records, read as they are iterated; may be called once.
     *
     * @return the iterator
     * @throws IllegalStateException if called a second time
     * @throws UncheckedIOException from the iterator if the input cannot be read (not for bad data)
     */
    @Override
    public Iterator<ReadResult<R>> iterator() {
        if (iterated) {
            throw new IllegalStateException("The records of " + file + " can be iterated once: open it again.");
        }
        iterated = true;
        return new Iterator<>() {
            private @Nullable ReadResult<R> next;
            private boolean end;

            @Override
            public boolean hasNext() {
                if (next == null && !end) {
                    try {
                        next = source.next();
                    } catch (IOException e) {
                        throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
                    }
                    end = next == null;
                }
                return next != null;
            }

            @Override
            public ReadResult<R> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("no more records in " + file);
                }
                ReadResult<R> r = java.util.Objects.requireNonNull(next);
                next = null;
                records++;
                if (r.isRejected()) {
                    rejected++;
                }
                return r;
            }
        };
    }

    /**
     * Returns the records as a sequential stream; closing it closes this input.
     *
     * @return the stream
     */
    public Stream<ReadResult<R>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
                Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
    }

    /**
     * Reads every remaining record into a list (for small files and tests).
     *
     * @return the results in input order
     */
    public List<ReadResult<R>> toList() {
        List<ReadResult<R>> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    /** Closes the input. */
    @Override
    public void close() {
        try {
            source.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "LayoutRecords[" + file + ", layout=" + (layout == null ? null : layout.id()) + ", records=" + records
                + ", rejected=" + rejected + "]";
    }
}
