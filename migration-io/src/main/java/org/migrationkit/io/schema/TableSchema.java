package org.migrationkit.io.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.migrationkit.core.vocab.HxlTag;
import org.migrationkit.io.internal.Tables;

/**
 * The description of one entity's flat table: its columns in order, its primary key, its foreign keys and its
 * nested parts. Everything about columns is said here once; the CSV layout, the JSON shape and the descriptors
 * ({@link SchemaDocuments}) are derived from it.
 *
 * <pre>{@code
 * TableSchema legs = TableSchema.of(Entity.LEG);
 * legs.header();        // [journey_id, sequence, origin, destination, departed, arrived, transport, facilitation]
 * legs.primaryKey();    // [journey_id, sequence]
 * legs.foreignKeys();   // [journey_id → journeys.id]
 * }</pre>
 */
public final class TableSchema {
    private final Entity entity;
    private final List<Column> columns;
    private final List<String> primaryKey;
    private final List<ForeignKey> foreignKeys;
    private final List<NestedTable> nested;
    private final Map<String, Column> byKey = new HashMap<>();

    /**
     * Creates a table schema.
     *
     * @param entity the entity, not null
     * @param columns the columns in table order, at least one, names unique; not null
     * @param primaryKey the columns of the primary key, empty when the table has none; not null
     * @param foreignKeys the foreign keys, not null
     * @param nested the nested parts, not null
     * @throws IllegalArgumentException if two columns share a name or alias (compared ignoring case, spaces and
     *     underscores), or a key names no column
     */
    public TableSchema(Entity entity, List<Column> columns, List<String> primaryKey, List<ForeignKey> foreignKeys,
            List<NestedTable> nested) {
        this.entity = Objects.requireNonNull(entity, "entity");
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.foreignKeys = List.copyOf(foreignKeys);
        this.nested = List.copyOf(nested);
        if (this.columns.isEmpty()) {
            throw new IllegalArgumentException("Table " + entity.tableName() + " has no columns.");
        }
        for (Column c : this.columns) {
            index(c.name(), c);
            for (String alias : c.aliases()) {
                index(alias, c);
            }
        }
        for (String key : this.primaryKey) {
            column(key);
        }
        for (ForeignKey fk : this.foreignKeys) {
            column(fk.column());
        }
    }

    private void index(String name, Column c) {
        Column before = byKey.put(key(name), c);
        if (before != null) {
            throw new IllegalArgumentException("Table " + entity.tableName() + ": \"" + name + "\" names both "
                    + before.name() + " and " + c.name() + ".");
        }
    }

    // Header matching ignores case, spaces and underscores (DESIGN §5).
    private static String key(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c != '_' && c != ' ' && c != '-') {
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the table schema of an entity.
     *
     * @param entity the entity, not null
     * @return the schema
     */
    public static TableSchema of(Entity entity) {
        return Tables.of(entity).schema();
    }

    /**
     * Returns the entity.
     *
     * @return the entity
     */
    public Entity entity() {
        return entity;
    }

    /**
     * Returns the columns in table order.
     *
     * @return an unmodifiable list
     */
    public List<Column> columns() {
        return columns;
    }

    /**
     * Returns the column with the given name.
     *
     * @param name the column's name or an alias, compared ignoring case, spaces, hyphens and underscores; not null
     * @return the column
     * @throws IllegalArgumentException if no column has that name
     */
    public Column column(String name) {
        return findColumn(name).orElseThrow(() -> new IllegalArgumentException("Table " + entity.tableName()
                + " has no column \"" + name + "\": its columns are " + header() + "."));
    }

    /**
     * Finds the column with the given name or alias.
     *
     * @param name the column's name or an alias, compared ignoring case, spaces, hyphens and underscores; not null
     * @return the column, or empty
     */
    public Optional<Column> findColumn(String name) {
        return Optional.ofNullable(byKey.get(key(Objects.requireNonNull(name, "name"))));
    }

    /**
     * Returns the CSV header: the column names in order.
     *
     * @return an unmodifiable list
     */
    public List<String> header() {
        List<String> names = new ArrayList<>(columns.size());
        for (Column c : columns) {
            names.add(c.name());
        }
        return List.copyOf(names);
    }

    /**
     * Returns the HXL hashtag row: one tag per column, empty for a column without one.
     *
     * @return an unmodifiable list, as long as {@link #header()}
     */
    public List<String> hxlRow() {
        List<String> tags = new ArrayList<>(columns.size());
        for (Column c : columns) {
            HxlTag tag = c.hxl();
            tags.add(tag == null ? "" : tag.toString());
        }
        return List.copyOf(tags);
    }

    /**
     * Returns the primary key.
     *
     * @return the column names, empty when the table has no primary key (incidents: MMP ids repeat across the rows
     *     of a split incident)
     */
    public List<String> primaryKey() {
        return primaryKey;
    }

    /**
     * Returns the foreign keys.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<ForeignKey> foreignKeys() {
        return foreignKeys;
    }

    /**
     * Returns the parts nested in this entity's JSON that have their own table.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<NestedTable> nested() {
        return nested;
    }

    /**
     * Returns the table name and its columns.
     *
     * @return e.g. {@code legs[journey_id, sequence, ...]}
     */
    @Override
    public String toString() {
        return entity.tableName() + header();
    }
}
