package org.migrationkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.InternalRow;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.internal.RecordKey;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.spark.IdTable.Loc;

/**
 * The dataset rules of {@code io.pipeline.DatasetRules}, the Spark way, on the facts the per-record pass emitted
 * ({@link Out#PASS}). The id rules, duplicate ids and references to a missing migrant or journey, run in one
 * exchange that brings every id and every reference of one value to one partition ({@link Resolver}), with the
 * pass's issues and run rows carried through it, so each input is scanned once. An assistance event dated before
 * its beneficiary's first journey is found by joins. Same codes, messages, fields and records as the local rules.
 */
final class DatasetChecks {
    /** The references the exchange checks: kind, the entity they name, code, message. */
    private record RefRule(int kind, Entity target, IssueCode code, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private static final List<RefRule> REF_RULES = List.of(
            new RefRule(Out.JOURNEY_MIGRANT, Entity.MIGRANT, IssueCode.REF_MISSING_MIGRANT,
                    "This journey's migrant_id names no migrant read from the dataset (missing, or its record was "
                            + "rejected): add the migrant to migrants, or correct the id (not shown: ids may be a "
                            + "partner's case numbers)."),
            new RefRule(Out.LEG_JOURNEY, Entity.JOURNEY, IssueCode.REF_MISSING_JOURNEY,
                    "This leg's journey_id names no journey read from the dataset (missing, or its record was "
                            + "rejected): add the journey to journeys, or correct the id (not shown)."),
            new RefRule(Out.EVENT_BENEFICIARY, Entity.MIGRANT, IssueCode.REF_MISSING_BENEFICIARY,
                    "This assistance event's beneficiary_id names no migrant read from the dataset (missing, or its "
                            + "record was rejected): add the migrant to migrants, or correct the id (not shown)."));

    /** The per-record pass of one input and where it stands in the run. */
    record Input(int index, Entity entity, Dataset<Row> pass, @Nullable Integer keyColumn,
            @Nullable Integer dateColumn) {
    }

    private final List<Input> inputs;
    private final Map<Entity, Input> byEntity = new HashMap<>();

    DatasetChecks(List<Input> inputs) {
        this.inputs = List.copyOf(inputs);
        for (Input in : inputs) {
            byEntity.put(in.entity(), in);
        }
    }

    /** Whether {@link #beforeJourney()} reads the passes of journeys, legs and events a second time. */
    boolean joins(Entity entity) {
        return byEntity.containsKey(Entity.JOURNEY) && byEntity.containsKey(Entity.ASSISTANCE_EVENT)
                && (entity == Entity.JOURNEY || entity == Entity.LEG || entity == Entity.ASSISTANCE_EVENT);
    }

    /**
     * Returns every issue of the run in the {@link Out#RESOLVED} shape, with the run rows: the pass's issues, the
     * id rules' (from one exchange over all inputs) and the joins' issues.
     */
    Dataset<Row> resolved() {
        Dataset<Row> all = null;
        for (Input in : inputs) {
            // The exchange carries a million id rows: they go as the few columns they use, the rest of the rare
            // other rows in one struct that is null for an id (a null costs a row its null bit and one word).
            Dataset<Row> rows = in.pass().filter(col("kind").notEqual(Out.START)).select(col("kind"), col("input"),
                    col("part"), col("run"), col("offset"), col("bucket"), col("key"), when(col("kind")
                            .notEqual(Out.KEY), struct(col("ref_kind"), col("code"), col("severity"), col("message"),
                            col("column"), col("field"), col("value"), col("suggestion"), col("count"), col("keys"),
                            col("rejected"))).as("extra"));
            all = all == null ? rows : all.union(rows);
        }
        if (all == null) {
            throw new IllegalStateException("no input");
        }
        int n = inputs.stream().mapToInt(Input::index).max().orElse(0) + 1;
        String[] entities = new String[n];
        String[] keyFields = new String[n];
        Integer[] keyColumns = new Integer[n];
        int[] targets = new int[REF_RULES.size()];
        for (Input in : inputs) {
            entities[in.index()] = in.entity().id();
            List<String> key = RecordKey.of(in.entity()).columns();
            keyFields[in.index()] = key.isEmpty() ? null : key.get(0);
            keyColumns[in.index()] = in.keyColumn();
        }
        for (int k = 0; k < targets.length; k++) {
            Input target = byEntity.get(REF_RULES.get(k).target());
            targets[k] = target == null ? -1 : target.index();
        }
        Resolver resolver = new Resolver(keyFields, keyColumns, targets);
        Dataset<Row> exchanged = all.repartition(col("bucket"));
        Dataset<Row> out = Internal.frame(all.sparkSession(), Internal.rows(exchanged).mapPartitions(resolver),
                Out.RESOLVED);
        Dataset<Row> before = beforeJourney();
        return before == null ? out : out.union(before);
    }

    /** The input a reference code is checked against, for dropping references to a table that gave no ids. */
    int targetOf(IssueCode code) {
        for (RefRule r : REF_RULES) {
            if (r.code() == code) {
                Input target = byEntity.get(r.target());
                return target == null ? -1 : target.index();
            }
        }
        return -1;
    }

    /** The message of an id.duplicate, given where the first record of the id is. */
    static String duplicateMessage(Entity entity, String where) {
        return "This " + entity.id() + " has the same " + String.join(" and ", RecordKey.of(entity).columns())
                + " as " + where + ": ids are unique in a dataset, so this record is rejected (the value is not "
                + "shown: ids may be a partner's case numbers).";
    }

    /**
     * The exchange's partitions: every id and every reference of one value are in one partition (bucketed by the
     * value's hash), so duplicates and dangling references are found with a map of the partition's ids; the pass's
     * issues and run rows go through unchanged. "First" is the record earliest in its input: lowest partition,
     * run, offset.
     */
    private static final class Resolver implements FlatMapFunction<Iterator<InternalRow>, InternalRow> {
        private static final long serialVersionUID = 1L;

        private final String[] keyFields;
        private final Integer[] keyColumns;
        private final int[] targets;

        Resolver(String[] keyFields, Integer[] keyColumns, int[] targets) {
            this.keyFields = keyFields;
            this.keyColumns = keyColumns;
            this.targets = targets;
        }

        @Override
        public Iterator<InternalRow> call(Iterator<InternalRow> rows) {
            return new Iterator<>() {
                private final List<IdTable> ids = new ArrayList<>();
                private final List<InternalRow> refs = new ArrayList<>();
                private @Nullable Iterator<InternalRow> found;
                private @Nullable InternalRow next;

                @Override
                public boolean hasNext() {
                    while (next == null) {
                        if (found == null) {
                            if (rows.hasNext()) {
                                next = take(rows.next());
                                continue;
                            }
                            found = found().iterator();
                        }
                        if (!found.hasNext()) {
                            return false;
                        }
                        next = found.next();
                    }
                    return true;
                }

                @Override
                public InternalRow next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    InternalRow r = next;
                    next = null;
                    return r;
                }

                private @Nullable InternalRow take(InternalRow r) {
                    int kind = r.getInt(Out.KIND);
                    int input = r.getInt(Out.INPUT);
                    if (kind == Out.KEY) {
                        while (ids.size() <= input) {
                            ids.add(new IdTable());
                        }
                        ids.get(input).add(r.getInt(Out.BUCKET), r.getUTF8String(Out.KEY_TEXT), r.getInt(Out.PART),
                                r.getInt(Out.RUN_INDEX), r.getLong(Out.OFFSET));
                        return null;
                    }
                    if (kind == Out.REF) {
                        refs.add(r.copy());
                        return null;
                    }
                    Object[] v = new Object[Out.R_WIDTH];
                    v[Out.R_KIND] = kind;
                    v[Out.R_INPUT] = input;
                    v[Out.R_PART] = r.getInt(Out.PART);
                    v[Out.R_RUN] = r.getInt(Out.RUN_INDEX);
                    v[Out.R_OFFSET] = r.getLong(Out.OFFSET);
                    if (kind == Out.RUN) {
                        v[Out.R_FILE] = Internal.text(r, Out.KEY_TEXT);
                        InternalRow x = r.getStruct(Out.EXTRA, Out.EXTRA_WIDTH);
                        v[Out.R_COUNT] = Internal.number(x, Out.X_COUNT);
                        v[Out.R_KEYS] = Internal.number(x, Out.X_KEYS);
                        v[Out.R_REJECTED] = Internal.number(x, Out.X_REJECTED);
                    } else {
                        InternalRow x = r.getStruct(Out.EXTRA, Out.EXTRA_WIDTH);
                        v[Out.R_CODE] = Internal.text(x, Out.X_CODE);
                        v[Out.R_SEVERITY] = Internal.text(x, Out.X_SEVERITY);
                        v[Out.R_MESSAGE] = Internal.text(x, Out.X_MESSAGE);
                        v[Out.R_COLUMN] = Internal.integer(x, Out.X_COLUMN);
                        v[Out.R_FIELD] = Internal.text(x, Out.X_FIELD);
                        v[Out.R_VALUE] = Internal.text(x, Out.X_VALUE);
                        v[Out.R_SUGGESTION] = Internal.text(x, Out.X_SUGGESTION);
                    }
                    return Internal.row(v);
                }

                private List<InternalRow> found() {
                    List<InternalRow> out = new ArrayList<>();
                    for (int input = 0; input < ids.size(); input++) {
                        for (List<Loc> places : ids.get(input).repeated()) {
                            duplicates(input, places, out);
                        }
                    }
                    for (InternalRow r : refs) {
                        InternalRow x = r.getStruct(Out.EXTRA, Out.EXTRA_WIDTH);
                        int k = x.getInt(Out.X_REF_KIND) - 1;
                        int target = targets[k];
                        if (target < 0) {
                            continue;
                        }
                        IdTable known = target < ids.size() ? ids.get(target) : null;
                        if (known == null || !known.contains(r.getInt(Out.BUCKET), r.getUTF8String(Out.KEY_TEXT))) {
                            RefRule rule = REF_RULES.get(k);
                            Object[] v = issue(r.getInt(Out.INPUT), new Loc(r.getInt(Out.PART),
                                    r.getInt(Out.RUN_INDEX), r.getLong(Out.OFFSET)), rule.code());
                            v[Out.R_MESSAGE] = rule.message();
                            v[Out.R_COLUMN] = Internal.integer(x, Out.X_COLUMN);
                            v[Out.R_FIELD] = Internal.text(x, Out.X_FIELD);
                            out.add(Internal.row(v));
                        }
                    }
                    return out;
                }

                private void duplicates(int input, List<Loc> all, List<InternalRow> out) {
                    Loc first = all.get(0);
                    for (Loc l : all) {
                        if (l.compareTo(first) < 0) {
                            first = l;
                        }
                    }
                    for (Loc l : all) {
                        if (l != first) {
                            Object[] v = issue(input, l, IssueCode.ID_DUPLICATE);
                            v[Out.R_COLUMN] = keyColumns[input];
                            v[Out.R_FIELD] = keyFields[input];
                            v[Out.R_FIRST_PART] = first.part();
                            v[Out.R_FIRST_RUN] = first.run();
                            v[Out.R_FIRST_OFFSET] = first.offset();
                            out.add(Internal.row(v));
                        }
                    }
                }
            };
        }

        private static Object[] issue(int input, Loc at, IssueCode code) {
            Object[] v = new Object[Out.R_WIDTH];
            v[Out.R_KIND] = Out.ISSUE;
            v[Out.R_INPUT] = input;
            v[Out.R_PART] = at.part();
            v[Out.R_RUN] = at.run();
            v[Out.R_OFFSET] = at.offset();
            v[Out.R_CODE] = code.code();
            v[Out.R_SEVERITY] = code.severity().code();
            return v;
        }
    }

    private static Dataset<Row> kind(Input in, int kind) {
        return in.pass().filter(col("kind").equalTo(kind));
    }

    private static Dataset<Row> refs(Input in, int refKind) {
        return kind(in, Out.REF).filter(col("ref_kind").equalTo(refKind));
    }

    /**
     * An event dated (its last possible day) before its beneficiary's first journey started; a journey starts when
     * its first leg departs, and a start not known (a first leg without departure, a journey without first leg)
     * makes the migrant's first start unknown, so no event is said to be before it.
     */
    private @Nullable Dataset<Row> beforeJourney() {
        Input journeys = byEntity.get(Entity.JOURNEY);
        Input events = byEntity.get(Entity.ASSISTANCE_EVENT);
        if (journeys == null || events == null) {
            return null;
        }
        Dataset<Row> starts = kind(journeys, Out.START).select("self", "day");
        Input legs = byEntity.get(Entity.LEG);
        if (legs != null) {
            starts = starts.unionByName(kind(legs, Out.START).select("self", "day"));
        }
        Dataset<Row> journeyStart = starts.groupBy(col("self").as("journey"))
                .agg(min("day").as("start"), max(when(col("day").isNull(), 1).otherwise(0)).as("unknown"));
        Dataset<Row> taken = refs(journeys, Out.JOURNEY_MIGRANT).select(col("key").as("migrant"),
                col("self").as("journey"));
        Dataset<Row> migrantStart = taken.join(journeyStart, "journey", "left")
                .groupBy("migrant")
                .agg(min("start").as("start"), max(when(col("start").isNull().or(col("unknown").equalTo(1)), 1)
                        .otherwise(0)).as("unknown"))
                .filter(col("unknown").equalTo(0));
        Dataset<Row> dated = refs(events, Out.EVENT_BENEFICIARY).filter(col("day").isNotNull());
        Dataset<Row> before = dated.join(migrantStart, dated.col("key").equalTo(migrantStart.col("migrant")))
                .filter(col("day").lt(col("start")));
        Column startText = date_add(to_date(lit("1970-01-01")), col("start")).cast(DataTypes.StringType);
        Column message = concat(lit("This assistance event is dated before its beneficiary's first journey started ("),
                startText, lit("): check the event's date or the legs' departure dates."));
        IssueCode code = IssueCode.DATE_BEFORE_JOURNEY;
        return before.select(lit(Out.ISSUE).as("kind"), col("input"), col("part"), col("run"), col("offset"),
                lit(code.code()).as("code"), lit(code.severity().code()).as("severity"), message.as("message"),
                lit(events.dateColumn()).cast(DataTypes.IntegerType).as("column"), lit("date").as("field"),
                lit(null).cast(DataTypes.StringType).as("value"),
                lit(null).cast(DataTypes.StringType).as("suggestion"),
                lit(null).cast(DataTypes.IntegerType).as("first_part"),
                lit(null).cast(DataTypes.IntegerType).as("first_run"),
                lit(null).cast(DataTypes.LongType).as("first_offset"),
                lit(null).cast(DataTypes.StringType).as("file"), lit(null).cast(DataTypes.LongType).as("count"),
                lit(null).cast(DataTypes.LongType).as("keys"), lit(null).cast(DataTypes.LongType).as("rejected"));
    }
}
