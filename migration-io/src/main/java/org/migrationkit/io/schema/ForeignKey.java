package org.migrationkit.io.schema;

import java.util.Objects;

/**
 * A reference from a column of one table to the key of another, e.g. {@code journeys.migrant_id → migrants.id}.
 *
 * @param column the referencing column of this table, not null
 * @param reference the referenced entity, not null
 * @param referenceColumn the referenced column (the other table's primary key), not null
 */
public record ForeignKey(String column, Entity reference, String referenceColumn) {
    /** Rejects nulls. */
    public ForeignKey {
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(referenceColumn, "referenceColumn");
    }

    /**
     * Returns the reference as the data dictionary shows it.
     *
     * @return e.g. {@code migrant_id → migrants.id}
     */
    @Override
    public String toString() {
        return column + " → " + reference.tableName() + "." + referenceColumn;
    }
}
