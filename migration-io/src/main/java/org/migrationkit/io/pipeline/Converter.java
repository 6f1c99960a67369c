package org.migrationkit.io.pipeline;

import com.fasterxml.jackson.databind.SequenceWriter;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.json.JsonLinesWriter;
import org.migrationkit.io.json.MigrationJson;
import org.migrationkit.io.layout.Layouts;
import org.migrationkit.io.schema.Entity;

/**
 * Converts one table from one format to another ({@code migration convert IN OUT}, DESIGN §10): the values of IN
 * are written to OUT, in the format of OUT's extension ({@code .csv}, {@code .json}: an array, {@code .jsonl});
 * rejected records go to a reject file (CSV: {@code record}, {@code line}, {@code issues} — the codes joined by
 * {@code |} — then the record's raw cells) or are only counted. Values are what the reader typed: record and dataset
 * rules are {@link DatasetValidator}'s job.
 *
 * <pre>{@code
 * Converter.Result r = Converter.builder().build().convert("partner/legs.csv", Path.of("legs.jsonl"), null);
 * }</pre>
 */
public final class Converter {
    private final @Nullable String layout;
    private final Charset encoding;

    /**
     * What a conversion did.
     *
     * @param entity the entity of the records
     * @param records the records read
     * @param written the values written to OUT
     * @param rejected the records rejected; {@code records == written + rejected}
     * @param fileIssues the problems of the input as a whole
     */
    public record Result(String entity, long records, long written, long rejected, List<Issue> fileIssues) {
        /**
         * Copies the issues.
         */
        public Result {
            Objects.requireNonNull(entity, "entity");
            fileIssues = List.copyOf(fileIssues);
        }
    }

    private Converter(Builder b) {
        this.layout = b.layout;
        this.encoding = b.encoding;
    }

    /**
     * Returns a builder: layout recognised, UTF-8.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Converts a table.
     *
     * @param in the input as given: one file (also {@code .gz}, or {@code -} for stdin), not null
     * @param out the output file; its extension is the format; not null
     * @param rejectFile where rejected records go, or null to only count them
     * @return what was done
     * @throws UncheckedIOException if IN cannot be opened or read, or OUT cannot be written
     * @throws IllegalArgumentException if IN is not one table we can read, or OUT's extension is not a format
     */
    public Result convert(String in, Path out, @Nullable Path rejectFile) {
        String format = format(out);
        try (Inputs inputs = new Inputs(DatasetValidator.MAX_ZIP_ENTRIES, DatasetValidator.ZIP_BUDGET, System.in)) {
            List<InputSource> sources = inputs.resolve(List.of(in));
            if (inputs.opened() == 0) {
                String reason = "Cannot open " + String.join("; ", inputs.failures());
                throw new UncheckedIOException(reason, new IOException(reason));
            }
            if (sources.size() != 1 || !sources.get(0).isReadable()) {
                throw new IllegalArgumentException(in + " is not one table: convert reads one file (" + sources.size()
                        + " inputs found" + (sources.isEmpty() || sources.get(0).issues().isEmpty() ? ""
                                : ": " + sources.get(0).issues().get(0).message()) + ").");
            }
            List<Issue> fileIssues = new ArrayList<>();
            InputReader reader = Readers.open(sources.get(0), new Readers.Options(layout, encoding,
                    c -> c.severity() == org.migrationkit.core.validation.Severity.ERROR, LocalDate.now(ZoneOffset.UTC),
                    new java.util.concurrent.atomic.LongAdder()),
                    fileIssues);
            if (reader == null) {
                throw new IllegalArgumentException(fileIssues.isEmpty() ? in + " is not a table we read."
                        : fileIssues.get(0).message());
            }
            try (InputReader r = reader) {
                return write(r, format, out, rejectFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot convert " + in + ": " + e.getMessage(), e);
        }
    }

    private static String format(Path out) {
        String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
        for (String f : new String[] {"csv", "jsonl", "json"}) {
            if (name.endsWith("." + f)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Cannot tell the output format from " + out + ": name it .csv, .json or "
                + ".jsonl.");
    }

    private static Result write(InputReader reader, String format, Path out, @Nullable Path rejectFile)
            throws IOException {
        long records = 0;
        long rejected = 0;
        try (Sink<Object> sink = sink(reader.entity().recordType(), format, out);
                Writer rejects = rejectFile == null ? null : Files.newBufferedWriter(rejectFile, StandardCharsets.UTF_8)) {
            if (rejects != null) {
                rejects.write("record,line,issues,cells\n");
            }
            for (Iterator<? extends ReadResult<?>> it = reader.read(); it.hasNext();) {
                ReadResult<?> r = it.next();
                records++;
                if (r.isRejected()) {
                    rejected++;
                    if (rejects != null) {
                        String codes = r.issues().stream().map(i -> i.code().code()).distinct()
                                .collect(Collectors.joining("|"));
                        String raw = r.raw();
                        rejects.write(r.record() + "," + r.line() + "," + codes + "," + (raw == null ? ""
                                : reader instanceof JsonTableInput ? quote(raw) : raw) + "\n");
                    }
                } else if (r.value() instanceof List<?> values) {
                    for (Object v : values) {
                        sink.write(v); // a row of a public table that holds several records
                    }
                } else {
                    sink.write(r.value());
                }
            }
        }
        return new Result(reader.entity().id(), records, records - rejected, rejected, reader.fileIssues());
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    /** Where values go, whatever the format. */
    private interface Sink<T> extends Closeable {
        void write(T value) throws IOException;
    }

    // The sink is made for the entity's own record type, the type of every value the reader yields.
    @SuppressWarnings("unchecked")
    private static Sink<Object> sink(Class<?> type, String format, Path out) throws IOException {
        Class<Object> t = (Class<Object>) type;
        switch (format) {
            case "csv": {
                CsvTableWriter<Object> w = CsvTableWriter.builder(t).write(out);
                return new Sink<>() {
                    @Override
                    public void write(Object value) {
                        w.write(value);
                    }

                    @Override
                    public void close() throws IOException {
                        w.close();
                    }
                };
            }
            case "jsonl": {
                JsonLinesWriter<Object> w = JsonLinesWriter.open(t, out);
                return new Sink<>() {
                    @Override
                    public void write(Object value) {
                        w.write(value);
                    }

                    @Override
                    public void close() throws IOException {
                        w.close();
                    }
                };
            }
            default: {
                OutputStream os = Files.newOutputStream(out);
                SequenceWriter w = MigrationJson.mapper().writerFor(t).writeValuesAsArray(
                        new BufferedWriter(new java.io.OutputStreamWriter(os, StandardCharsets.UTF_8)));
                return new Sink<>() {
                    @Override
                    public void write(Object value) throws IOException {
                        w.write(value);
                    }

                    @Override
                    public void close() throws IOException {
                        w.close();
                    }
                };
            }
        }
    }

    /** Configures a {@link Converter}. Defaults: layout recognised from the name or header, UTF-8. */
    public static final class Builder {
        private @Nullable String layout;
        private Charset encoding = StandardCharsets.UTF_8;

        private Builder() {
        }

        /**
         * Sets the layout: {@code auto}, one of our tables ({@code entity:<entity>}) or a public dataset
         * ({@code mmp-api}, {@code unhcr-population-hdx}, ...; see {@link org.migrationkit.io.layout.Layouts#all()}).
         *
         * @param id the layout id, not null
         * @return this builder
         * @throws IllegalArgumentException if the layout is unknown
         */
        public Builder layout(String id) {
            layout = id.equals("auto") ? null : Layouts.byId(id).id();
            return this;
        }

        /**
         * Sets the encoding of CSV input without a byte order mark.
         *
         * @param charset the encoding, not null
         * @return this builder
         */
        public Builder encoding(Charset charset) {
            this.encoding = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /**
         * Builds the converter.
         *
         * @return the converter
         */
        public Converter build() {
            return new Converter(this);
        }
    }
}
