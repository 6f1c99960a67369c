package org.migrationkit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.Problems;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.Entity;

/**
 * Writes and reads one entity's records as JSON objects whose properties are the table's columns, driven by the
 * table (no reflection on the model: core does not open its packages). Reading never throws for bad data: every
 * problem goes to a {@link Problems} with its JSON pointer and parser position, and the object is consumed to its
 * end so the next record can be read. Only the parser's own failures (syntax, limits) propagate.
 *
 * @param <T> the record type
 */
abstract class RecordCodec<T> {
    private static final int MAX_SHOWN = 100;

    /**
     * Returns the codec of a record type.
     *
     * @param type a record type of the model
     * @param <T> the record type
     * @return the codec
     * @throws IllegalArgumentException if the type has no table
     */
    static <T> RecordCodec<T> of(Class<T> type) {
        return create(Tables.of(type));
    }

    private static <T, B> RecordCodec<T> create(Table<T, B> table) {
        return new TableCodec<>(table);
    }

    abstract Entity entity();

    /**
     * Checks that the record can be written in the table's shape.
     *
     * @throws IllegalArgumentException if not (a population figure with other age bands than the table's columns)
     */
    static void check(Object record) {
        if (record instanceof PopulationFigure) {
            Tables.requireFlat((PopulationFigure) record);
        }
    }

    /** Writes the record as one JSON object. */
    abstract void write(JsonGenerator g, T record) throws IOException;

    /** Writes the record as one JSON object: the same bytes as {@link #write(JsonGenerator, Object)}. */
    abstract void write(JsonOutput o, T record) throws IOException;

    /**
     * Reads one object; the parser is at its {@code START_OBJECT} and is left at its {@code END_OBJECT}.
     *
     * @param lineBase the physical line of the parser's line 1 (JSON Lines: the line read; a document: 1)
     * @return the record, or null when {@code problems} has an error for it
     */
    abstract @Nullable T read(JsonParser p, Problems problems, long lineBase) throws IOException;

    private static final class TableCodec<T, B> extends RecordCodec<T> {
        private final Table<T, B> table;
        private final List<Field<T, B>> fields;
        private final SerializableString[] names;
        // ,"name": — the comma left out before an object's first property.
        private final byte[][] separatedNames;
        private final Field.Kind[] kinds;
        private final boolean[] lists;
        private final String[] columnNames;
        private final int[] required;
        private final @Nullable KnownTexts[] known;
        private final @Nullable NestCodec<T> nest;

        TableCodec(Table<T, B> table) {
            this.table = table;
            this.fields = table.fields();
            this.names = new SerializableString[fields.size()];
            this.separatedNames = new byte[fields.size()][];
            this.kinds = new Field.Kind[fields.size()];
            this.lists = new boolean[fields.size()];
            this.columnNames = new String[fields.size()];
            this.known = new KnownTexts[fields.size()];
            for (int i = 0; i < names.length; i++) {
                names[i] = new SerializedString(fields.get(i).name());
                separatedNames[i] = separatedName(names[i]);
                kinds[i] = fields.get(i).kind();
                lists[i] = fields.get(i).column().isList();
                columnNames[i] = fields.get(i).name();
                known[i] = KnownTexts.of(fields.get(i).known());
            }
            this.required = fields.stream().filter(f -> f.column().isRequired()).mapToInt(Field::index).toArray();
            Table.Nest<T, B, ?, ?> n = table.nest();
            this.nest = n == null ? null : nestCodec(n);
        }

        private static <T, B, C, D> NestCodec<T> nestCodec(Table.Nest<T, B, C, D> n) {
            return new NestCodec<>(n, new TableCodec<>(n.child()));
        }

        @Override
        Entity entity() {
            return table.entity();
        }

        @Override
        void write(JsonGenerator g, T record) throws IOException {
            check(record);
            g.writeStartObject();
            writeFields(g, record, -1);
            if (nest != null) {
                nest.write(g, record);
            }
            g.writeEndObject();
        }

        void writeFields(JsonGenerator g, T record, int skip) throws IOException {
            Object[] values = new Object[names.length];
            table.values(record, values);
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null || i == skip) {
                    continue;
                }
                Field<T, B> f = fields.get(i);
                if (lists[i]) {
                    Collection<?> list = (Collection<?>) v;
                    if (list.isEmpty()) {
                        continue;
                    }
                    g.writeFieldName(names[i]);
                    g.writeStartArray(list, list.size());
                    for (Object e : list) {
                        writeValue(g, f, known[i], e);
                    }
                    g.writeEndArray();
                    continue;
                }
                g.writeFieldName(names[i]);
                switch (kinds[i]) {
                    case TEXT:
                        writeValue(g, f, known[i], v);
                        break;
                    case INTEGER:
                        g.writeNumber((Integer) v);
                        break;
                    case DECIMAL:
                        g.writeNumber((BigDecimal) v);
                        break;
                    case DOUBLE:
                        g.writeNumber((Double) v);
                        break;
                    default:
                        g.writeBoolean((Boolean) v);
                        break;
                }
            }
        }

        @Override
        void write(JsonOutput o, T record) throws IOException {
            check(record);
            o.raw((byte) '{');
            boolean any = writeFields(o, record, -1);
            if (nest != null) {
                nest.write(o, record, any);
            }
            o.raw((byte) '}');
        }

        /** Writes the properties of an object, as {@link #writeFields(JsonGenerator, Object, int)} does; true if any. */
        boolean writeFields(JsonOutput o, T record, int skip) throws IOException {
            Object[] values = new Object[separatedNames.length];
            table.values(record, values);
            boolean any = false;
            for (int i = 0; i < values.length; i++) {
                Object v = values[i];
                if (v == null || i == skip) {
                    continue;
                }
                Field<T, B> f = fields.get(i);
                Field.Kind kind = kinds[i];
                if (lists[i]) {
                    Collection<?> list = (Collection<?>) v;
                    if (list.isEmpty()) {
                        continue;
                    }
                    name(o, i, any);
                    o.raw((byte) '[');
                    boolean first = true;
                    for (Object e : list) {
                        if (!first) {
                            o.raw((byte) ',');
                        }
                        first = false;
                        writeValue(o, f, known[i], e);
                    }
                    o.raw((byte) ']');
                } else {
                    name(o, i, any);
                    switch (kind) {
                        case TEXT:
                            writeValue(o, f, known[i], v);
                            break;
                        case INTEGER:
                            o.integer((Integer) v);
                            break;
                        case DECIMAL:
                            o.decimal((BigDecimal) v);
                            break;
                        case DOUBLE:
                            o.number((Double) v);
                            break;
                        default:
                            o.bool((Boolean) v);
                            break;
                    }
                }
                any = true;
            }
            return any;
        }

        private void name(JsonOutput o, int i, boolean separated) throws IOException {
            byte[] n = separatedNames[i];
            o.raw(n, separated ? 0 : 1, separated ? n.length : n.length - 1); // without the comma first
        }

        private static void writeValue(JsonOutput o, Field<?, ?> f, @Nullable KnownTexts k, Object v)
                throws IOException {
            if (k == null) {
                o.string(f.text(v));
                return;
            }
            byte[] quoted = k.quotedValue(v);
            if (quoted == null) {
                String text = f.text(v);
                quoted = k.quoted(text);
                if (quoted == null) {
                    o.string(text);
                    return;
                }
            }
            o.raw(quoted);
        }

        private void writeValue(JsonGenerator g, Field<T, B> f, @Nullable KnownTexts k, Object v)
                throws IOException {
            if (k == null) {
                g.writeString(f.text(v));
                return;
            }
            SerializableString encoded = k.encodedValue(v);
            if (encoded != null) {
                g.writeString(encoded);
            } else {
                writeText(g, k, f.text(v));
            }
        }

        /** Writes a known code pre-encoded (a copy of its UTF-8 bytes), any other text encoded as it goes. */
        private static void writeText(JsonGenerator g, @Nullable KnownTexts k, String text) throws IOException {
            SerializableString encoded = k == null ? null : k.encoded(text);
            if (encoded != null) {
                g.writeString(encoded);
            } else {
                g.writeString(text);
            }
        }

        /** The known value the current string token spells exactly, found without making a String; or null. */
        private @Nullable Object knownValue(Field<T, B> f, JsonParser p) throws IOException {
            KnownTexts k = known[f.index()];
            return k == null ? null : k.find(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        }

        @Override
        @Nullable T read(JsonParser p, Problems problems, long lineBase) throws IOException {
            List<Object[]> children = nest == null ? List.of() : new ArrayList<>();
            Object[] slots = readSlots(p, problems, lineBase, "", -1, children);
            if (problems.hasErrors()) {
                return null;
            }
            return table.build(slots, children, problems, "", IssueCode.JSON_INVALID_RECORD);
        }

        Object[] readSlots(JsonParser p, Problems problems, long lineBase, String pointer, int skip,
                List<Object[]> children) throws IOException {
            Object[] slots = new Object[fields.size()];
            boolean[] seen = new boolean[fields.size()];
            boolean seenNest = false;
            Set<String> unknown = null;
            int expect = expected(0, skip);
            while (true) {
                // Records written by this library have their properties in column order: the next column's name,
                // pre-encoded, is matched against the input bytes without making or hashing a String. Any other
                // order still reads, through the lookup by name.
                Field<T, B> f;
                String name;
                if (expect < names.length && p.nextFieldName(names[expect])) {
                    f = fields.get(expect);
                    name = f.name();
                } else {
                    if (expect >= names.length) {
                        p.nextToken();
                    }
                    if (p.currentToken() != JsonToken.FIELD_NAME) {
                        break;
                    }
                    name = p.currentName();
                    f = later(name, expect);
                }
                JsonToken t = p.nextToken();
                if (f != null && f.index() != skip) {
                    int i = f.index();
                    expect = expected(i + 1, skip);
                    if (seen[i]) {
                        duplicate(p, problems, lineBase, pointer, name);
                    } else {
                        seen[i] = true;
                        slots[i] = readValue(f, t, p, problems, lineBase, pointer);
                    }
                } else if (nest != null && name.equals(nest.property())) {
                    if (seenNest) {
                        duplicate(p, problems, lineBase, pointer, name);
                    } else {
                        seenNest = true;
                        nest.read(t, p, problems, lineBase, pointer + "/" + name, children);
                    }
                } else {
                    if (unknown == null) {
                        unknown = new HashSet<>();
                    }
                    if (unknown.add(name)) {
                        report(p, problems, lineBase, IssueCode.JSON_UNKNOWN_PROPERTY, pointer, name,
                                "JSON property " + pointer(pointer, name) + " is not a column of "
                                        + table.entity().tableName() + " and is ignored: the columns are "
                                        + table.schema().header() + ".", null, null);
                    } else {
                        duplicate(p, problems, lineBase, pointer, name);
                    }
                    p.skipChildren();
                }
            }
            for (int r : required) {
                Field<T, B> f = fields.get(r);
                if (slots[r] == null && r != skip) {
                    report(p, problems, lineBase, IssueCode.JSON_MISSING_PROPERTY, pointer, f.name(),
                            "JSON property " + pointer(pointer, f.name()) + " is missing, null or blank: it is "
                                    + "required (" + f.column().description() + ")", null, null);
                }
            }
            return slots;
        }

        /**
         * The field of a name that is not the expected column's: usually a later column (the ones between are
         * absent), found by identity — the parser interns names, as the columns' constant names are — before the
         * lookup by name, which also knows the aliases.
         */
        private @Nullable Field<T, B> later(String name, int expect) {
            for (int j = expect + 1; j < names.length; j++) {
                if (columnNames[j] == name) {
                    return fields.get(j);
                }
            }
            return table.findField(name);
        }

        /** The index of the column expected next, from {@code i} on: the skipped (parent key) column is absent. */
        private static int expected(int i, int skip) {
            return i == skip ? i + 1 : i;
        }

        private void duplicate(JsonParser p, Problems problems, long lineBase, String pointer, String name)
                throws IOException {
            report(p, problems, lineBase, IssueCode.JSON_DUPLICATE_KEY, pointer, name, "JSON property "
                    + pointer(pointer, name) + " is given twice: give each property once (which value was meant "
                    + "is unknown, so the record is rejected).", null, null);
            p.skipChildren();
        }

        private @Nullable Object readValue(Field<T, B> f, JsonToken t, JsonParser p, Problems problems,
                long lineBase, String pointer) throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return null;
            }
            if (f.column().isList()) {
                if (t != JsonToken.START_ARRAY) {
                    wrongType(f, t, p, problems, lineBase, pointer, f.name(), "an array of strings");
                    return null;
                }
                List<Object> values = new ArrayList<>();
                int i = 0;
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), i++) {
                    if (e == JsonToken.VALUE_STRING || e == JsonToken.VALUE_NUMBER_INT) {
                        Object v = knownValue(f, p);
                        if (v == null) {
                            v = text(f, p.getText(), p, problems, lineBase, pointer, i);
                        }
                        if (v != null) {
                            values.add(v);
                        }
                    } else {
                        wrongType(f, e, p, problems, lineBase, pointer(pointer, f.name()), String.valueOf(i), "a string");
                    }
                }
                return values.isEmpty() ? null : values;
            }
            switch (f.kind()) {
                case TEXT:
                    if (t == JsonToken.VALUE_STRING || t == JsonToken.VALUE_NUMBER_INT) {
                        Object v = knownValue(f, p);
                        return v != null ? v : text(f, p.getText(), p, problems, lineBase, pointer, -1);
                    }
                    return wrongType(f, t, p, problems, lineBase, pointer, f.name(), "a string");
                case INTEGER:
                    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
                        return p.getIntValue();
                    }
                    if (t == JsonToken.VALUE_STRING) {
                        String s = p.getText().strip();
                        if (s.isEmpty()) {
                            return null;
                        }
                        Integer n = parseInt(s);
                        if (n != null) {
                            return n;
                        }
                    }
                    return wrongType(f, t, p, problems, lineBase, pointer, f.name(),
                            "a whole number from -2147483648 to 2147483647 (a JSON number, or a string of its digits)");
                case DECIMAL:
                case DOUBLE:
                    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                        return f.kind() == Field.Kind.DECIMAL ? p.getDecimalValue() : (Object) p.getDoubleValue();
                    }
                    if (t == JsonToken.VALUE_STRING) {
                        String s = p.getText().strip();
                        if (s.isEmpty()) {
                            return null;
                        }
                        BigDecimal d = parseDecimal(s);
                        if (d != null) {
                            return f.kind() == Field.Kind.DECIMAL ? d : (Object) Double.parseDouble(s);
                        }
                    }
                    return wrongType(f, t, p, problems, lineBase, pointer, f.name(),
                            "a number (a JSON number, or a string of one)");
                default:
                    if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
                        return t == JsonToken.VALUE_TRUE;
                    }
                    if (t == JsonToken.VALUE_STRING) {
                        String s = p.getText().strip();
                        if (s.isEmpty()) {
                            return null;
                        }
                        if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) {
                            return Boolean.valueOf(s);
                        }
                    }
                    return wrongType(f, t, p, problems, lineBase, pointer, f.name(), "true or false");
            }
        }

        /**
         * Reads a text value: the property's own ({@code item} negative) or item {@code item} of its list. The
         * pointer of the value is only built when there is something to report.
         */
        private @Nullable Object text(Field<T, B> f, String text, JsonParser p, Problems problems, long lineBase,
                String parent, int item) {
            if (text.isBlank()) {
                return null;
            }
            Lookup<?> l = f.parse(text);
            if (l.isFound()) {
                return l.value();
            }
            String pointer = item < 0 ? parent : pointer(parent, f.name());
            String name = item < 0 ? f.name() : String.valueOf(item);
            IssueCode code = l.code();
            boolean sensitive = f.column().isSensitive();
            String suggestion = sensitive ? null : l.suggestion();
            report(p, problems, lineBase, code, pointer, name, "JSON property " + pointer(pointer, name)
                    + (sensitive ? " (value not shown)" : " \"" + shown(text) + "\"") + " is not accepted: "
                    + code.checks() + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"),
                    sensitive ? null : text, suggestion);
            return null;
        }

        private @Nullable Object wrongType(Field<T, B> f, JsonToken t, JsonParser p, Problems problems,
                long lineBase, String pointer, String name, String expected) throws IOException {
            boolean scalar = t.isScalarValue();
            String value = scalar && !f.column().isSensitive() ? p.getText() : null;
            report(p, problems, lineBase, IssueCode.JSON_WRONG_TYPE, pointer, name, "JSON property "
                    + pointer(pointer, name) + " is " + describe(t) + (value == null ? "" : " " + quoted(t, value))
                    + ": expected " + expected + ".", value, null);
            p.skipChildren();
            return null;
        }

        private static String quoted(JsonToken t, String value) {
            return t == JsonToken.VALUE_STRING ? "\"" + shown(value) + "\"" : shown(value);
        }
    }

    /** The nested table of a record type: a journey's legs. */
    private static final class NestCodec<T> {
        private final Table.Nest<T, ?, ?, ?> nest;
        private final Writer<T> writer;
        private final ByteWriter<T> byteWriter;
        private final Reader reader;

        interface Writer<T> {
            void write(JsonGenerator g, T record) throws IOException;
        }

        interface ByteWriter<T> {
            void write(JsonOutput o, T record, boolean separated) throws IOException;
        }

        interface Reader {
            Object[] read(JsonParser p, Problems problems, long lineBase, String pointer) throws IOException;
        }

        <B, C, D> NestCodec(Table.Nest<T, B, C, D> nest, TableCodec<C, D> child) {
            this.nest = nest;
            int skip = nest.parentColumn().index();
            this.writer = (g, record) -> {
                List<C> children = nest.children(record);
                if (children.isEmpty()) {
                    return;
                }
                g.writeFieldName(nest.property());
                g.writeStartArray(children, children.size());
                for (C c : children) {
                    g.writeStartObject();
                    child.writeFields(g, c, skip);
                    g.writeEndObject();
                }
                g.writeEndArray();
            };
            byte[] name = separatedName(new SerializedString(nest.property()));
            this.byteWriter = (o, record, separated) -> {
                List<C> children = nest.children(record);
                if (children.isEmpty()) {
                    return;
                }
                o.raw(name, separated ? 0 : 1, separated ? name.length : name.length - 1); // without the comma first
                o.raw((byte) '[');
                for (int i = 0; i < children.size(); i++) {
                    if (i > 0) {
                        o.raw((byte) ',');
                    }
                    o.raw((byte) '{');
                    child.writeFields(o, children.get(i), skip);
                    o.raw((byte) '}');
                }
                o.raw((byte) ']');
            };
            this.reader = (p, problems, lineBase, pointer) -> child.readSlots(p, problems, lineBase, pointer, skip,
                    List.of());
        }

        String property() {
            return nest.property();
        }

        void write(JsonGenerator g, T record) throws IOException {
            writer.write(g, record);
        }

        void write(JsonOutput o, T record, boolean separated) throws IOException {
            byteWriter.write(o, record, separated);
        }

        void read(JsonToken t, JsonParser p, Problems problems, long lineBase, String pointer, List<Object[]> out)
                throws IOException {
            if (t == JsonToken.VALUE_NULL) {
                return;
            }
            if (t != JsonToken.START_ARRAY) {
                report(p, problems, lineBase, IssueCode.JSON_WRONG_TYPE, pointer, null, "JSON property " + pointer
                        + " is " + describe(t) + ": expected an array of " + nest.child().entity().id()
                        + " objects.", null, null);
                p.skipChildren();
                return;
            }
            int i = 0;
            for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken(), i++) {
                if (e == JsonToken.START_OBJECT) {
                    out.add(reader.read(p, problems, lineBase, pointer + "/" + i));
                } else {
                    report(p, problems, lineBase, IssueCode.JSON_WRONG_TYPE, pointer + "/" + i, null,
                            "JSON value " + pointer + "/" + i + " is " + describe(e) + ": expected a "
                                    + nest.child().entity().id() + " object.", null, null);
                    p.skipChildren();
                }
            }
        }
    }

    // ---- shared helpers

    static byte[] separatedName(SerializableString name) {
        byte[] inner = name.asQuotedUTF8();
        byte[] b = new byte[inner.length + 4];
        b[0] = ',';
        b[1] = '"';
        System.arraycopy(inner, 0, b, 2, inner.length);
        b[b.length - 2] = '"';
        b[b.length - 1] = ':';
        return b;
    }

    static void report(JsonParser p, Problems problems, long lineBase, IssueCode code, String pointer,
            @Nullable String name, String message, @Nullable String value, @Nullable String suggestion) {
        JsonLocation loc = p.currentTokenLocation();
        Long line = loc.getLineNr() > 0 ? lineBase + loc.getLineNr() - 1 : null;
        Integer column = loc.getColumnNr() > 0 ? loc.getColumnNr() : null;
        String field = name == null ? (pointer.isEmpty() ? null : pointer) : pointer(pointer, name);
        problems.add(code, message, field, line, column, value, suggestion);
    }

    static String pointer(String pointer, String name) {
        // RFC 6901: ~ and / inside a name are escaped.
        if (name.indexOf('~') >= 0 || name.indexOf('/') >= 0) {
            name = name.replace("~", "~0").replace("/", "~1");
        }
        return pointer + "/" + name;
    }

    static String describe(JsonToken t) {
        switch (t) {
            case START_OBJECT:
                return "an object";
            case START_ARRAY:
                return "an array";
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            default:
                return "unexpected (" + t + ")";
        }
    }

    static String shown(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
    }

    static @Nullable Integer parseInt(String s) {
        int start = s.charAt(0) == '-' ? 1 : 0;
        if (start == s.length() || s.length() - start > 10) {
            return null;
        }
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        long v = Long.parseLong(s);
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? null : (int) v;
    }

    // JSON's number grammar (RFC 8259 §6), so that "1e5" and "-0.5" pass and "0x10", "NaN" and "1," do not.
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    static @Nullable BigDecimal parseDecimal(String s) {
        if (s.length() > 1_000 || !NUMBER.matcher(s).matches()) {
            return null;
        }
        return new BigDecimal(s);
    }
}
