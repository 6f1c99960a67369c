package org.migrationkit.io.csv;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.RowTyping;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.TableSchema;

/**
 * Reads an entity's CSV table into records: one {@link ReadResult} per data record, in input order, a value or a
 * rejection with located issues. Built on {@link CsvReader} (bytes, quotes, encodings, limits, parallel ranges) and
 * the entity's {@link TableSchema}.
 *
 * <pre>{@code
 * CsvTableReader<Leg> reader = CsvTableReader.builder(Leg.class).build();
 * CsvSummary summary = reader.read(path, result -> {
 *     if (result.isRejected()) { ... result.issues() ... } else { ... result.value() ... }
 * });
 * }</pre>
 *
 * <p><b>Header.</b> Columns are matched by name or alias ignoring case, spaces, underscores, hyphens and diacritics
 * ({@link CsvHeader#match}); their order does not matter. A header column that is not in the schema is left unread
 * and reported once, {@code header.unknown-column} (info). A required column the header lacks is reported once,
 * {@code header.missing-column} (error), and then every record is still read and counted, and rejected: each
 * rejection carries that same file-level issue (location without a record), so a report counting issues counts it
 * once by its location.
 *
 * <p><b>Cells.</b> Typed on their bytes (see {@code io.internal.RowTyping}): blank cells are not reported (null);
 * a list cell splits on {@code |}; whole numbers, numbers and booleans that do not read are {@code csv.wrong-type};
 * a blank cell of a required column is {@code csv.missing-value}; a code, country or date that is not accepted gets
 * its vocabulary's code ({@code country.unknown} with a suggestion, {@code date.unparseable}, ...); cells that make
 * no record together are {@code csv.invalid-record}, and a value the model refuses keeps the model's code
 * ({@code count.negative}, {@code geo.latitude-out-of-range}, ...) located at the first column out of its range.
 * Issues are located by file, record, line, column and field and carry the cell's text as value, except in
 * sensitive columns (ids, free text), whose values appear nowhere in issues. Record rules
 * ({@code RecordRules}: totals, dates in the future, ...) are not run here: the dataset validation runs them on the
 * values, once, whatever the input format.
 *
 * <p><b>Files we wrote.</b> {@link Builder#writtenByMigrationkit(boolean)} undoes the formula neutralisation of
 * {@link CsvWriter} ({@link CsvWriter#restore(String)}, on the bytes), so that a table written by
 * {@link CsvTableWriter} reads back to equal records. It is off by default — a leading {@code '} in someone else's
 * file is data — and is not guessed from the content: whoever knows the file's origin (a data package descriptor
 * naming migrationkit as the writer) turns it on.
 *
 * <p><b>Threads.</b> A seekable file is read over byte ranges by {@link Builder#parallelism(int)} threads, which
 * both scan and type their ranges; the consumer merges the results in input order, so a parallel read yields exactly
 * the results of a serial one. Memory stays bounded whatever the file size: a few ranges (256 KiB each) in flight.
 *
 * @param <T> the record type
 */
public final class CsvTableReader<T> {
    private final Class<T> type;
    private final Table<T, ?> table;
    private final CsvReader csv;
    private final boolean restore;
    private final Predicate<IssueCode> rejects;

    private CsvTableReader(Builder<T> b) {
        this.rejects = b.rejects;
        this.type = b.type;
        this.table = Tables.of(b.type);
        this.csv = b.csv.build();
        this.restore = b.restore;
    }

    /**
     * Returns a builder for a record type of the model.
     *
     * @param type the record type, e.g. {@code Leg.class}; not null
     * @param <T> the record type
     * @return a builder with {@link CsvReader}'s defaults and {@code writtenByMigrationkit(false)}
     * @throws IllegalArgumentException if the type has no table
     */
    public static <T> Builder<T> builder(Class<T> type) {
        Tables.of(Objects.requireNonNull(type, "type"));
        return new Builder<>(type);
    }

    /**
     * Opens a file, named by its path in issues.
     *
     * @param file the file, not null
     * @return the open input; close it
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvTableRecords<T> open(Path file) {
        return open(file, file.toString());
    }

    /**
     * Opens a file, naming it {@code name} in issues.
     *
     * @param file the file, not null
     * @param name the name for issue locations, not null
     * @return the open input; close it
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvTableRecords<T> open(Path file, String name) {
        Session s = new Session(name);
        return new CsvTableRecords<>(type, csv.open(file, name, s), s.missing, s.plan);
    }

    /**
     * Opens a stream (stdin, a zip entry, ...), read once; with parallelism above 1 a parser thread scans while the
     * calling thread types.
     *
     * @param in the stream, not null; closed with the returned input
     * @param name the name for issue locations, not null
     * @return the open input; close it
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CsvTableRecords<T> open(InputStream in, String name) {
        Session s = new Session(name);
        return new CsvTableRecords<>(type, csv.open(in, name, s), s.missing, s.plan);
    }

    /**
     * Reads a file, giving each result to {@code action} in input order on the calling thread.
     *
     * @param file the file, not null
     * @param action receives every result, not null
     * @return the header, file-level issues and counts ({@code accepted} counts the values)
     * @throws UncheckedIOException if the file cannot be read
     */
    public CsvSummary read(Path file, Consumer<? super ReadResult<T>> action) {
        return read(file, file.toString(), action);
    }

    /**
     * Reads a file named {@code name} in issues, giving each result to {@code action} in input order.
     *
     * @param file the file, not null
     * @param name the name for issue locations, not null
     * @param action receives every result, not null
     * @return the header, file-level issues and counts
     * @throws UncheckedIOException if the file cannot be read
     */
    public CsvSummary read(Path file, String name, Consumer<? super ReadResult<T>> action) {
        try (CsvTableRecords<T> records = open(file, name)) {
            records.forEach(action);
            return records.summary();
        }
    }

    /**
     * Reads a stream, giving each result to {@code action} in input order.
     *
     * @param in the stream, not null; closed at the end
     * @param name the name for issue locations, not null
     * @param action receives every result, not null
     * @return the header, file-level issues and counts
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CsvSummary read(InputStream in, String name, Consumer<? super ReadResult<T>> action) {
        try (CsvTableRecords<T> records = open(in, name)) {
            records.forEach(action);
            return records.summary();
        }
    }

    /** Returns the settings, e.g. {@code CsvTableReader[type=Leg, writtenByMigrationkit=false, CsvReader[...]]}. */
    @Override
    public String toString() {
        return "CsvTableReader[type=" + type.getSimpleName() + ", writtenByMigrationkit=" + restore + ", " + csv
                + "]";
    }

    /** The header matching of one read: the plan of the typers, or the missing columns. */
    private final class Session implements CsvReader.Typing {
        private final String name;
        final List<Issue> missing = new ArrayList<>();
        @Nullable RowTyping<T> plan;

        Session(String name) {
            this.name = Objects.requireNonNull(name, "name");
        }

        @Override
        public @Nullable Supplier<BatchTyper> start(CsvHeader header, Settings settings, List<Issue> fileIssues) {
            List<? extends Field<T, ?>> fields = table.fields();
            int[] match = header.match(table.acceptedNames());
            List<String> names = header.names();
            String tableName = table.entity().tableName();
            for (int i : header.unmatched(match)) {
                String n = names.get(i);
                if (n.isBlank() || header.indexOf(n).orElse(i) != i) {
                    continue; // header.blank or header.duplicate already says what is wrong with it
                }
                fileIssues.add(Issue.of(IssueCode.HEADER_UNKNOWN_COLUMN, "Column " + (i + 1) + " (" + n + ") is "
                        + "not a column of " + tableName + " and is not read; the columns are "
                        + table.schema().header() + ".", new IssueLocation(name, null, header.line(), i + 1, n)));
            }
            for (int k = 0; k < match.length; k++) {
                Field<T, ?> f = fields.get(k);
                if (match[k] < 0 && f.column().isRequired()) {
                    Issue issue = Issue.of(IssueCode.HEADER_MISSING_COLUMN, "The header has no column "
                            + f.name() + (f.column().aliases().isEmpty() ? "" : " (or " + String.join(", ",
                                    f.column().aliases()) + ")") + ", which " + tableName + " requires ("
                            + f.column().description() + "): every record is rejected. Add the column, or rename "
                            + "the one holding it (names compare ignoring case, spaces and underscores).",
                            new IssueLocation(name, null, header.line(), null, f.name()));
                    fileIssues.add(issue);
                    missing.add(issue);
                }
            }
            if (!missing.isEmpty()) {
                return null;
            }
            RowTyping<T> p = RowTyping.of(table, match, settings.charset, restore, IssueCode.CSV_INVALID_RECORD,
                    rejects);
            plan = p;
            return () -> new TableBatchTyper(p.worker());
        }
    }

    /**
     * Options of a {@link CsvTableReader}: those of {@link CsvReader.Builder} and whether the file was written by
     * this library. Defaults: delimiter and HXL row detected, UTF-8, {@link CsvReader}'s limits, one thread per
     * core, {@code writtenByMigrationkit(false)}.
     *
     * @param <T> the record type
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private final CsvReader.Builder csv = CsvReader.builder();
        private boolean restore;
        private Predicate<IssueCode> rejects = code -> code.severity() == Severity.ERROR;

        private Builder(Class<T> type) {
            this.type = type;
            // Typed ranges hold records until the consumer takes them: ranges of 256 KiB keep what is in flight small
            // enough to die young (4 MiB ranges of typed records got promoted and tripled the GC time at -Xmx256m).
            csv.chunkSize(Long.getLong("migrationkit.csv.typedChunk", 256L << 10));
            // Buffers of the typed ranges' size: a range is one batch (smaller buffers split it and copy the carried-over
            // record), and a serial read allocates a quarter of the 1 MiB default per buffer: its process CPU time
            // beyond the reading thread's (GC, compilation) fell from about 0.15 s to 0.06 s per 1M incidents.
            csv.bufferSize(Integer.getInteger("migrationkit.csv.typedBuffer", 256 << 10));
        }

        /**
         * Sets whether the file was written by migrationkit ({@link CsvTableWriter}), so that the formula
         * neutralisation is undone: one leading {@code '} before {@code = + - @}, tab, CR, LF or {@code '} is
         * removed from each cell. Default false.
         *
         * @param ours true for files this library wrote
         * @return this builder
         */
        public Builder<T> writtenByMigrationkit(boolean ours) {
            this.restore = ours;
            return this;
        }

        /**
         * Sets which codes of a cell reject its record, for a run that ignores codes or changes their severity
         * ({@code --ignore}, {@code --severity}). A cell whose issue does not reject is left blank (unknown) and the
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

        /**
         * Sets a counter the reader adds the bytes it reads to; see {@link CsvReader.Builder#bytesRead}.
         *
         * @param counter the counter, or null for none (the default)
         * @return this builder
         */
        public Builder<T> bytesRead(@Nullable LongAdder counter) {
            csv.bytesRead(counter);
            return this;
        }

        /**
         * Sets the delimiter instead of detecting it; see {@link CsvReader.Builder#delimiter(char)}.
         *
         * @param delimiter an ASCII character other than a quote, CR, LF or NUL
         * @return this builder
         * @throws IllegalArgumentException if the delimiter is not allowed
         */
        public Builder<T> delimiter(char delimiter) {
            csv.delimiter(delimiter);
            return this;
        }

        /**
         * Sets whether an HXL hashtag row under the header is detected; see {@link CsvReader.Builder#hxlRow}.
         *
         * @param detect false to read the first line after the header always as a record
         * @return this builder
         */
        public Builder<T> hxlRow(boolean detect) {
            csv.hxlRow(detect);
            return this;
        }

        /**
         * Sets the encoding of inputs without a byte order mark; see {@link CsvReader.Builder#encoding}.
         *
         * @param encoding UTF-8 (default), windows-1252, ISO-8859-1, UTF-16, UTF-16LE or UTF-16BE; not null
         * @return this builder
         * @throws IllegalArgumentException for another encoding
         */
        public Builder<T> encoding(Charset encoding) {
            csv.encoding(encoding);
            return this;
        }

        /**
         * Sets the number of threads reading and typing a seekable file.
         *
         * @param threads at least 1; default the available processors
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder<T> parallelism(int threads) {
            csv.parallelism(threads);
            return this;
        }

        /**
         * Sets the most characters a field may have; see {@link CsvReader.Builder#maxFieldChars}.
         *
         * @param max at least 1; default 1,048,576
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder<T> maxFieldChars(int max) {
            csv.maxFieldChars(max);
            return this;
        }

        // Test hooks: small ranges and buffers make every path run on small files.
        Builder<T> chunkSize(long bytes) {
            csv.chunkSize(bytes);
            return this;
        }

        Builder<T> bufferSize(int bytes) {
            csv.bufferSize(bytes);
            return this;
        }

        /**
         * Returns the reader.
         *
         * @return a reader with these options; it can read any number of inputs, also concurrently
         */
        public CsvTableReader<T> build() {
            return new CsvTableReader<>(this);
        }

        /** Returns the options as {@link CsvTableReader#toString()} shows them. */
        @Override
        public String toString() {
            return build().toString();
        }
    }
}
