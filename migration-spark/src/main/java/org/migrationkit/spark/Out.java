package org.migrationkit.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows of the two stages of a run, one schema per stage so that a single scan of each input serves the issues
 * and every dataset rule.
 *
 * <p>{@link #PASS}: what the per-record pass ({@link RowChecker}) emits: an issue (value and record level), the
 * facts the dataset rules need (an id, a reference, a journey's first departure), and, once per run of rows of one
 * file in a partition, the run's size. Rows are located by partition, run and offset in the run, not by record
 * number: record numbers need the sizes of the partitions before, which are known only once the pass is over
 * ({@link Runs} numbers them on the driver from the run rows). {@code bucket} spreads the rows over the exchange
 * that brings the rows of one id together ({@link DatasetChecks}).
 *
 * <p>{@link #RESOLVED}: what that exchange emits: the issues (the pass's own and those of the id rules), still
 * located by partition, run and offset, and the run rows passed through.
 */
final class Out {
    static final int ISSUE = 1;
    static final int KEY = 2;
    static final int REF = 3;
    static final int START = 4;
    static final int RUN = 5;

    static final int JOURNEY_MIGRANT = 1;
    static final int LEG_JOURNEY = 2;
    static final int EVENT_BENEFICIARY = 3;

    static final int KIND = 0;
    static final int INPUT = 1;
    static final int PART = 2;
    static final int RUN_INDEX = 3;
    static final int OFFSET = 4;
    static final int BUCKET = 5;
    static final int KEY_TEXT = 6;
    static final int REF_KIND = 7;
    static final int SELF = 8;
    static final int DAY = 9;
    static final int CODE = 10;
    static final int SEVERITY = 11;
    static final int MESSAGE = 12;
    static final int COLUMN = 13;
    static final int FIELD = 14;
    static final int VALUE = 15;
    static final int SUGGESTION = 16;
    /** RUN: the run's rows; nothing else. */
    static final int COUNT = 17;
    /** RUN: the run's records that gave an id; nothing else. */
    static final int KEYS = 18;
    /** RUN: the run's records rejected as a whole (their file misses a required column); nothing else. */
    static final int REJECTED = 19;
    static final int WIDTH = 20;

    /** The pass's rows. A run row holds its file (null where the source has no file) in {@code key}. */
    static final StructType PASS = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("input", DataTypes.IntegerType, false)
            .add("part", DataTypes.IntegerType, false)
            .add("run", DataTypes.IntegerType, false)
            .add("offset", DataTypes.LongType, false)
            .add("bucket", DataTypes.IntegerType, false)
            .add("key", DataTypes.StringType, true)
            .add("ref_kind", DataTypes.IntegerType, true)
            .add("self", DataTypes.StringType, true)
            .add("day", DataTypes.IntegerType, true)
            .add("code", DataTypes.StringType, true)
            .add("severity", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("column", DataTypes.IntegerType, true)
            .add("field", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("suggestion", DataTypes.StringType, true)
            .add("count", DataTypes.LongType, true)
            .add("keys", DataTypes.LongType, true)
            .add("rejected", DataTypes.LongType, true);

    /**
     * The exchange's input: the pass's first seven columns ({@link #KIND} to {@link #KEY_TEXT}), then, for all but
     * an id row, the rest in one struct.
     */
    static final int EXTRA = 7;
    static final int EXTRA_WIDTH = 11;
    static final int X_REF_KIND = 0;
    static final int X_CODE = 1;
    static final int X_SEVERITY = 2;
    static final int X_MESSAGE = 3;
    static final int X_COLUMN = 4;
    static final int X_FIELD = 5;
    static final int X_VALUE = 6;
    static final int X_SUGGESTION = 7;
    static final int X_COUNT = 8;
    static final int X_KEYS = 9;
    static final int X_REJECTED = 10;

    static final int R_KIND = 0;
    static final int R_INPUT = 1;
    static final int R_PART = 2;
    static final int R_RUN = 3;
    static final int R_OFFSET = 4;
    static final int R_CODE = 5;
    static final int R_SEVERITY = 6;
    static final int R_MESSAGE = 7;
    static final int R_COLUMN = 8;
    static final int R_FIELD = 9;
    static final int R_VALUE = 10;
    static final int R_SUGGESTION = 11;
    /** An id.duplicate issue: the partition of the id's first record; a run row: its file. */
    static final int R_FIRST_PART = 12;
    static final int R_FIRST_RUN = 13;
    static final int R_FIRST_OFFSET = 14;
    static final int R_FILE = 15;
    static final int R_COUNT = 16;
    static final int R_KEYS = 17;
    static final int R_REJECTED = 18;
    static final int R_WIDTH = 19;

    /**
     * The exchange's rows: issues (a null message is an {@code id.duplicate} whose message names the file of the
     * id's first record, known once runs are numbered) and run rows.
     */
    static final StructType RESOLVED = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("input", DataTypes.IntegerType, false)
            .add("part", DataTypes.IntegerType, false)
            .add("run", DataTypes.IntegerType, false)
            .add("offset", DataTypes.LongType, false)
            .add("code", DataTypes.StringType, true)
            .add("severity", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("column", DataTypes.IntegerType, true)
            .add("field", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("suggestion", DataTypes.StringType, true)
            .add("first_part", DataTypes.IntegerType, true)
            .add("first_run", DataTypes.IntegerType, true)
            .add("first_offset", DataTypes.LongType, true)
            .add("file", DataTypes.StringType, true)
            .add("count", DataTypes.LongType, true)
            .add("keys", DataTypes.LongType, true)
            .add("rejected", DataTypes.LongType, true);

    private Out() {
    }
}
