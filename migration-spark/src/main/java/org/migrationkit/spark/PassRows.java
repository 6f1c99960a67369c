package org.migrationkit.spark;

import java.time.LocalDate;
import java.util.ArrayDeque;
import org.apache.spark.sql.catalyst.InternalRow;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Beneficiary;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.RecordKey;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.schema.Column;

/**
 * The rows one partition of the per-record pass emits ({@link Out#PASS}), whatever read the records: a record's
 * issues, its record rules' issues, the facts the dataset rules need, and one run row per run of rows of one file.
 * Rows are queued in {@link #pending} for the partition's iterator to hand out.
 */
final class PassRows {
    final ArrayDeque<InternalRow> pending = new ArrayDeque<>();
    private final int input;
    private final int part;
    private final Table<?, ?> table;
    private final LocalDate today;
    private final RecordKey key;
    /** For each field of the table, the 0-based column holding it in the current run's file, or -1. */
    private int[] match;
    private int run = -1;
    private boolean open;
    private long count;
    private long keys;
    private long rejected;
    private @Nullable String file;

    PassRows(int input, int part, Table<?, ?> table, int[] match, LocalDate today) {
        this.input = input;
        this.part = part;
        this.table = table;
        this.match = match;
        this.today = today;
        this.key = RecordKey.of(table.entity());
    }

    /**
     * Ends the current run (if any) and starts the next.
     *
     * @param newFile the file of its rows, or null where the source has no file
     * @param newMatch the columns of the table's fields in that file
     */
    void startRun(@Nullable String newFile, int[] newMatch) {
        endRun();
        run++;
        open = true;
        count = 0;
        keys = 0;
        rejected = 0;
        file = newFile;
        match = newMatch;
    }

    /** The 0-based offset of the next row in the run; counts it. */
    long next() {
        return count++;
    }

    /** Counts a row of the run rejected without an issue of its own (its file misses a required column). */
    void rejectedWhole() {
        rejected++;
    }

    /** Emits the current run's row: its file and sizes. */
    void endRun() {
        if (open) {
            Object[] v = values(Out.RUN, 0, (int) count);
            v[Out.KEY_TEXT] = file;
            v[Out.COUNT] = count;
            v[Out.KEYS] = keys;
            v[Out.REJECTED] = rejected;
            pending.add(Internal.row(v));
            open = false;
        }
    }

    /** Checks a typed record with {@link RecordRules} and emits its issues and facts. */
    void checked(long at, Object value) {
        if (value instanceof Checkable c) {
            for (Issue i : RecordRules.check(c, today, IssueLocation.nowhere())) {
                // Rules name the record's component (birthYear); the report names the column (birth_year).
                String component = i.location().field();
                String held = component == null ? null : table.columnOf(component);
                String field = held != null ? held : component;
                Column column = field == null ? null : table.schema().findColumn(field).orElse(null);
                Issue located = column != null && column.isSensitive() ? i.withValue(null) : i;
                Integer col = column == null ? null : columnOf(field);
                issue(at, located.withLocation(new IssueLocation(null, null, null, col, field)));
            }
        }
        facts(at, value);
    }

    /** The 1-based column of a field in the current file, or null. */
    @Nullable Integer columnOf(String field) {
        Field<?, ?> fl = table.findField(field);
        if (fl == null || match[fl.index()] < 0) {
            return null;
        }
        return match[fl.index()] + 1;
    }

    private void facts(long at, Object value) {
        CharSequence k = key.of(value);
        if (k != null) {
            String id = k.toString();
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

    /** Emits an issue of the row at {@code at}, located by its column and field. */
    void issue(long at, Issue i) {
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
}
