package org.migrationkit.io.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.schema.Column;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.ForeignKey;
import org.migrationkit.io.schema.NestedTable;
import org.migrationkit.io.schema.TableSchema;

/**
 * An entity's table bound to its record type: the fields in column order, how to build a record from read values,
 * and the nested table, if any. The public {@link TableSchema} is derived from it.
 *
 * @param <T> the record type
 * @param <B> the record's builder type
 */
public final class Table<T, B> {
    /** Sets components made of several columns (a location, a breakdown) from the read values. */
    @FunctionalInterface
    public interface Composite<B> {
        /**
         * Sets the component.
         *
         * @param builder the builder
         * @param slots the read values by column
         * @throws IllegalArgumentException if the columns do not make a component; the message says why
         */
        void apply(B builder, Slots slots);
    }

    /** Read values by column name, for composites. */
    public static final class Slots {
        private final Object[] values;
        private final Table<?, ?> table;

        Slots(Object[] values, Table<?, ?> table) {
            this.values = values;
            this.table = table;
        }

        /**
         * Returns the read value of a column.
         *
         * @param name the column name
         * @param type the value's type
         * @param <V> the value's type
         * @return the value, or null when absent
         */
        public <V> @Nullable V get(String name, Class<V> type) {
            // Composites name columns by the same constants the columns were made with: found by identity first.
            String[] names = table.names;
            for (int i = 0; i < names.length; i++) {
                if (names[i] == name) {
                    return type.cast(values[i]);
                }
            }
            return type.cast(values[table.field(name).index()]);
        }

        Object[] values() {
            return values;
        }
    }

    /**
     * One column's read value, at a position fixed when the table is made: what a table's direct factory reads
     * instead of looking columns up by name on every record.
     *
     * @param <V> the value's type
     */
    public static final class Slot<V> {
        private final int index;

        Slot(int index) {
            this.index = index;
        }

        /**
         * Returns the read value.
         *
         * @param values the read values by column
         * @return the value, or null when absent
         */
        @SuppressWarnings("unchecked")
        public @Nullable V in(Object[] values) {
            // Unchecked: the readers put values of the column's type in its slot (a wrong one would fail at the
            // record's constructor call).
            return (V) values[index];
        }

        /**
         * Returns the read value, or the record builder's default when absent.
         *
         * @param values the read values by column
         * @param absent the default
         * @return the value or the default
         */
        public V in(Object[] values, V absent) {
            V v = in(values);
            return v == null ? absent : v;
        }

        /**
         * Puts a record's value of the column, as {@link Table#values} gives it.
         *
         * @param values the values by column
         * @param v the value, or null when not reported
         */
        public void out(Object[] values, @Nullable Object v) {
            values[index] = v;
        }
    }

    /**
     * A nested table: a list component whose elements are records of another table.
     *
     * @param <T> the parent record type
     * @param <B> the parent builder type
     * @param <C> the child record type
     * @param <D> the child builder type
     */
    public static final class Nest<T, B, C, D> {
        private final NestedTable description;
        private final Table<C, D> child;
        private final Function<T, List<C>> get;
        private final BiConsumer<B, List<C>> set;
        private final String parentKey;

        Nest(NestedTable description, Table<C, D> child, Function<T, List<C>> get, BiConsumer<B, List<C>> set,
                String parentKey) {
            this.description = description;
            this.child = child;
            this.get = get;
            this.set = set;
            this.parentKey = parentKey;
        }

        /**
         * Returns the JSON property.
         *
         * @return e.g. {@code legs}
         */
        public String property() {
            return description.property();
        }

        /**
         * Returns the child table.
         *
         * @return the table
         */
        public Table<C, D> child() {
            return child;
        }

        /**
         * Returns the child table's column holding the parent's key, left out of nested objects.
         *
         * @return e.g. {@code journey_id}
         */
        public Field<C, D> parentColumn() {
            return child.field(description.parentColumn());
        }

        /**
         * Returns the children of a record.
         *
         * @param record the parent record
         * @return the children, possibly empty
         */
        public List<C> children(T record) {
            return get.apply(record);
        }

        /**
         * Builds the children from their read values and sets them on the parent's builder. Each child's parent
         * column is set to the parent's key first.
         *
         * @param builder the parent's builder
         * @param parentSlots the parent's read values
         * @param childSlots the children's read values
         * @param problems where problems go
         * @param pointer the JSON pointer of the array
         * @param inconsistent the code of columns that make no record
         * @param parent the parent table
         * @return false when a child could not be built
         */
        boolean apply(B builder, Object[] parentSlots, List<Object[]> childSlots, Problems problems, String pointer,
                IssueCode inconsistent, Table<T, B> parent) {
            Object key = parentSlots[parent.field(parentKey).index()];
            int keyIndex = parentColumn().index();
            List<C> children = new ArrayList<>(childSlots.size());
            boolean ok = true;
            for (int i = 0; i < childSlots.size(); i++) {
                Object[] slots = childSlots.get(i);
                slots[keyIndex] = key;
                C c = child.build(slots, List.of(), problems, pointer + "/" + i, inconsistent);
                if (c == null) {
                    ok = false;
                } else {
                    children.add(c);
                }
            }
            if (ok) {
                set.accept(builder, children);
            }
            return ok;
        }
    }

    private final Entity entity;
    private final List<Field<T, B>> fields;
    private final Map<String, Field<T, B>> byName;
    private final String[] names;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Composite<B>> composites;
    private final @Nullable Nest<T, B, ?, ?> nest;
    private final @Nullable Function<Object[], T> direct;
    private final @Nullable BiConsumer<T, Object[]> extractor;
    private final TableSchema schema;
    private final List<String> duplicateKey;
    private final Map<String, String> componentColumns;

    private Table(Builder<T, B> b) {
        this.componentColumns = Map.copyOf(b.componentColumns);
        this.entity = b.entity;
        this.fields = List.copyOf(b.fields);
        this.newBuilder = b.newBuilder;
        this.build = b.build;
        this.composites = List.copyOf(b.composites);
        this.nest = b.nest;
        this.direct = b.direct;
        this.extractor = b.extractor;
        Map<String, Field<T, B>> lookup = new HashMap<>();
        List<Column> columns = new ArrayList<>();
        names = new String[fields.size()];
        for (int i = 0; i < fields.size(); i++) {
            Field<T, B> f = fields.get(i);
            f.index(i);
            names[i] = f.name();
            columns.add(f.column());
            lookup.put(f.name(), f);
            for (String alias : f.column().aliases()) {
                lookup.put(alias, f);
            }
        }
        this.byName = Map.copyOf(lookup);
        this.schema = new TableSchema(entity, columns, b.primaryKey, b.foreignKeys,
                nest == null ? List.of() : List.of(nest.description));
        this.duplicateKey = List.copyOf(b.duplicateKey.isEmpty() ? b.primaryKey : b.duplicateKey);
    }

    /**
     * Returns the column that holds a record component, for locating what a record rule reports (rules name
     * components: {@code consentRecorded}, {@code total}; tables name columns: {@code consent_recorded},
     * {@code total_dead_and_missing}).
     *
     * @param component the record component's name
     * @return the column's name, or null when no column holds it (a list held by another table)
     */
    public @Nullable String columnOf(String component) {
        String named = componentColumns.get(component);
        if (named != null) {
            return named;
        }
        StringBuilder snake = new StringBuilder(component.length() + 4);
        for (int i = 0; i < component.length(); i++) {
            char c = component.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        Field<T, B> f = byName.get(snake.toString());
        return f == null ? null : f.name();
    }

    static <T, B> Builder<T, B> builder(Entity entity, Supplier<B> newBuilder, Function<B, T> build) {
        return new Builder<>(entity, newBuilder, build);
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
     * Returns the public description.
     *
     * @return the schema
     */
    public TableSchema schema() {
        return schema;
    }

    /**
     * Returns the columns that name one record for the duplicate-id rule: the primary key, unless the table
     * declares another (see {@link RecordKey}).
     *
     * @return the columns, empty when the table has none
     */
    public List<String> duplicateKey() {
        return duplicateKey;
    }

    /**
     * Returns the fields in column order.
     *
     * @return an unmodifiable list
     */
    public List<Field<T, B>> fields() {
        return fields;
    }

    /**
     * Returns the field of a column.
     *
     * @param name the exact column name
     * @return the field
     * @throws IllegalArgumentException if no column has that name
     */
    public Field<T, B> field(String name) {
        Field<T, B> f = byName.get(name);
        if (f == null) {
            throw new IllegalArgumentException("No column " + name + " in " + entity.tableName());
        }
        return f;
    }

    /**
     * Finds the field of a column by its exact name or an exact alias.
     *
     * @param name the name
     * @return the field, or null
     */
    public @Nullable Field<T, B> findField(String name) {
        return byName.get(name);
    }

    /**
     * Returns the nested table.
     *
     * @return the nest, or null when the entity has none
     */
    public @Nullable Nest<T, B, ?, ?> nest() {
        return nest;
    }

    /**
     * Builds a record from the read values of its columns, reporting what does not make a record.
     *
     * @param slots the read values in column order, null where absent
     * @param children the read values of each nested record, empty when none
     * @param problems where problems go
     * @param pointer the JSON pointer of the record, {@code ""} for a top-level record
     * @param inconsistent the code for columns that make no record and carry no code of their own
     * @return the record, or null when it could not be built (the reason is in {@code problems})
     */
    public @Nullable T build(Object[] slots, List<Object[]> children, Problems problems, String pointer,
            IssueCode inconsistent) {
        return make(slots, children, problems, pointer, inconsistent, direct != null && children.isEmpty());
    }

    /** Builds as {@link #build} does, always through the record's builder: the reference for the direct factory. */
    @Nullable T buildThroughBuilder(Object[] slots, Problems problems, IssueCode inconsistent) {
        return make(slots, List.of(), problems, "", inconsistent, false);
    }

    /**
     * Returns the header names each column accepts, in column order, for {@code CsvHeader.match}.
     *
     * @return one list of names per column
     */
    public List<List<String>> acceptedNames() {
        List<List<String>> out = new ArrayList<>(fields.size());
        for (Field<T, B> f : fields) {
            out.add(f.column().acceptedNames());
        }
        return out;
    }

    boolean hasDirect() {
        return direct != null;
    }

    /**
     * Puts a record's values into an array by column, as the writers need them: a text column's value as the
     * record holds it ({@link Field#value}, for a list column the collection, possibly empty), any other column's
     * {@link Field#wire} value. One call per record where the table has an extractor, instead of one megamorphic
     * getter call per column.
     *
     * @param record the record, not null
     * @param into an array of at least the table's column count; every column's slot is set
     */
    public void values(T record, Object[] into) {
        if (extractor != null) {
            extractor.accept(record, into);
            return;
        }
        valuesByField(record, into);
    }

    /** As {@link #values}, always through the fields' getters: the reference for the extractor. */
    void valuesByField(T record, Object[] into) {
        for (int i = 0; i < fields.size(); i++) {
            Field<T, B> f = fields.get(i);
            into[i] = f.kind() == Field.Kind.TEXT ? f.value(record) : f.wire(record);
        }
    }

    boolean hasExtractor() {
        return extractor != null;
    }

    private @Nullable T make(Object[] slots, List<Object[]> children, Problems problems, String pointer,
            IssueCode inconsistent, boolean directly) {
        try {
            if (directly) {
                // One constructor call with the read values, instead of a builder and a setter call per column.
                return Objects.requireNonNull(direct).apply(slots);
            }
            B b = newBuilder.get();
            for (Field<T, B> f : fields) {
                Object v = slots[f.index()];
                if (v != null) {
                    f.set(b, v);
                }
            }
            Slots view = new Slots(slots, this);
            for (Composite<B> c : composites) {
                c.apply(b, view);
            }
            if (nest != null && !children.isEmpty()
                    && !nest.apply(b, slots, children, problems, pointer + "/" + nest.property(), inconsistent, this)) {
                return null;
            }
            return build.apply(b);
        } catch (InvalidValueException e) {
            problems.add(e.issueCode(), message(e), pointer.isEmpty() ? null : pointer, null, null, null,
                    e.suggestion());
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(inconsistent, message(e), pointer.isEmpty() ? null : pointer, null, null, null, null);
        }
        return null;
    }

    private String message(RuntimeException e) {
        String m = e.getMessage();
        return "The " + entity.id() + " record cannot be made: " + (m == null ? e.getClass().getSimpleName() : m);
    }

    static final class Builder<T, B> {
        private final Entity entity;
        private final Supplier<B> newBuilder;
        private final Function<B, T> build;
        private final List<Field<T, B>> fields = new ArrayList<>();
        private final List<Composite<B>> composites = new ArrayList<>();
        private final List<String> primaryKey = new ArrayList<>();
        private final List<String> duplicateKey = new ArrayList<>();
        private final List<ForeignKey> foreignKeys = new ArrayList<>();
        private final Map<String, String> componentColumns = new HashMap<>();
        private @Nullable Nest<T, B, ?, ?> nest;
        private @Nullable Function<Object[], T> direct;
        private @Nullable BiConsumer<T, Object[]> extractor;

        private Builder(Entity entity, Supplier<B> newBuilder, Function<B, T> build) {
            this.entity = entity;
            this.newBuilder = newBuilder;
            this.build = build;
        }

        Builder<T, B> add(Field<T, B> field) {
            fields.add(Objects.requireNonNull(field, "field"));
            return this;
        }

        Builder<T, B> add(List<Field<T, B>> more) {
            fields.addAll(more);
            return this;
        }

        /** The slot of a column added before. */
        <V> Slot<V> slot(String name, Class<V> type) {
            for (int i = 0; i < fields.size(); i++) {
                if (fields.get(i).name().equals(name)) {
                    return new Slot<>(i);
                }
            }
            throw new IllegalArgumentException("No column " + name + " added to " + entity.tableName());
        }

        /** The slot of a list column added before, whose elements are of the given type. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        <V> Slot<List<V>> listSlot(String name, Class<V> elements) {
            return (Slot) slot(name, List.class);
        }

        /**
         * Makes records straight from the read values (for records without nested ones): the builder's path in one
         * constructor call. It must give what the builder gives — the same record, the same exception — for every
         * combination of values; {@code TableDirectTest} checks it against the builder.
         */
        Builder<T, B> direct(Function<Object[], T> factory) {
            direct = factory;
            return this;
        }

        /**
         * Takes a record's values out in one call, for the writers: what the fields' getters give one by one.
         * It must set every column's slot (a writer reuses the array); {@code TableDirectTest} checks it against
         * the fields.
         */
        Builder<T, B> extract(BiConsumer<T, Object[]> extractor) {
            this.extractor = extractor;
            return this;
        }

        Builder<T, B> composite(Composite<B> composite) {
            composites.add(composite);
            return this;
        }

        /** Names the column of a component whose name is not the column's in camel case. */
        Builder<T, B> component(String component, String column) {
            componentColumns.put(component, column);
            return this;
        }

        Builder<T, B> primaryKey(String... columns) {
            primaryKey.addAll(List.of(columns));
            return this;
        }

        /** Names the columns that name one record for the duplicate-id rule where they are not the primary key. */
        Builder<T, B> duplicateKey(String... columns) {
            duplicateKey.addAll(List.of(columns));
            return this;
        }

        Builder<T, B> foreignKey(String column, Entity reference, String referenceColumn) {
            foreignKeys.add(new ForeignKey(column, reference, referenceColumn));
            return this;
        }

        <C, D> Builder<T, B> nest(String property, Table<C, D> child, String parentColumn, String parentKey,
                Function<T, List<C>> get, BiConsumer<B, List<C>> set) {
            nest = new Nest<>(new NestedTable(property, child.entity(), parentColumn), child, get, set, parentKey);
            return this;
        }

        Table<T, B> build() {
            return new Table<>(this);
        }
    }
}
