package org.migrationkit.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.EnumSet;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.sql.catalyst.CatalystTypeConverters;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.types.UTF8String;
import org.jspecify.annotations.Nullable;
import scala.Function1;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.internal.RowTyping;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.Entity;

/**
 * The per-record pass, run in {@code mapPartitionsWithIndex}: types each row with the io typing kernels (the cells
 * as UTF-8 bytes, exactly what the CSV reader feeds them), checks the record with {@link RecordRules}, and emits the
 * issues, the facts the dataset rules need and the size of each run of rows of one file ({@link Out#PASS}).
 */
final class RowChecker implements Function2<Integer, Iterator<InternalRow>, Iterator<InternalRow>>, Serializable {
    private static final long serialVersionUID = 4L;

    private final int input;
    private final Entity entity;
    private final int[] match;
    private final int cells;
    private final int fileIndex;
    private final DataType[] types;
    private final LocalDate today;
    private final Set<IssueCode> notErrors;

    RowChecker(int input, Entity entity, int[] match, DataType[] types, int fileIndex, LocalDate today,
            Set<IssueCode> notErrors) {
        this.input = input;
        this.notErrors = notErrors.isEmpty() ? Set.of() : EnumSet.copyOf(notErrors);
        this.entity = entity;
        this.match = match.clone();
        this.cells = types.length;
        this.types = types.clone();
        this.fileIndex = fileIndex;
        this.today = today;
    }

    @Override
    public Iterator<InternalRow> call(Integer partition, Iterator<InternalRow> rows) {
        return new Checker(partition, rows);
    }

    /**
     * Checks the rows of one partition, one worker (typing state) per partition. The rows of one file are
     * contiguous in a partition (a run); each row is located by its run and its offset in the run, and each run
     * ends with a run row that counts its rows.
     */
    private final class Checker implements Iterator<InternalRow> {
        private final Iterator<InternalRow> rows;
        private final PassRows out;
        private final RowTyping<?>.Worker worker;
        private final @Nullable Function1<Object, Object>[] converters;
        private final int[] off;
        private final int[] len;
        private byte[] data = new byte[1024];
        private @Nullable UTF8String fileText;
        private boolean first = true;
        private boolean ended;

        Checker(int partition, Iterator<InternalRow> rows) {
            this.rows = rows;
            Table<?, ?> table = Tables.of(entity);
            this.out = new PassRows(input, partition, table, match, today);
            this.worker = RowTyping.of(table, match, StandardCharsets.UTF_8, false, IssueCode.CSV_INVALID_RECORD,
                    code -> code.severity() == Severity.ERROR).worker();
            this.off = new int[cells];
            this.len = new int[cells];
            this.converters = converters(types, fileIndex);
        }

        @Override
        public boolean hasNext() {
            while (out.pending.isEmpty() && rows.hasNext()) {
                check(rows.next());
            }
            if (out.pending.isEmpty() && !ended) {
                ended = true;
                out.endRun();
            }
            return !out.pending.isEmpty();
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return out.pending.poll();
        }

        private void check(InternalRow row) {
            UTF8String f = fileIndex < 0 || row.isNullAt(fileIndex) ? null : row.getUTF8String(fileIndex);
            if (first || !Objects.equals(f, fileText)) {
                first = false;
                fileText = f == null ? null : f.copy();
                // input_file_name() is "" where the source has no file
                out.startRun(f == null || f.numBytes() == 0 ? null : f.toString(), match);
            }
            long at = out.next();
            byte[] b = bytes(row);
            Object typed = worker.type(b, off, len, 0, cells);
            Object value;
            List<Issue> issues;
            if (typed instanceof RowTyping.Outcome o) {
                value = o.value();
                issues = o.issues();
                if (value == null && !notErrors.isEmpty() && blankNotErrors(issues)) {
                    // As the local pipeline: a cell whose code does not reject in this run (ignored, or made a
                    // warning) is left blank, and the record is typed without it.
                    Object again = worker.type(b, off, len, 0, cells);
                    value = again instanceof RowTyping.Outcome a ? a.value() : again;
                }
            } else {
                value = typed;
                issues = List.of();
            }
            for (Issue i : issues) {
                out.issue(at, i);
            }
            if (value != null) {
                out.checked(at, value);
            }
        }

        /** Blanks the cells of the issues that do not reject in this run; false if another issue rejects. */
        private boolean blankNotErrors(List<Issue> issues) {
            for (Issue i : issues) {
                Integer column = i.location().column();
                if (i.severity() == Severity.ERROR && (!notErrors.contains(i.code()) || column == null)) {
                    return false;
                }
            }
            for (Issue i : issues) {
                Integer column = i.location().column();
                if (column != null && notErrors.contains(i.code())) {
                    len[column - 1] = 0;
                }
            }
            return true;
        }

        /** The row's cells as UTF-8 bytes, at the offsets the typing kernels read. */
        private byte[] bytes(InternalRow row) {
            int p = 0;
            for (int i = 0; i < cells; i++) {
                off[i] = p;
                if (i == fileIndex || row.isNullAt(i)) {
                    len[i] = 0;
                    continue;
                }
                Function1<Object, Object> convert = converters[i];
                if (convert == null) {
                    // A text column: Spark's own UTF-8 bytes, copied once.
                    UTF8String u = row.getUTF8String(i);
                    int n = u.numBytes();
                    ensure(p + n);
                    u.writeToMemory(data, Platform.BYTE_ARRAY_OFFSET + p);
                    len[i] = n;
                    p += n;
                } else {
                    Object cell = convert.apply(row.get(i, types[i]));
                    byte[] b = cell == null ? new byte[0] : text(cell).getBytes(StandardCharsets.UTF_8);
                    ensure(p + b.length);
                    System.arraycopy(b, 0, data, p, b.length);
                    len[i] = b.length;
                    p += b.length;
                }
            }
            return data;
        }

        private void ensure(int size) {
            if (size > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size));
            }
        }
    }

    /** Per column: null for text (read as bytes), else the converter to the external value whose text is read. */
    @SuppressWarnings("unchecked")
    private static @Nullable Function1<Object, Object>[] converters(DataType[] types, int fileIndex) {
        Function1<Object, Object>[] out = (Function1<Object, Object>[]) new Function1<?, ?>[types.length];
        for (int i = 0; i < types.length; i++) {
            if (i != fileIndex && !(types[i] instanceof StringType)) {
                out[i] = CatalystTypeConverters.createToScalaConverter(types[i]);
            }
        }
        return out;
    }

    /** A cell of any Spark type as the text a CSV file would hold. */
    static String text(Object cell) {
        if (cell instanceof String s) {
            return s;
        }
        if (cell instanceof Double d) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (cell instanceof Float fl) {
            return new BigDecimal(fl.toString()).stripTrailingZeros().toPlainString();
        }
        if (cell instanceof BigDecimal bd) {
            return bd.toPlainString();
        }
        if (cell instanceof java.sql.Date d) {
            return d.toLocalDate().toString();
        }
        if (cell instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toLocalDate().toString();
        }
        if (cell instanceof java.time.Instant t) {
            return t.atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
        }
        if (cell instanceof List<?> l) {
            StringBuilder b = new StringBuilder();
            for (Object o : l) {
                b.append(b.length() == 0 ? "" : "|").append(o == null ? "" : text(o));
            }
            return b.toString();
        }
        if (cell instanceof scala.collection.Seq<?> s) {
            StringBuilder b = new StringBuilder();
            scala.collection.Iterator<?> it = s.iterator();
            while (it.hasNext()) {
                Object o = it.next();
                b.append(b.length() == 0 ? "" : "|").append(o == null ? "" : text(o));
            }
            return b.toString();
        }
        return cell.toString();
    }
}
