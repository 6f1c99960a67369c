package org.migrationkit.io.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.io.schema.Entity;

/**
 * What names one record of a table for the duplicate-id rule, the same for the local validator and Spark's: the
 * table's {@link Table#duplicateKey()} (its primary key; for incidents, which have none, id and sub_id), and the
 * text of a record's key.
 */
public final class RecordKey {
    private final List<String> columns;
    private final List<Field<Object, ?>> fields = new ArrayList<>();

    private RecordKey(Entity entity) {
        Table<?, ?> table = Tables.of(entity);
        this.columns = table.duplicateKey();
        for (String c : columns) {
            fields.add(field(table, c));
        }
    }

    /**
     * Returns the key of a table.
     *
     * @param entity the table
     * @return its key; its columns are empty when the table has none
     */
    public static RecordKey of(Entity entity) {
        return new RecordKey(entity);
    }

    /**
     * Returns the columns of the key, as an issue names them.
     *
     * @return the columns, empty when the table has no key
     */
    public List<String> columns() {
        return columns;
    }

    /**
     * Returns the key of a record: a one-column key is the id itself (what references hold); the values of several
     * columns are joined by a unit separator, which ids cannot hold.
     *
     * @param value a record of the table
     * @return the key, or null when the record has none to check: the table has no key, or the record is a row of
     *     a split incident without its sub_id (its rows share the published id: not duplicates of each other)
     */
    public @Nullable CharSequence of(Object value) {
        return key(value, null);
    }

    /**
     * Returns the key of a record, as {@link #of(Object)} does, from its values already read by column (one call of
     * the table's extractor instead of a getter call per key column, where the values are read anyway).
     *
     * @param value a record of the table
     * @param values the record's values, as {@link Table#values} gives them
     * @return the key, or null when the record has none to check
     */
    public @Nullable CharSequence of(Object value, Object[] values) {
        return key(value, values);
    }

    private @Nullable CharSequence key(Object value, Object @Nullable [] values) {
        if (fields.isEmpty()
                || value instanceof Incident i && i.kind() == IncidentType.SPLIT_INCIDENT && i.subId() == null) {
            return null;
        }
        if (fields.size() == 1) {
            return text(fields.get(0), value, values);
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            b.append(i == 0 ? "" : "\u001F").append(text(fields.get(i), value, values));
        }
        return b;
    }

    /**
     * A key column's text, as {@link Field#wire} gives it ("null" when absent, as keys have always been written): from
     * the values read by column when there are some, else from the record's getter (not a whole row per record).
     */
    private static String text(Field<Object, ?> f, Object value, Object @Nullable [] values) {
        if (values == null) {
            return String.valueOf(f.wire(value));
        }
        Object v = values[f.index()];
        return v == null ? "null" : f.kind() == Field.Kind.TEXT ? f.text(v) : v.toString();
    }

    // A table's fields read records of the table's own type, which is the type of the values given to them.
    @SuppressWarnings("unchecked")
    private static Field<Object, ?> field(Table<?, ?> table, String column) {
        Field<?, ?> f = table.findField(column);
        if (f == null) {
            throw new IllegalStateException("table " + table.entity().id() + " has no key column " + column);
        }
        return (Field<Object, ?>) f;
    }
}
