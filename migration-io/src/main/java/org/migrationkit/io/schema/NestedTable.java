package org.migrationkit.io.schema;

import java.util.Objects;

/**
 * A part of a record that has its own table in CSV and is nested in the record's JSON: a journey's legs are the
 * rows of {@code legs.csv} with its id in {@code journey_id}, and in JSON the array {@code legs} of leg objects
 * without {@code journey_id}.
 *
 * @param property the JSON property holding the array, e.g. {@code legs}; not null
 * @param entity the entity of the nested records, e.g. {@link Entity#LEG}; not null
 * @param parentColumn the nested table's column holding the parent's id, left out of the nested JSON objects;
 *     not null
 */
public record NestedTable(String property, Entity entity, String parentColumn) {
    /** Rejects nulls. */
    public NestedTable {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(parentColumn, "parentColumn");
    }
}
