package org.migrationkit.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.RowTyping;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.Column;
import org.migrationkit.io.schema.Entity;

/**
 * The per-record pass, run in {@code mapPartitionsWithIndex}: types each row with the io typing kernels (the cells
 * as UTF-8 bytes, exactly what the CSV reader feeds them), checks the record with {@link RecordRules}, and emits the
 * issues, the facts the dataset rules need and the size of each run of rows of one file ({@link Out#PASS}).
 */
final class RowChecker implements Function2<Integer, Iterator<InternalRow>, Iterator<InternalRow>>, Serializable {
    private static final long serialVersionUID = 3L;

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
        private final int part;
        private final Table<?, ?> table = Tables.of(entity);
        private final RowTyping<?>.Worker worker;
        private final ArrayDeque<InternalRow> pending = new ArrayDeque<>();
        private final @Nullable Function1<Object, Object>[] converters;
        private final int[] off;
        private final int[] len;
        private byte[] data = new byte[1024];
        private final List<Field<Object, ?>> key = new ArrayList<>();
        private int run = -1;
        private long offset;
        private long keys;
        private @Nullable String file;
        private @Nullable UTF8String fileText;
        private boolean ended;

        Checker(int partition, Iterator<InternalRow> rows) {
            this.rows = rows;
            this.part = partition;
            this.worker = RowTyping.of(table, match, StandardCharsets.UTF_8, false, IssueCode.CSV_INVALID_RECORD,
                    code -> code.severity() == org.migrationkit.core.validation.Severity.ERROR).worker();
            this.off = new int[cells];
            this.len = new int[cells];
            for (String c : table.schema().primaryKey()) {
                key.add(field(table, c));
            }
            this.converters = converters(types, fileIndex);
        }

        @Override
        public boolean hasNext() {
            while (pending.isEmpty() && rows.hasNext()) {
                check(rows.next());
            }
            if (pending.isEmpty() && !ended) {
                ended = true;
                endRun();
            }
            return !pending.isEmpty();
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return pending.poll();
        }

        private void endRun() {
            if (run >= 0) {
                Object[] v = values(Out.RUN, 0, (int) offset);
                v[Out.KEY_TEXT] = file;
                v[Out.COUNT] = offset;
                v[Out.KEYS] = keys;
                pending.add(Internal.row(v));
            }
        }

        private void check(InternalRow row) {
            UTF8String f = fileIndex < 0 || row.isNullAt(fileIndex) ? null : row.getUTF8String(fileIndex);
            if (run < 0 || !Objects.equals(f, fileText)) {
                endRun();
                run++;
                offset = 0;
                keys = 0;
                fileText = f == null ? null : f.copy();
                // input_file_name() is "" where the source has no file
                file = f == null || f.numBytes() == 0 ? null : f.toString();
            }
            long at = offset++;
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
                emitIssue(at, i);
            }
            if (value == null) {
                return;
            }
            if (value instanceof Checkable c) {
                for (Issue i : RecordRules.check(c, today, IssueLocation.nowhere())) {
                    // Rules name the record's component (birthYear); the report names the column (birth_year).
                    String component = i.location().field();
                    String held = component == null ? null : table.columnOf(component);
                    String field = held != null ? held : component;
                    Column column = field == null ? null : table.schema().findColumn(field).orElse(null);
                    Issue located = column != null && column.isSensitive() ? i.withValue(null) : i;
                    Integer col = column == null ? null : columnOf(field);
                    emitIssue(at, located.withLocation(new IssueLocation(null, null, null, col, field)));
                }
            }
            facts(at, value);
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

        private @Nullable Integer columnOf(String field) {
            Field<?, ?> fl = table.findField(field);
            if (fl == null || match[fl.index()] < 0) {
                return null;
            }
            return match[fl.index()] + 1;
        }

        private void facts(long at, Object value) {
            if (!key.isEmpty()) {
                // As the local rules: one column is the id itself (what references hold); several are joined by a
                // unit separator, which ids cannot hold.
                String id;
                if (key.size() == 1) {
                    id = String.valueOf(key.get(0).wire(value));
                } else {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < key.size(); i++) {
                        b.append(i == 0 ? "" : "\u001F").append(key.get(i).wire(value));
                    }
                    id = b.toString();
                }
                Object[] v = values(Out.KEY, at, id.hashCode());
                v[Out.KEY_TEXT] = id;
                pending.add(Internal.row(v));
                keys++;
            }
            if (value instanceof Journey j) {
                pending.add(ref(at, Out.JOURNEY_MIGRANT, j.migrant().toString(), j.id().toString(), null));
                for (Leg leg : j.legs()) {
                    start(at, j.id().toString(), leg);
                }
            } else if (value instanceof Leg leg) {
                start(at, leg.journey().toString(), leg);
                pending.add(ref(at, Out.LEG_JOURNEY, leg.journey().toString(), null, null));
            } else if (value instanceof AssistanceEvent e && e.beneficiary() instanceof Beneficiary.Person p) {
                ReportedDate d = e.date();
                // The last day a date may mean: an event "2021-03" is before a start only if all of March is.
                pending.add(ref(at, Out.EVENT_BENEFICIARY, p.migrant().toString(), null,
                        d == null ? null : (int) d.lastDay().toEpochDay()));
            }
        }

        /** A journey starts when its first leg departs; a null day means the start is not known. */
        private void start(long at, String journey, Leg leg) {
            if (leg.sequence() == 1) {
                ReportedDate departed = leg.departed();
                Object[] v = values(Out.START, at, (int) at);
                v[Out.SELF] = journey;
                v[Out.DAY] = departed == null ? null : (int) departed.firstDay().toEpochDay();
                pending.add(Internal.row(v));
            }
        }

        private InternalRow ref(long at, int kind, String ref, @Nullable String self, @Nullable Integer day) {
            Object[] v = values(Out.REF, at, ref.hashCode());
            v[Out.REF_KIND] = kind;
            v[Out.KEY_TEXT] = ref;
            v[Out.SELF] = self;
            v[Out.DAY] = day;
            v[Out.FIELD] = kind == Out.JOURNEY_MIGRANT ? "migrant_id" : kind == Out.LEG_JOURNEY ? "journey_id"
                    : "beneficiary_id";
            v[Out.COLUMN] = columnOf((String) v[Out.FIELD]);
            return Internal.row(v);
        }

        private void emitIssue(long at, Issue i) {
            IssueLocation where = i.location();
            Object[] v = values(Out.ISSUE, at, (int) at);
            v[Out.CODE] = i.code().code();
            v[Out.SEVERITY] = i.severity().code();
            v[Out.MESSAGE] = i.message();
            v[Out.COLUMN] = where.column();
            v[Out.FIELD] = where.field();
            v[Out.VALUE] = i.value();
            v[Out.SUGGESTION] = i.suggestion();
            pending.add(Internal.row(v));
        }

        private Object[] values(int kind, long at, int bucket) {
            Object[] v = new Object[Out.WIDTH];
            v[Out.KIND] = kind;
            v[Out.INPUT] = input;
            v[Out.PART] = part;
            v[Out.RUN_INDEX] = run;
            v[Out.OFFSET] = at;
            v[Out.BUCKET] = bucket;
            return v;
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

    // The table's fields read records of the table's own type, which is the type of the values given to them.
    @SuppressWarnings("unchecked")
    private static Field<Object, ?> field(Table<?, ?> table, String column) {
        return (Field<Object, ?>) (Field<?, ?>) table.field(column);
    }
}
