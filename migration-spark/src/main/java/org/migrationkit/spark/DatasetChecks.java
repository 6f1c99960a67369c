package org.migrationkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.TableSchema;

/**
 * The dataset rules of {@code io.pipeline.DatasetRules}, the Spark way, on the facts the per-record pass emitted
 * ({@link Out}): duplicate ids by aggregation, references across tables by anti-joins, an assistance event dated
 * before its beneficiary's first journey by joins. Same codes, messages, fields and records as the local rules.
 */
final class DatasetChecks {
    /** The per-record output of one input and where it stands in the run. */
    record Input(int index, Entity entity, Dataset<Row> out, boolean hasKeys, @Nullable Integer dateColumn) {
    }

    private final Map<Entity, Input> inputs;

    DatasetChecks(Map<Entity, Input> inputs) {
        this.inputs = inputs;
    }

    /** Returns the dataset issues, in the shape of {@link SparkValidator#issueColumns()} plus the input index. */
    List<Dataset<Row>> issues() {
        List<Dataset<Row>> found = new ArrayList<>();
        for (Input in : inputs.values()) {
            duplicates(in, found);
        }
        Input migrants = inputs.get(Entity.MIGRANT);
        Input journeys = inputs.get(Entity.JOURNEY);
        // As the local rules: references to a table are checked only when the dataset has that table's ids.
        Dataset<Row> migrantIds = ids(migrants);
        Dataset<Row> journeyIds = ids(journeys);
        if (migrantIds != null) {
            missing(inputs.get(Entity.JOURNEY), Out.JOURNEY_MIGRANT, migrantIds, IssueCode.REF_MISSING_MIGRANT,
                    "This journey's migrant_id names no migrant read from the dataset (missing, or its record was "
                            + "rejected): add the migrant to migrants, or correct the id (not shown: ids may be a "
                            + "partner's case numbers).", found);
            missing(inputs.get(Entity.ASSISTANCE_EVENT), Out.EVENT_BENEFICIARY, migrantIds,
                    IssueCode.REF_MISSING_BENEFICIARY, "This assistance event's beneficiary_id names no migrant read "
                            + "from the dataset (missing, or its record was rejected): add the migrant to migrants, "
                            + "or correct the id (not shown).", found);
        }
        if (journeyIds != null) {
            missing(inputs.get(Entity.LEG), Out.LEG_JOURNEY, journeyIds, IssueCode.REF_MISSING_JOURNEY,
                    "This leg's journey_id names no journey read from the dataset (missing, or its record was "
                            + "rejected): add the journey to journeys, or correct the id (not shown).", found);
        }
        beforeJourney(found);
        return found;
    }

    private static Dataset<Row> kind(Input in, int kind) {
        return in.out().filter(col("kind").equalTo(kind));
    }

    private static Dataset<Row> refs(Input in, int refKind) {
        return kind(in, Out.REF).filter(col("ref_kind").equalTo(refKind));
    }

    private static @Nullable Dataset<Row> ids(@Nullable Input in) {
        if (in == null || !in.hasKeys()) {
            return null;
        }
        return kind(in, Out.KEY).select(col("key").as("id"));
    }

    /** Duplicate ids: keys seen more than once (an aggregation), then each later record of such a key. */
    private static void duplicates(Input in, List<Dataset<Row>> found) {
        List<String> keyColumns = TableSchema.of(in.entity()).primaryKey();
        if (keyColumns.isEmpty()) {
            return;
        }
        Dataset<Row> keys = kind(in, Out.KEY);
        Dataset<Row> repeated = keys.groupBy(col("key").as("dup_key"))
                .agg(count(lit(1)).as("n"), min(struct(col("seq"), col("file"))).as("first"))
                .filter(col("n").gt(1));
        Dataset<Row> later = keys.join(repeated, keys.col("key").equalTo(repeated.col("dup_key")))
                .filter(col("seq").notEqual(col("first.seq")));
        Column where = when(col("first.file").equalTo(col("file")), lit("an earlier record of this file"))
                .otherwise(concat(lit("a record of "), col("first.file")));
        Column message = concat(lit("This " + in.entity().id() + " has the same " + String.join(" and ", keyColumns)
                + " as "), where, lit(": ids are unique in a dataset, so this record is rejected (the value is not "
                        + "shown: ids may be a partner's case numbers)."));
        found.add(issue(later, in.index(), IssueCode.ID_DUPLICATE, message, col("column")));
    }

    private static void missing(@Nullable Input in, int refKind, Dataset<Row> ids, IssueCode code, String message,
            List<Dataset<Row>> found) {
        if (in == null) {
            return;
        }
        Dataset<Row> refs = refs(in, refKind);
        Dataset<Row> dangling = refs.join(ids, refs.col("key").equalTo(ids.col("id")), "left_anti");
        found.add(issue(dangling, in.index(), code, lit(message), col("column")));
    }

    /**
     * An event dated (its last possible day) before its beneficiary's first journey started; a journey starts when
     * its first leg departs, and a start not known (a first leg without departure, a journey without first leg)
     * makes the migrant's first start unknown, so no event is said to be before it.
     */
    private void beforeJourney(List<Dataset<Row>> found) {
        Input journeys = inputs.get(Entity.JOURNEY);
        Input events = inputs.get(Entity.ASSISTANCE_EVENT);
        if (journeys == null || events == null) {
            return;
        }
        Dataset<Row> starts = kind(journeys, Out.START).select("self", "day");
        Input legs = inputs.get(Entity.LEG);
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
        Integer dateColumn = events.dateColumn();
        Dataset<Row> located = before.withColumn("field", lit("date"))
                .withColumn("column", lit(dateColumn).cast(DataTypes.IntegerType));
        found.add(issue(located, events.index(), IssueCode.DATE_BEFORE_JOURNEY, message, col("column")));
    }

    /** An issue of a dataset rule at each row of {@code at} (its file, record, field), with no value shown. */
    private static Dataset<Row> issue(Dataset<Row> at, int input, IssueCode code, Column message, Column column) {
        return at.select(lit(input).as("input"), col("seq"), lit(code.code()).as("code"),
                lit(code.severity().code()).as("severity"), message.as("message"), col("file"), col("record"),
                column.cast(DataTypes.IntegerType).as("column"), col("field"),
                lit(null).cast(DataTypes.StringType).as("value"),
                lit(null).cast(DataTypes.StringType).as("suggestion"));
    }
}
