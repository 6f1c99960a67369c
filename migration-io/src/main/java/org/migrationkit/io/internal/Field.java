package org.migrationkit.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.io.schema.Column;

/**
 * One column of a table bound to the record it describes: how to take the column's value out of a record (its
 * wire value) and how to put a read value into the record's builder.
 *
 * <p>Wire values are {@link String} (canonical text), {@link Integer}, {@link BigDecimal}, {@link Double} or
 * {@link Boolean}; a list column's wire value is a non-empty {@code List<String>}. Null means not reported: writers
 * leave it out.
 *
 * @param <T> the record type
 * @param <B> the record's builder type
 */
public final class Field<T, B> {
    /** How the column's values travel. */
    public enum Kind {
        /** Canonical text: a JSON string. */
        TEXT,
        /** A whole number: {@link Integer}. */
        INTEGER,
        /** An exact decimal: {@link BigDecimal}. */
        DECIMAL,
        /** A binary floating-point number: {@link Double}. */
        DOUBLE,
        /** {@link Boolean}. */
        BOOLEAN
    }

    /**
     * The lookup of free text: any text is its own value. Fields built with it are plain text, which the CSV reader
     * decodes (interning repeated values) without a lookup.
     */
    public static final Function<CharSequence, Lookup<String>> PLAIN = t -> Lookup.found(t.toString());

    private final Column column;
    private final Kind kind;
    private final boolean plain;
    private final Function<T, @Nullable Object> wire;
    private final @Nullable Function<String, Lookup<?>> parser;
    private final @Nullable Map<String, Object> exact;
    private final @Nullable BiConsumer<B, Object> setter;
    // Text columns only: the component as the record holds it (a value; for a list column the collection) and the
    // canonical text of one value, so a writer can go from a value to its pre-encoded form without the wire text.
    private final @Nullable Function<T, @Nullable Object> value;
    private final @Nullable Function<Object, String> toText;
    private @Nullable Function<String, Object> plainId;
    private int index = -1;

    private Field(Column column, Kind kind, Function<T, @Nullable Object> wire,
            @Nullable Function<String, Lookup<?>> parser, @Nullable Map<String, Object> exact,
            @Nullable BiConsumer<B, Object> setter) {
        this(column, kind, wire, parser, exact, setter, null, null);
    }

    private Field(Column column, Kind kind, Function<T, @Nullable Object> wire,
            @Nullable Function<String, Lookup<?>> parser, @Nullable Map<String, Object> exact,
            @Nullable BiConsumer<B, Object> setter, @Nullable Function<T, @Nullable Object> value,
            @Nullable Function<Object, String> toText) {
        this.value = value;
        this.toText = toText;
        this.column = column;
        this.kind = kind;
        this.plain = parser == PLAIN_PARSER;
        this.wire = wire;
        this.parser = parser;
        this.exact = exact;
        this.setter = setter;
    }

    /**
     * A single text value.
     *
     * @param column the column
     * @param get the component, null if not reported
     * @param toText the canonical text
     * @param lookup reads text without throwing
     * @param known the values whose canonical text is looked up first, exactly (a fast path), or empty
     * @param set the builder's setter, or null when a composite sets the component
     * @param <T> the record type
     * @param <B> the builder type
     * @param <V> the value type
     * @return the field
     */
    public static <T, B, V> Field<T, B> text(Column column, Function<T, @Nullable V> get, Function<V, String> toText,
            Function<CharSequence, Lookup<V>> lookup, Collection<V> known, @Nullable BiConsumer<B, V> set) {
        Function<T, @Nullable Object> wire = r -> {
            V v = get.apply(r);
            return v == null ? null : toText.apply(v);
        };
        return new Field<>(column, Kind.TEXT, wire, parser(lookup), exact(known, toText), cast(set), getter(get),
                castText(toText));
    }

    /**
     * A typed id (DESIGN §3): a text value whose lookup accepts every plain id, 1 to 128 printable ASCII characters
     * without a space at either end, as it is. Readers that have checked a cell to be such an id on its bytes make
     * the value with {@code ofPlain} directly, without the lookup's result object and its second check.
     *
     * @param column the column
     * @param get the component, null if not reported
     * @param toText the canonical text
     * @param lookup reads text without throwing
     * @param ofPlain makes the id of a plain id's text (the id type's constructor)
     * @param set the builder's setter, or null when a composite sets the component
     * @param <T> the record type
     * @param <B> the builder type
     * @param <V> the value type
     * @return the field
     */
    public static <T, B, V> Field<T, B> id(Column column, Function<T, @Nullable V> get, Function<V, String> toText,
            Function<CharSequence, Lookup<V>> lookup, Function<String, V> ofPlain, @Nullable BiConsumer<B, V> set) {
        Field<T, B> f = text(column, get, toText, lookup, List.of(), set);
        f.plainId = ofPlain::apply;
        return f;
    }

    /**
     * A list of text values.
     *
     * @param column the column, a list
     * @param get the component, empty if not reported
     * @param toText the canonical text of one value
     * @param lookup reads one value's text without throwing
     * @param known the values whose canonical text is looked up first, exactly, or empty
     * @param set the builder's setter of the whole list
     * @param <T> the record type
     * @param <B> the builder type
     * @param <V> the element type
     * @return the field
     */
    public static <T, B, V> Field<T, B> textList(Column column, Function<T, ? extends Collection<V>> get,
            Function<V, String> toText, Function<CharSequence, Lookup<V>> lookup, Collection<V> known,
            BiConsumer<B, List<V>> set) {
        Function<T, @Nullable Object> wire = r -> {
            Collection<V> values = get.apply(r);
            if (values.isEmpty()) {
                return null;
            }
            List<String> texts = new ArrayList<>(values.size());
            for (V v : values) {
                texts.add(toText.apply(v));
            }
            return texts;
        };
        return new Field<>(column, Kind.TEXT, wire, parser(lookup), exact(known, toText), cast(set), getter(get),
                castText(toText));
    }

    private static final Function<String, Lookup<?>> PLAIN_PARSER = PLAIN::apply;

    private static <V> Function<String, Lookup<?>> parser(Function<CharSequence, Lookup<V>> lookup) {
        return lookup == (Object) PLAIN ? PLAIN_PARSER : lookup::apply;
    }

    /**
     * A whole number.
     *
     * @param column the column
     * @param get the component, null if not reported
     * @param set the builder's setter, or null when a composite sets the component
     * @param <T> the record type
     * @param <B> the builder type
     * @return the field
     */
    public static <T, B> Field<T, B> integer(Column column, Function<T, @Nullable Integer> get,
            @Nullable BiConsumer<B, Integer> set) {
        return new Field<>(column, Kind.INTEGER, getter(get), null, null, cast(set));
    }

    /**
     * An exact decimal.
     *
     * @param column the column
     * @param get the component, null if not reported
     * @param set the builder's setter
     * @param <T> the record type
     * @param <B> the builder type
     * @return the field
     */
    public static <T, B> Field<T, B> decimal(Column column, Function<T, @Nullable BigDecimal> get,
            @Nullable BiConsumer<B, BigDecimal> set) {
        return new Field<>(column, Kind.DECIMAL, getter(get), null, null, cast(set));
    }

    /**
     * A binary floating-point number.
     *
     * @param column the column
     * @param get the component, null if not reported
     * @param set the builder's setter, or null when a composite sets the component
     * @param <T> the record type
     * @param <B> the builder type
     * @return the field
     */
    public static <T, B> Field<T, B> number(Column column, Function<T, @Nullable Double> get,
            @Nullable BiConsumer<B, Double> set) {
        return new Field<>(column, Kind.DOUBLE, getter(get), null, null, cast(set));
    }

    /**
     * A boolean.
     *
     * @param column the column
     * @param get the component, null if not reported
     * @param set the builder's setter, or null when a composite sets the component
     * @param <T> the record type
     * @param <B> the builder type
     * @return the field
     */
    public static <T, B> Field<T, B> bool(Column column, Function<T, @Nullable Boolean> get,
            @Nullable BiConsumer<B, Boolean> set) {
        return new Field<>(column, Kind.BOOLEAN, getter(get), null, null, cast(set));
    }

    private static <V> @Nullable Map<String, Object> exact(Collection<V> known, Function<V, String> toText) {
        if (known.isEmpty()) {
            return null;
        }
        Map<String, Object> map = new HashMap<>(known.size() * 2);
        for (V v : known) {
            map.put(toText.apply(v), v);
        }
        return map;
    }

    // A getter's result is only ever read as an Object. Kept as it is (no wrapping lambda): the writers call one
    // megamorphic getter per cell instead of two.
    @SuppressWarnings("unchecked")
    private static <T> Function<T, @Nullable Object> getter(Function<T, ?> get) {
        return (Function<T, @Nullable Object>) get;
    }

    // The value handed to toText is what this field's own getter produced (a V, or an element of its collection).
    @SuppressWarnings("unchecked")
    private static <V> Function<Object, String> castText(Function<V, String> toText) {
        return (Function<Object, String>) (Function<?, String>) toText;
    }

    // The slot holds what this field's own parser produced, so the setter gets a V. The setter itself is kept (no
    // wrapping lambda): one megamorphic call per cell instead of two on the bulk reading path.
    @SuppressWarnings("unchecked")
    private static <B, V> @Nullable BiConsumer<B, Object> cast(@Nullable BiConsumer<B, V> set) {
        return (BiConsumer<B, Object>) (BiConsumer<B, ?>) set;
    }

    /**
     * Returns the column.
     *
     * @return the column
     */
    public Column column() {
        return column;
    }

    /**
     * Returns the column name.
     *
     * @return the name
     */
    public String name() {
        return column.name();
    }

    /**
     * Returns how the values travel.
     *
     * @return the kind
     */
    public Kind kind() {
        return kind;
    }

    /**
     * Returns the position of the field in its table.
     *
     * @return the 0-based index
     */
    public int index() {
        return index;
    }

    void index(int i) {
        if (index >= 0) {
            throw new IllegalStateException("Field " + column.name() + " is already in a table.");
        }
        index = i;
    }

    /**
     * Returns a text column's component as the record holds it, before its conversion to text: the value, or for
     * a list column the collection (possibly empty).
     *
     * @param record the record
     * @return the value, or null when not reported
     * @throws IllegalStateException if this is not a text column
     */
    public @Nullable Object value(T record) {
        if (value == null) {
            throw new IllegalStateException("Field " + column.name() + " is not a text field.");
        }
        return value.apply(record);
    }

    /**
     * Returns the canonical text of one value of a text column, as {@link #wire} writes it.
     *
     * @param v a value this column's {@link #value} gave (for a list column, one element)
     * @return the text
     * @throws IllegalStateException if this is not a text column
     */
    public String text(Object v) {
        if (toText == null) {
            throw new IllegalStateException("Field " + column.name() + " is not a text field.");
        }
        return toText.apply(v);
    }

    /**
     * Returns the wire value of a record.
     *
     * @param record the record, not null
     * @return the value (see the class description), or null when not reported
     */
    public @Nullable Object wire(T record) {
        return wire.apply(record);
    }

    /**
     * Reads one text value without throwing.
     *
     * @param text the text, not blank
     * @return the value, or a miss with its issue code
     * @throws IllegalStateException if the field is not a text field
     */
    public Lookup<?> parse(String text) {
        if (exact != null) {
            Object v = exact.get(text);
            if (v != null) {
                return Lookup.found(v);
            }
        }
        if (parser == null) {
            throw new IllegalStateException("Field " + column.name() + " is not a text field.");
        }
        return parser.apply(text);
    }

    /**
     * Returns how to make this typed id's value from the text of a plain id (see {@link #id}).
     *
     * @return the function, or null when the field is no typed id
     */
    public @Nullable Function<String, Object> plainId() {
        return plainId;
    }

    /**
     * Returns whether the field is free text ({@link #PLAIN}): any text is its value.
     *
     * @return true for plain text, single or list
     */
    public boolean isPlainText() {
        return plain;
    }

    /**
     * Returns the values whose canonical text is looked up first, exactly, by that text.
     *
     * @return the map, empty when the field has none
     */
    public Map<String, Object> known() {
        return exact == null ? Map.of() : java.util.Collections.unmodifiableMap(exact);
    }

    /**
     * Puts a read value into a builder, if this field has a setter.
     *
     * @param builder the builder
     * @param value what this field's kind produces: the parsed value (a list for a list column), an Integer, ...
     */
    public void set(B builder, Object value) {
        if (setter != null) {
            setter.accept(builder, value);
        }
    }

    /**
     * Returns whether a composite, not this field, sets the component.
     *
     * @return true when the field has no setter of its own
     */
    public boolean isComposite() {
        return setter == null;
    }

    @Override
    public String toString() {
        return column.toString();
    }
}
