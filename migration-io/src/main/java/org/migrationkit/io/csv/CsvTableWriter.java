package org.migrationkit.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.Column;
import org.migrationkit.io.schema.TableSchema;

/**
 * Writes records as their entity's CSV table: the header of the {@link TableSchema}, an optional HXL hashtag row,
 * then one row per record, UTF-8, through a {@link CsvWriter} (formula neutralisation on by default).
 *
 * <p>Cells are the canonical text of the values: codes, ISO dates with their precision ({@code 2023-05}), decimals
 * as given ({@code 200.00}), coordinates in plain notation, {@code true}/{@code false}; unknown values are empty
 * cells. A list cell joins its values with {@code |} ({@link Column#LIST_DELIMITER}). A journey's legs are not in
 * {@code journeys.csv}: write them to {@code legs.csv}.
 *
 * <pre>{@code
 * try (CsvTableWriter<Incident> w = CsvTableWriter.builder(Incident.class).hxlRow(true).write(path)) {
 *     incidents.forEach(w::write);
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public final class CsvTableWriter<T> implements Closeable {
    private final Writer<T> rows;
    private final CsvWriter csv;
    private long count;

    private CsvTableWriter(Builder<T> b, java.io.Writer out) {
        this.rows = writerOf(Tables.of(b.type));
        this.csv = b.csv.build(out);
        TableSchema schema = rows.schema();
        csv.writeRow(schema.header());
        if (b.hxlRow) {
            csv.writeRow(schema.hxlRow());
        }
    }

    private static <T, B> Writer<T> writerOf(Table<T, B> table) {
        return new Writer<>(table);
    }

    /**
     * Returns a builder for a record type.
     *
     * @param type the record type, e.g. {@code Migrant.class}; not null
     * @param <T> the record type
     * @return a builder: no HXL row, delimiter {@code ,}, CRLF, formula neutralisation on
     * @throws IllegalArgumentException if the type has no table
     */
    public static <T> Builder<T> builder(Class<T> type) {
        Tables.of(type);
        return new Builder<>(type);
    }

    /**
     * Writes one record as one row.
     *
     * @param record the record, not null
     * @throws UncheckedIOException if writing fails
     * @throws IllegalArgumentException if a value cannot be written in the table: a list item holding {@code |},
     *     or a population figure whose breakdown uses other age bands than the table's columns
     */
    public void write(T record) {
        csv.writeRow(rows.cells(Objects.requireNonNull(record, "record")));
        count++;
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
     * Flushes and closes the output.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        csv.close();
    }

    /**
     * Returns the cells of a record, before neutralisation: what a row holds.
     *
     * @param type the record type, not null
     * @param record the record, not null
     * @param <T> the record type
     * @return one cell per column, null for an unknown value
     */
    public static <T> List<@Nullable String> cells(Class<T> type, T record) {
        return writerOf(Tables.of(type)).cells(record);
    }

    private static final class Writer<T> {
        private final Table<T, ?> table;
        private final List<? extends Field<T, ?>> fields;

        <B> Writer(Table<T, B> table) {
            this.table = table;
            this.fields = table.fields();
        }

        TableSchema schema() {
            return table.schema();
        }

        List<@Nullable String> cells(T record) {
            if (record instanceof PopulationFigure) {
                Tables.requireFlat((PopulationFigure) record);
            }
            Object[] values = new Object[fields.size()];
            table.values(record, values);
            List<@Nullable String> cells = new ArrayList<>(fields.size());
            for (int i = 0; i < values.length; i++) {
                cells.add(text(fields.get(i), values[i]));
            }
            return cells;
        }

        /** The cell of a value as {@link Table#values} gives it: a text column's through its canonical text. */
        private static @Nullable String text(Field<?, ?> f, @Nullable Object v) {
            if (v == null) {
                return null;
            }
            if (f.kind() == Field.Kind.TEXT) {
                if (!f.column().isList()) {
                    return f.text(v);
                }
                Collection<?> items = (Collection<?>) v;
                if (items.isEmpty()) {
                    return null;
                }
                StringBuilder b = new StringBuilder();
                for (Object item : items) {
                    String s = f.text(item);
                    if (s.contains(Column.LIST_DELIMITER)) {
                        throw new IllegalArgumentException("A value of list column " + f.name() + " contains \""
                                + Column.LIST_DELIMITER + "\", which separates the values of a CSV list cell: write "
                                + "this record as JSON, or remove the character.");
                    }
                    if (b.length() > 0) {
                        b.append(Column.LIST_DELIMITER);
                    }
                    b.append(s);
                }
                return b.toString();
            }
            if (v instanceof Double) {
                // Plain notation, the shortest text that reads back to the same double.
                return BigDecimal.valueOf((Double) v).toPlainString();
            }
            // BigDecimal.toString keeps the scale (200.00), so the cell reads back to an equal value.
            return v.toString();
        }
    }

    /**
     * Configures a {@link CsvTableWriter}. Defaults: no HXL row, delimiter {@code ,}, CRLF, formula neutralisation
     * on.
     *
     * @param <T> the record type
     */
    public static final class Builder<T> {
        private final Class<T> type;
        private final CsvWriter.Builder csv = CsvWriter.builder();
        private boolean hxlRow;

        private Builder(Class<T> type) {
            this.type = type;
        }

        /**
         * Sets whether the HXL hashtag row follows the header.
         *
         * @param write true to write it
         * @return this builder
         */
        public Builder<T> hxlRow(boolean write) {
            this.hxlRow = write;
            return this;
        }

        /**
         * Sets the delimiter.
         *
         * @param delimiter {@code ,}, {@code ;} or tab
         * @return this builder
         * @throws IllegalArgumentException for any other character
         */
        public Builder<T> delimiter(char delimiter) {
            csv.delimiter(delimiter);
            return this;
        }

        /**
         * Sets whether cells are neutralised against formula injection (see {@link CsvWriter}).
         *
         * @param neutralise true (the default) to neutralise
         * @return this builder
         */
        public Builder<T> neutraliseFormulas(boolean neutralise) {
            csv.neutraliseFormulas(neutralise);
            return this;
        }

        /**
         * Sets whether rows end with CRLF (the default) or LF.
         *
         * @param crlf true for CRLF
         * @return this builder
         */
        public Builder<T> crlf(boolean crlf) {
            csv.crlf(crlf);
            return this;
        }

        /**
         * Opens the writer on a character stream and writes the header (and HXL row).
         *
         * @param out the stream, not null; closed with the writer
         * @return the writer
         */
        public CsvTableWriter<T> write(java.io.Writer out) {
            return new CsvTableWriter<>(this, Objects.requireNonNull(out, "out"));
        }

        /**
         * Opens the writer on a byte stream, in UTF-8.
         *
         * @param out the stream, not null; closed with the writer
         * @return the writer
         */
        public CsvTableWriter<T> write(OutputStream out) {
            return write(new java.io.BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        }

        /**
         * Opens the writer on a file, replacing it, in UTF-8.
         *
         * @param path the file, not null
         * @return the writer
         * @throws UncheckedIOException naming the path if it cannot be opened
         */
        public CsvTableWriter<T> write(Path path) {
            try {
                return write(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + path + ": " + e.getMessage(), e);
            }
        }

        /**
         * Describes the settings.
         *
         * @return e.g. {@code CsvTableWriter.Builder[type=Migrant, hxlRow=false, CsvWriter.Builder[...]]}
         */
        @Override
        public String toString() {
            return "CsvTableWriter.Builder[type=" + type.getSimpleName() + ", hxlRow=" + hxlRow + ", " + csv + "]";
        }
    }
}
