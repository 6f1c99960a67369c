package org.migrationkit.core.validation;

/** Where a rule looks: the input as a whole, one value, one record, or across records (DESIGN §4). */
public enum Level {
    /** The input as a whole: unreadable, empty, a required column missing, an unknown layout. */
    FILE("file"),
    /** One cell: not a country code, a date in an unknown format, a latitude of 123. */
    VALUE("value"),
    /** Across the fields of one record: dead + missing = total, legs in date order. */
    RECORD("record"),
    /** Across records and files: duplicate ids, dangling references, outliers. */
    DATASET("dataset");

    private final String code;

    Level(String code) {
        this.code = code;
    }

    /**
     * Returns the wire form used in the JSON report.
     *
     * @return {@code file}, {@code value}, {@code record} or {@code dataset}
     */
    public String code() {
        return code;
    }
}
