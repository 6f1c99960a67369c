package org.migrationkit.io.schema;

/**
 * What a column holds, which fixes its JSON type, its Frictionless Table Schema type and how its text is read.
 * Every value is written in its canonical text (the {@code toString()} of the model's value types).
 */
public enum ColumnType {
    /** A pseudonymous identifier: 1 to 128 printable characters; a JSON string. */
    ID("string", "string"),
    /** Free text as given; a JSON string. */
    TEXT("string", "string"),
    /** A URL as given; a JSON string. */
    URL("string", "string"),
    /** A code of a vocabulary (the allowed values); a JSON string. */
    CODE("string", "string"),
    /** An ISO 3166-1 alpha-3 country code (or one of the non-ISO codes real data uses); a JSON string. */
    COUNTRY("string", "string"),
    /** A reported date with its precision: {@code 2023-05-17}, {@code 2023-05} or {@code 2023}; a JSON string. */
    DATE("string", "string"),
    /** A period: {@code start/end} in reported dates, or one reported date; a JSON string. */
    PERIOD("string", "string"),
    /** A whole number; a JSON number (a string of digits is accepted on input). */
    INTEGER("integer", "integer"),
    /** An exact decimal, written as given (scale kept: {@code 200.00}); a JSON number. */
    DECIMAL("number", "number"),
    /** A binary floating-point number such as a coordinate; a JSON number. */
    NUMBER("number", "number"),
    /** {@code true} or {@code false}; a JSON boolean. */
    BOOLEAN("boolean", "boolean");

    private final String frictionlessType;
    private final String jsonType;

    ColumnType(String frictionlessType, String jsonType) {
        this.frictionlessType = frictionlessType;
        this.jsonType = jsonType;
    }

    /**
     * Returns the Frictionless Table Schema field type of a single value.
     *
     * @return {@code string}, {@code integer}, {@code number} or {@code boolean}
     */
    public String frictionlessType() {
        return frictionlessType;
    }

    /**
     * Returns the JSON Schema type of a single value.
     *
     * @return {@code string}, {@code integer}, {@code number} or {@code boolean}
     */
    public String jsonType() {
        return jsonType;
    }

    /**
     * Returns the lower-case name the data dictionary shows.
     *
     * @return e.g. {@code country}
     */
    @Override
    public String toString() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
