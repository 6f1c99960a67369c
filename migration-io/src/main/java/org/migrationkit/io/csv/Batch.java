package org.migrationkit.io.csv;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Records scanned from one buffer: field offsets into {@link #data}, the line breaks seen before each record
 * (relative to the start of the run that produced the batch) and the problems found, not yet numbered. A batch is
 * never written to once handed over, so records viewing it stay valid as long as they are referenced.
 */
final class Batch {
    final byte[] data;
    int records;
    /** Fields of record i are {@code [recFirstField[i], recFirstField[i + 1])}. */
    int[] recFirstField;
    /** The number of fields record i really had (may exceed the cells kept, see the column limit). */
    int[] recFieldCount;
    /** Line breaks before record i, counted from the start of the run. */
    long[] recLines;
    int fields;
    int[] fieldOff;
    int[] fieldLen;
    @Nullable List<IssueDraft> issues;
    /** Absolute position where scanning stopped, always at the start of a record or a blank line. */
    long endPos;
    /** Line breaks counted up to {@link #endPos}. */
    long endLines;
    /** The 1-based line of the run's start: a record's line is {@code lineBase + recLines[i]}. */
    long lineBase = 1;
    /** True when the run ended: end of input or the stop position reached. */
    boolean finished;
    /**
     * Whether {@link #data} is this batch's alone, so that it can be recycled with it: false while the scanner
     * may still scan further records in it for a next batch.
     */
    boolean ownsData;
    /** What a {@link BatchTyper} made of each record (null where it did not type it), or null when not typed. */
    @Nullable Object @Nullable [] typed;

    Batch(byte[] data) {
        this(data, data.length);
    }

    /** A batch for records in {@code bytes} bytes of {@code data}. */
    Batch(byte[] data, int bytes) {
        // Sized for typical rows (about 8 bytes a field, 128 a record) so that a full buffer rarely regrows them.
        this(data, Math.max(16, bytes >> 7), Math.max(64, bytes >> 3));
    }

    /** A batch with room for {@code records} records and {@code fields} fields before its arrays grow. */
    Batch(byte[] data, int records, int fields) {
        this(data, records, fields, null);
    }

    /** The same, with arrays from a recycler when one is given. */
    Batch(byte[] data, int records, int fields, @Nullable Recycler recycler) {
        this.data = data;
        if (recycler == null) {
            recFirstField = new int[records + 1];
            recFieldCount = new int[records];
            recLines = new long[records];
            fieldOff = new int[fields];
            fieldLen = new int[fields];
        } else {
            // Capacities in steps, so that the arrays of one batch fit the next; recycled arrays hold old values:
            // every slot is written before it is read, but the first record's first field.
            int r = (records + 255) & ~255;
            int f = (fields + 4095) & ~4095;
            recFirstField = recycler.ints(r + 1);
            recFirstField[0] = 0;
            recFieldCount = recycler.ints(r);
            recLines = recycler.longs(r);
            fieldOff = recycler.ints(f);
            fieldLen = recycler.ints(f);
        }
    }

    /** Makes room for {@code n} more fields, to be added by {@link #addReserved}. */
    void reserve(int n) {
        if (fields + n > fieldOff.length) {
            int capacity = Math.max(fields * 2, fields + n);
            fieldOff = Arrays.copyOf(fieldOff, capacity);
            fieldLen = Arrays.copyOf(fieldLen, capacity);
        }
    }

    /** Adds a field where {@link #reserve} made room. */
    void addReserved(int off, int len) {
        fieldOff[fields] = off;
        fieldLen[fields] = len;
        fields++;
    }

    void addField(int off, int len) {
        if (fields == fieldOff.length) {
            fieldOff = Arrays.copyOf(fieldOff, fields * 2);
            fieldLen = Arrays.copyOf(fieldLen, fields * 2);
        }
        fieldOff[fields] = off;
        fieldLen[fields] = len;
        fields++;
    }

    /** Closes a record whose kept cells are {@code [recFirstField[records], fields)}. */
    void endRecord(int fieldCount, long lines) {
        if (records == recLines.length) {
            int capacity = records * 2;
            recFirstField = Arrays.copyOf(recFirstField, capacity + 1);
            recFieldCount = Arrays.copyOf(recFieldCount, capacity);
            recLines = Arrays.copyOf(recLines, capacity);
        }
        recFieldCount[records] = fieldCount;
        recLines[records] = lines;
        records++;
        recFirstField[records] = fields;
    }

    void addIssue(IssueDraft d) {
        if (issues == null) {
            issues = new ArrayList<>(4);
        }
        issues.add(d);
    }

    /** Drops the cells of a record that turned out incomplete. */
    void rollback(int firstField) {
        fields = firstField;
    }
}
