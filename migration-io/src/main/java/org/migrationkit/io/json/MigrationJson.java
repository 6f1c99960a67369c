package org.migrationkit.io.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Objects;

/**
 * A Jackson {@link JsonMapper} with {@link MigrationKitModule} and safe, strict defaults for input that may be
 * hostile (DESIGN §5): {@link JsonLimits} as {@code StreamReadConstraints}, duplicate keys and trailing tokens
 * rejected, no polymorphic default typing.
 *
 * <pre>{@code
 * JsonMapper mapper = MigrationJson.mapper();
 * String json = mapper.writeValueAsString(incident);
 * Incident back = mapper.readValue(json, Incident.class);
 * }</pre>
 *
 * To use your own mapper instead, register the module: {@code mapper.registerModule(new MigrationKitModule())}.
 */
public final class MigrationJson {
    private MigrationJson() {
    }

    /**
     * Returns a new mapper with the default limits.
     *
     * @return the mapper
     */
    public static JsonMapper mapper() {
        return mapper(JsonLimits.defaults());
    }

    /**
     * Returns a new mapper.
     *
     * @param limits the limits input is read with, not null
     * @return the mapper
     */
    public static JsonMapper mapper(JsonLimits limits) {
        JsonFactory factory = JsonFactory.builder().streamReadConstraints(limits.constraints(false))
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(new MigrationKitModule())
                .build();
    }

    /**
     * Returns a factory for the streaming readers and writers: the limits, and duplicate detection left to the
     * record readers, which report a duplicate as an issue and go on.
     *
     * @param limits the limits, not null
     * @return the factory
     */
    static JsonFactory streamingFactory(JsonLimits limits) {
        Objects.requireNonNull(limits, "limits");
        // The fast double parser and writer (FastDoubleParser, Schubfach) give the same values as the JDK's, several
        // times faster, and the same text on every JVM (Double.toString changed in JDK 19).
        return JsonFactory.builder().streamReadConstraints(limits.constraints(true))
                .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER).enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
                .build();
    }
}
