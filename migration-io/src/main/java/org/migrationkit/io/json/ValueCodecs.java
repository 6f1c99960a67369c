package org.migrationkit.io.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.internal.Problems;

/** The serializers and deserializers {@link MigrationKitModule} registers. */
final class ValueCodecs {
    private ValueCodecs() {
    }

    /** A value type written as its canonical text. */
    static final class TextSerializer<V> extends StdSerializer<V> {
        private static final long serialVersionUID = 1L;
        private final transient Function<V, String> toText;

        TextSerializer(Class<V> type, Function<V, String> toText) {
            super(type);
            this.toText = toText;
        }

        @Override
        public void serialize(V value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeString(toText.apply(value));
        }
    }

    /** A value type read from its text through the value type's non-throwing lookup. */
    static final class TextDeserializer<V> extends StdDeserializer<V> {
        private static final long serialVersionUID = 1L;
        private final Class<V> type;
        private final transient Function<CharSequence, Lookup<V>> lookup;

        TextDeserializer(Class<V> type, Function<CharSequence, Lookup<V>> lookup) {
            super(type);
            this.type = type;
            this.lookup = lookup;
        }

        @Override
        public V deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            String text = p.getText();
            Lookup<V> l = lookup.apply(text);
            if (l.isFound()) {
                return l.value();
            }
            String suggestion = l.suggestion();
            // The text is not echoed: it may be an id, which can be sensitive.
            return type.cast(ctxt.handleWeirdStringValue(type, text, "not accepted ("
                    + l.code().code() + "): " + l.code().checks()
                    + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?")));
        }
    }

    /** A record of the model, written and read by its table's {@link RecordCodec}. */
    static final class RecordSerializer<T> extends StdSerializer<T> {
        private static final long serialVersionUID = 1L;
        private final transient RecordCodec<T> codec;

        RecordSerializer(Class<T> type) {
            super(type);
            this.codec = RecordCodec.of(type);
        }

        @Override
        public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
            codec.write(g, value);
        }
    }

    /**
     * Reads a record; what rejects it becomes a {@link JsonRecordException} (a {@code MismatchedInputException},
     * Jackson's contract for a mapper's {@code readValue}) naming the first error and carrying all the issues; the
     * readers of this package report issues instead.
     */
    static final class RecordDeserializer<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final Class<T> type;
        private final transient RecordCodec<T> codec;

        RecordDeserializer(Class<T> type) {
            super(type);
            this.type = type;
            this.codec = RecordCodec.of(type);
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            Problems problems = new Problems(null);
            problems.start(null, null);
            T value = codec.read(p, problems, 1);
            if (value == null) {
                List<Issue> issues = problems.take();
                List<Issue> ordered = new ArrayList<>(issues.size());
                issues.stream().filter(i -> i.severity() == Severity.ERROR).forEach(ordered::add);
                issues.stream().filter(i -> i.severity() != Severity.ERROR).forEach(ordered::add);
                Issue first = ordered.get(0);
                throw new JsonRecordException(p, first.message() + " (" + first.code().code() + ")", type, ordered);
            }
            return value;
        }
    }

    /** A composite value type as an object of named parts, through the tree model (not on the bulk path). */
    static final class ObjectSerializer<V> extends StdSerializer<V> {
        private static final long serialVersionUID = 1L;
        private final transient Function<V, Map<String, @Nullable Object>> parts;

        ObjectSerializer(Class<V> type, Function<V, Map<String, @Nullable Object>> parts) {
            super(type);
            this.parts = parts;
        }

        @Override
        public void serialize(V value, JsonGenerator g, SerializerProvider provider) throws IOException {
            g.writeStartObject();
            for (Map.Entry<String, @Nullable Object> e : parts.apply(value).entrySet()) {
                if (e.getValue() != null) {
                    provider.defaultSerializeField(e.getKey(), e.getValue(), g);
                }
            }
            g.writeEndObject();
        }
    }

    /** Reads a composite value type from its object; invalid parts become a {@code MismatchedInputException}. */
    static final class ObjectDeserializer<V> extends StdDeserializer<V> {
        private static final long serialVersionUID = 1L;
        private final Class<V> type;
        private final transient Reader<V> reader;

        @FunctionalInterface
        interface Reader<V> {
            V read(JsonNode node, DeserializationContext ctxt) throws IOException;
        }

        ObjectDeserializer(Class<V> type, Reader<V> reader) {
            super(type);
            this.type = type;
            this.reader = reader;
        }

        @Override
        public V deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return type.cast(ctxt.handleUnexpectedToken(type, p));
            }
            JsonNode node = ctxt.readTree(p);
            try {
                return reader.read(node, ctxt);
            } catch (IllegalArgumentException | NullPointerException e) {
                return type.cast(ctxt.reportInputMismatch(this, "%s", String.valueOf(e.getMessage())));
            }
        }
    }
}
