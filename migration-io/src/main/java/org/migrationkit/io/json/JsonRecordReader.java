package org.migrationkit.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.internal.Problems;

/**
 * A streaming reader of JSON records: every input record comes out once, as a value or a rejection with located
 * issues, and the counts add up ({@code records() == valid() + rejected()}). Bad data never throws; problems of the
 * input as a whole (empty input, content after the document) are {@link #fileIssues()}.
 *
 * <pre>{@code
 * try (JsonLinesReader<Incident> reader = JsonRecordReader.builder(Incident.class).readLines(path)) {
 *     for (ReadResult<Incident> r : reader) {
 *         ...
 *     }
 *     reader.rejected();   // how many records were rejected
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public abstract sealed class JsonRecordReader<T> implements Iterable<ReadResult<T>>, Closeable
        permits JsonLinesReader, JsonDocumentReader {
    final RecordCodec<T> codec;
    final JsonFactory factory;
    final JsonLimits limits;
    final Problems problems;
    final InputStream in;
    final Class<T> type;
    final boolean fastLines;
    private final List<Issue> fileIssues = new ArrayList<>();
    private long records;
    private long rejected;
    private @Nullable ReadResult<T> next;
    private boolean done;
    private boolean iterated;

    JsonRecordReader(Builder<T> b, InputStream in, @Nullable String file) {
        this.codec = RecordCodec.of(b.type);
        this.type = b.type;
        this.fastLines = b.fastLines;
        this.limits = b.limits;
        this.factory = JsonErrors.factory(b.limits);
        this.problems = new Problems(file, b.rejects);
        this.in = in;
    }

    /**
     * Returns a builder for readers of a record type.
     *
     * @param type the record type, e.g. {@code Incident.class}; not null
     * @param <T> the record type
     * @return a builder with {@link JsonLimits#defaults()}
     * @throws IllegalArgumentException if the type is not a record type with a table
     */
    public static <T> Builder<T> builder(Class<T> type) {
        RecordCodec.of(type);
        return new Builder<>(type);
    }

    /** Reads the next record; null at the end. Never throws for bad data. */
    abstract @Nullable ReadResult<T> readNext() throws IOException;

    final void fileIssue(Issue issue) {
        fileIssues.add(issue);
    }

    final ReadResult<T> result(long record, long line, @Nullable T value, @Nullable String raw) {
        List<Issue> issues = problems.take();
        records++;
        if (value != null && !problems.hasErrors()) {
            return ReadResult.value(record, line, value, issues);
        }
        rejected++;
        return ReadResult.rejection(record, line, raw, issues);
    }

    /**
     * Returns the records, read as they are iterated. A reader is iterated once.
     *
     * @return the iterator
     * @throws IllegalStateException if the reader was iterated before
     * @throws UncheckedIOException from the iterator if reading the input fails (not for bad data)
     */
    @Override
    public final Iterator<ReadResult<T>> iterator() {
        if (iterated) {
            throw new IllegalStateException("A JSON reader is iterated once: open a new one to read again.");
        }
        iterated = true;
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                if (next == null && !done) {
                    try {
                        next = readNext();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    done = next == null;
                }
                return next != null;
            }

            @Override
            public ReadResult<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ReadResult<T> r = next;
                next = null;
                return r;
            }
        };
    }

    /**
     * Returns the records as a sequential stream; closing the stream closes the reader.
     *
     * @return the stream
     */
    public final Stream<ReadResult<T>> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED
                | Spliterator.NONNULL), false).onClose(() -> {
                    try {
                        close();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /**
     * Returns how many records were read so far (values and rejections).
     *
     * @return the count
     */
    public final long records() {
        return records;
    }

    /**
     * Returns how many records read so far were values.
     *
     * @return {@code records() - rejected()}
     */
    public final long valid() {
        return records - rejected;
    }

    /**
     * Returns how many records read so far were rejected.
     *
     * @return the count
     */
    public final long rejected() {
        return rejected;
    }

    /**
     * Returns the problems of the input as a whole found so far: empty input, content after the document, a root
     * value that holds no records. Complete once the records are read to the end.
     *
     * @return an unmodifiable copy
     */
    public final List<Issue> fileIssues() {
        return List.copyOf(fileIssues);
    }

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * Configures and opens JSON readers. Defaults: {@link JsonLimits#defaults()}.
     *
     * @param <T> the record type
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private JsonLimits limits = JsonLimits.defaults();
        private Predicate<IssueCode> rejects = code -> code.severity() == Severity.ERROR;
        private boolean fastLines = true;

        private Builder(Class<T> type) {
            this.type = Objects.requireNonNull(type, "type");
        }

        /**
         * Sets which codes reject a record, for a run that ignores codes or changes their severity
         * ({@code --ignore}, {@code --severity}). A value whose issue does not reject is left out (unknown) and the
         * record is read; an issue that was an error travels with it as a warning, for the run to re-rate. Default:
         * the codes whose severity is error.
         *
         * @param rejecting true for the codes that reject; not null
         * @return this builder
         */
        public Builder<T> rejecting(Predicate<IssueCode> rejecting) {
            this.rejects = Objects.requireNonNull(rejecting, "rejecting");
            return this;
        }

        /** Whether JSON Lines are read by the byte-level fast path where it applies; for differential tests. */
        Builder<T> fastLines(boolean on) {
            this.fastLines = on;
            return this;
        }

        /**
         * Sets the limits.
         *
         * @param newLimits the limits, not null
         * @return this builder
         */
        public Builder<T> limits(JsonLimits newLimits) {
            this.limits = Objects.requireNonNull(newLimits, "limits");
            return this;
        }

        /**
         * Opens a JSON Lines file: one record per line.
         *
         * @param path the file, not null; issue locations name it as given
         * @return the reader
         * @throws UncheckedIOException naming the path if it cannot be opened
         */
        public JsonLinesReader<T> readLines(Path path) {
            return new JsonLinesReader<>(this, open(path), path.toString());
        }

        /**
         * Reads JSON Lines from a stream.
         *
         * @param in the stream, not null; closed with the reader
         * @param file the name issue locations give, or null
         * @return the reader
         */
        public JsonLinesReader<T> readLines(InputStream in, @Nullable String file) {
            return new JsonLinesReader<>(this, Objects.requireNonNull(in, "in"), file);
        }

        /**
         * Opens a JSON document: an array of records, or one record.
         *
         * @param path the file, not null; issue locations name it as given
         * @return the reader
         * @throws UncheckedIOException naming the path if it cannot be opened
         */
        public JsonDocumentReader<T> readDocument(Path path) {
            return new JsonDocumentReader<>(this, open(path), path.toString());
        }

        /**
         * Reads a JSON document from a stream: an array of records, or one record.
         *
         * @param in the stream, not null; closed with the reader
         * @param file the name issue locations give, or null
         * @return the reader
         */
        public JsonDocumentReader<T> readDocument(InputStream in, @Nullable String file) {
            return new JsonDocumentReader<>(this, Objects.requireNonNull(in, "in"), file);
        }

        private static InputStream open(Path path) {
            try {
                return Files.newInputStream(path);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
            }
        }

        /**
         * Describes the settings.
         *
         * @return e.g. {@code JsonRecordReader.Builder[type=Migrant, limits=...]}
         */
        @Override
        public String toString() {
            return "JsonRecordReader.Builder[type=" + type.getSimpleName() + ", limits=" + limits + "]";
        }
    }
}
