package org.migrationkit.spark;

import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The rows the per-record pass emits, one schema for all kinds so that a single pass over the input serves the
 * issues and every dataset rule: an issue (value and record level), and the facts the dataset rules join on (an
 * id, a reference, a journey's first departure). Records are counted by {@link Runs}.
 */
final class Out {
    static final int ISSUE = 1;
    static final int KEY = 2;
    static final int REF = 3;
    static final int START = 4;

    static final int JOURNEY_MIGRANT = 1;
    static final int LEG_JOURNEY = 2;
    static final int EVENT_BENEFICIARY = 3;

    static final int KIND = 0;
    static final int FILE = 1;
    static final int RECORD_NUMBER = 2;
    static final int SEQ = 3;
    static final int CODE = 4;
    static final int SEVERITY = 5;
    static final int MESSAGE = 6;
    static final int COLUMN = 7;
    static final int FIELD = 8;
    static final int VALUE = 9;
    static final int SUGGESTION = 10;
    static final int KEY_TEXT = 11;
    static final int REF_KIND = 12;
    static final int SELF = 13;
    static final int DAY = 14;
    static final int WIDTH = 15;

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("file", DataTypes.StringType, true)
            .add("record", DataTypes.LongType, true)
            .add("seq", DataTypes.LongType, true)
            .add("code", DataTypes.StringType, true)
            .add("severity", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, true)
            .add("column", DataTypes.IntegerType, true)
            .add("field", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("suggestion", DataTypes.StringType, true)
            .add("key", DataTypes.StringType, true)
            .add("ref_kind", DataTypes.IntegerType, true)
            .add("self", DataTypes.StringType, true)
            .add("day", DataTypes.IntegerType, true);

    private Out() {
    }
}
