package org.migrationkit.io.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.Severity;

/**
 * One data record of a CSV input: its number, the line it starts on, and its fields as bytes or, on demand, as
 * strings; or, for a rejected record, its raw cells as far as they could be read and its issues.
 *
 * <p>Fields are slices of a shared buffer — {@link #buffer()}, {@link #offset(int)}, {@link #length(int)} — with
 * doubled quotes already removed, so that typing kernels can parse numbers, dates and codes without decoding.
 * The buffer is never written to once the record is delivered: a record stays valid as long as it is referenced
 * (keep only what is needed — the buffer is shared with the other records of its batch).
 *
 * <p>A record is rejected when at least one of its issues is an error (DESIGN §4); a rejected record's cells may be
 * cut: a cell past the field limit, or every cell of a record past the record limit, keeps its first 256 bytes, and
 * cells past the column limit are not kept ({@link #fieldCount()} counts the kept cells).
 */
public final class CsvRecord {
    private final Batch batch;
    private final int index;
    private final long number;
    private final long line;
    private final List<Issue> issues;
    private final Charset charset;

    CsvRecord(Batch batch, int index, long number, long line, List<Issue> issues, Charset charset) {
        this.batch = batch;
        this.index = index;
        this.number = number;
        this.line = line;
        this.issues = issues;
        this.charset = charset;
    }

    /**
     * Returns the 1-based record number: the header and the HXL row are not records, blank lines are skipped.
     *
     * @return the record number
     */
    public long number() {
        return number;
    }

    /**
     * Returns the 1-based physical line the record starts on (a quoted value with line breaks spans several).
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * Returns the number of cells kept: the number of fields of the record, except past the column limit.
     *
     * @return the cell count
     */
    public int fieldCount() {
        return batch.recFirstField[index + 1] - batch.recFirstField[index];
    }

    /**
     * Returns the buffer holding the record's fields; read it, never write to it.
     *
     * @return the shared buffer
     */
    public byte[] buffer() {
        return batch.data;
    }

    /**
     * Returns where a field starts in {@link #buffer()}.
     *
     * @param field 0-based field index
     * @return the offset
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public int offset(int field) {
        return batch.fieldOff[slot(field)];
    }

    /**
     * Returns the length in bytes of a field (quotes removed).
     *
     * @param field 0-based field index
     * @return the length, 0 for an empty field
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public int length(int field) {
        return batch.fieldLen[slot(field)];
    }

    private int slot(int field) {
        return batch.recFirstField[index] + Objects.checkIndex(field, fieldCount());
    }

    /**
     * Returns a field decoded to a string (from UTF-8, or the single-byte encoding chosen).
     *
     * @param field 0-based field index
     * @return the value, empty for an empty field
     * @throws IndexOutOfBoundsException if there is no such field
     */
    public String field(int field) {
        int s = slot(field);
        return new String(batch.data, batch.fieldOff[s], batch.fieldLen[s], charset);
    }

    /**
     * Returns every kept field decoded.
     *
     * @return the values in column order
     */
    public List<String> fields() {
        int n = fieldCount();
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(field(i));
        }
        return out;
    }

    /**
     * Returns the problems found while reading the record, in a fixed order.
     *
     * @return the issues, empty for a clean record
     */
    public List<Issue> issues() {
        return issues;
    }

    /**
     * Tells whether the record is rejected: at least one issue is an error.
     *
     * @return true when rejected
     */
    public boolean isRejected() {
        for (Issue i : issues) {
            if (i.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }

    /** Returns e.g. {@code record 3 (line 4): [a, b, c]}, with the issue codes when there are any. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("record ").append(number).append(" (line ").append(line).append("): ")
                .append(fields());
        for (Issue i : issues) {
            b.append(' ').append(i.code());
        }
        return b.toString();
    }
}
