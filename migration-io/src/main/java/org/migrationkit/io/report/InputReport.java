package org.migrationkit.io.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one input of a dataset held: its path as given (DESIGN §10: {@code partner/legs.csv},
 * {@code partner.zip!/legs.csv}, {@code -}), the layout and entity it was read as, and its record counts.
 *
 * @param path the path as given, plus {@code /entry} or {@code !/entry}; not blank
 * @param layout the layout id, e.g. {@code entity:leg}; null when the input was not recognised or not read
 * @param entity the entity its records became, e.g. {@code leg}; null when not recognised
 * @param records the records read, at least 0
 * @param valid the records read as values with no error attributed
 * @param rejected the records rejected; {@code records == valid + rejected}
 */
public record InputReport(String path, @Nullable String layout, @Nullable String entity, long records, long valid,
        long rejected) {
    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if a count is negative or {@code records != valid + rejected}
     */
    public InputReport {
        Objects.requireNonNull(path, "path");
        if (valid < 0 || rejected < 0 || records != valid + rejected) {
            throw new IllegalArgumentException("Input " + path + ": records (" + records + ") must equal valid ("
                    + valid + ") + rejected (" + rejected + "), none negative.");
        }
    }
}
