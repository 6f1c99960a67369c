package org.migrationkit.io.sample;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;

/**
 * One defect the defect mode injected: the issue code a validator must report, and where — in exactly the numbering of
 * a validation report's location (DESIGN §10), so that a report can be scored against a manifest line by line.
 *
 * @param code the issue code the defect must raise, not null
 * @param file the entry name of the table inside the dataset, e.g. {@code legs.csv}; not null
 * @param record the 1-based data record (the header is not a record), at least 1
 * @param field the column name; null when the issue concerns the record as a whole (a report then gives no field
 *     either, e.g. {@code csv.invalid-record} for a record whose cells do not make a record together)
 */
public record InjectedDefect(IssueCode code, String file, long record, @Nullable String field) {
    /**
     * Checks the parts.
     *
     * @throws NullPointerException if a part is null
     * @throws IllegalArgumentException if {@code record} is below 1
     */
    public InjectedDefect {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(file, "file");
        if (record < 1) {
            throw new IllegalArgumentException("record " + record + " is below 1: records are numbered from 1.");
        }
    }

    /**
     * Returns the manifest line: a JSON object without line break.
     *
     * @return e.g. {@code {"code":"country.unknown","file":"legs.csv","record":17,"field":"destination"}}; without
     *     {@code field} when it is null
     */
    public String toJson() {
        return "{\"code\":\"" + code.code() + "\",\"file\":\"" + escape(file) + "\",\"record\":" + record
                + (field == null ? "" : ",\"field\":\"" + escape(field) + "\"") + "}";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
