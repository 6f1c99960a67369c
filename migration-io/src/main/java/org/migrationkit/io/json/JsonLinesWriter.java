package org.migrationkit.io.json;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Writes records as JSON Lines: one JSON object per line, UTF-8, each line ended by {@code \n}, in the shape of
 * {@link MigrationKitModule} (the table's columns; unknown values left out).
 *
 * <pre>{@code
 * try (JsonLinesWriter<Migrant> w = JsonLinesWriter.open(Migrant.class, Path.of("migrants.jsonl"))) {
 *     migrants.forEach(w::write);
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public final class JsonLinesWriter<T> implements Closeable {
    private final RecordCodec<T> codec;
    private final JsonOutput output;
    private long count;

    private JsonLinesWriter(Class<T> type, OutputStream out) {
        this.codec = RecordCodec.of(type);
        this.output = new JsonOutput(out);
    }

    /**
     * Opens a writer on a stream; closing the writer closes the stream.
     *
     * @param type the record type, e.g. {@code Migrant.class}; not null
     * @param out the stream, not null
     * @param <T> the record type
     * @return the writer
     * @throws IllegalArgumentException if the type is not a record type with a table
     */
    public static <T> JsonLinesWriter<T> open(Class<T> type, OutputStream out) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(out, "out");
        return new JsonLinesWriter<>(type, out);
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
    public static <T> JsonLinesWriter<T> open(Class<T> type, Path path) {
        try {
            return open(type, Files.newOutputStream(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Writes one record as one line.
     *
     * @param record the record, not null
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if the record cannot be written in the table's shape (a population figure
     *     whose breakdown uses other age bands than the table's columns)
     */
    public void write(T record) {
        Objects.requireNonNull(record, "record");
        try {
            codec.write(output, record);
            output.raw((byte) '\n');
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
     * Flushes buffered lines to the stream.
     *
     * @throws UncheckedIOException if writing fails
     */
    public void flush() {
        try {
            output.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Flushes and closes the stream.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        output.close();
    }
}
