package org.migrationkit.core.validation;

import org.jspecify.annotations.Nullable;

/**
 * Where an issue is: the file, the 1-based data record, the 1-based physical line where the record starts, the
 * 1-based column and the field name (DESIGN §10). Parts that do not apply are null: a file-level issue has no
 * record, a record built in memory has no file.
 *
 * <p>For JSON input {@code record} is the array element or JSON Lines record, {@code field} the JSON pointer
 * within it (e.g. {@code /number_dead}), {@code line}/{@code column} the parser's position.
 *
 * @param file the path as given, plus {@code /entry} for a folder entry or {@code !/entry} for a zip entry; or null
 * @param record the 1-based data record (header and HXL rows are not records), or null
 * @param line the 1-based physical line where the record starts, or null
 * @param column the 1-based field index, or null
 * @param field the column name or JSON pointer, or null
 */
public record IssueLocation(@Nullable String file, @Nullable Long record, @Nullable Long line,
                            @Nullable Integer column, @Nullable String field) {
    private static final IssueLocation NOWHERE = new IssueLocation(null, null, null, null, null);

    /**
     * Checks that the numbers are 1-based.
     *
     * @throws IllegalArgumentException if a record, line or column is below 1
     */
    public IssueLocation {
        requirePositive(record, "record");
        requirePositive(line, "line");
        requirePositive(column, "column");
    }

    private static void requirePositive(@Nullable Number n, String name) {
        if (n != null && n.longValue() < 1) {
            throw new IllegalArgumentException(name + " is 1-based, got " + n);
        }
    }

    /**
     * Returns the location with no part known, for values checked outside any file or record.
     *
     * @return the empty location
     */
    public static IssueLocation nowhere() {
        return NOWHERE;
    }

    /**
     * Returns the location of a field of an in-memory object (a record component or bean property).
     *
     * @param field the field name, not null
     * @return a location naming only the field
     */
    public static IssueLocation ofField(String field) {
        return new IssueLocation(null, null, null, null, java.util.Objects.requireNonNull(field, "field"));
    }

    /**
     * Returns a copy naming another field.
     *
     * @param newField the field name, or null
     * @return the changed copy
     */
    public IssueLocation withField(@Nullable String newField) {
        return new IssueLocation(file, record, line, column, newField);
    }

    /**
     * Returns a copy in another file.
     *
     * @param newFile the path, or null
     * @return the changed copy
     */
    public IssueLocation withFile(@Nullable String newFile) {
        return new IssueLocation(newFile, record, line, column, field);
    }

    /**
     * Returns a copy at another record and line.
     *
     * @param newRecord the 1-based record, or null
     * @param newLine the 1-based line, or null
     * @return the changed copy
     */
    public IssueLocation atRecord(@Nullable Long newRecord, @Nullable Long newLine) {
        return new IssueLocation(file, newRecord, newLine, column, field);
    }

    /** Returns the location as a person reads it, e.g. {@code partner/legs.csv, record 17 (line 18), column 4 (origin_country)}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        if (file != null) {
            b.append(file);
        }
        if (record != null) {
            b.append(b.length() > 0 ? ", " : "").append("record ").append(record);
            if (line != null) {
                b.append(" (line ").append(line).append(')');
            }
        } else if (line != null) {
            b.append(b.length() > 0 ? ", " : "").append("line ").append(line);
        }
        if (column != null) {
            b.append(b.length() > 0 ? ", " : "").append("column ").append(column);
            if (field != null) {
                b.append(" (").append(field).append(')');
            }
        } else if (field != null) {
            b.append(b.length() > 0 ? ", " : "").append("field ").append(field);
        }
        return b.length() == 0 ? "(no location)" : b.toString();
    }
}
