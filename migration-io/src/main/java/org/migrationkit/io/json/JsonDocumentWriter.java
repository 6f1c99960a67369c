package org.migrationkit.io.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes records as one JSON document: an array of objects, one per line, UTF-8, in the shape of
 * {@link MigrationKitModule} (the table's columns; unknown values left out). {@link JsonDocumentReader} reads it
 * back. The array is closed by {@link #close()}, so a document with no record is {@code []}.
 *
 * <pre>{@code
 * try (JsonDocumentWriter<Incident> w = JsonDocumentWriter.open(Incident.class, Path.of("incidents.json"))) {
 *     incidents.forEach(w::write);
 * }
 * }</pre>
 *
 * <p>For large outputs prefer {@link JsonLinesWriter}: a reader of JSON Lines recovers line by line.
 *
 * @param <T> the record type
 */
public final class JsonDocumentWriter<T> implements Closeable {
    private final RecordCodec<T> codec;
    private static final byte[] FIRST = {'\n'};
    private static final byte[] NEXT = {',', '\n'};
    private static final byte[] EMPTY_END = {']', '\n'};
    private static final byte[] END = {'\n', ']', '\n'};

    private final JsonOutput output;
    private long count;
    private boolean closed;

    private JsonDocumentWriter(Class<T> type, OutputStream out) throws IOException {
        this.codec = RecordCodec.of(type);
        this.output = new JsonOutput(out);
        output.raw((byte) '[');
    }

    /**
     * Opens a writer on a stream and writes the opening bracket; closing the writer closes the stream.
     *
     * @param type the record type, e.g. {@code Migrant.class}; not null
     * @param out the stream, not null
     * @param <T> the record type
     * @return the writer
     * @throws IllegalArgumentException if the type is not a record type with a table
     * @throws UncheckedIOException if writing fails
     */
    public static <T> JsonDocumentWriter<T> open(Class<T> type, OutputStream out) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(out, "out");
        try {
            return new JsonDocumentWriter<>(type, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens a writer on a file, replacing it.
     *
     * @param type the record type, not null
     * @param path the file, not null
     * @param <T> the record type
     * @return the writer
     * @throws UncheckedIOException naming the path if it cannot be opened
     */
    public static <T> JsonDocumentWriter<T> open(Class<T> type, Path path) {
        try {
            return open(type, Files.newOutputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one record as the next element of the array.
     *
     * @param record the record, not null
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if the record cannot be written in the table's shape (a population figure
     *     whose breakdown uses other age bands than the table's columns)
     * @throws IllegalStateException if the writer is closed
     */
    public void write(T record) {
        Objects.requireNonNull(record, "record");
        if (closed) {
            throw new IllegalStateException("The JSON document is closed: open a new writer to write more records.");
        }
        try {
            RecordCodec.check(record); // before the separator: a record that cannot be written leaves no trace
            output.raw(count == 0 ? FIRST : NEXT);
            codec.write(output, record);
            count++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns how many records were written.
     *
     * @return the count
     */
    public long count() {
        return count;
    }

    /**
     * Closes the array, then flushes and closes the stream.
     *
     * @throws IOException if writing or closing fails
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            output.raw(count == 0 ? EMPTY_END : END);
        } finally {
            output.close();
        }
    }
}
