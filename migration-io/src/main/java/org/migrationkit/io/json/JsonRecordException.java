package org.migrationkit.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;

/**
 * Thrown by the deserialisers of {@link MigrationKitModule} when a JSON object does not make a record: a
 * {@code MismatchedInputException}, as Jackson's {@code readValue} contract asks, that also carries the issues with
 * their codes and fields (JSON pointers such as {@code /country}), so that a service can answer with them instead
 * of parsing the message.
 *
 * <pre>{@code
 * try {
 *     mapper.readValue(body, AssistanceEvent.class);
 * } catch (JsonRecordException e) {
 *     e.issues();   // [country.unknown at field /country: ...]
 * }
 * }</pre>
 */
public final class JsonRecordException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;

    // Issues are not Serializable; a deserialised exception keeps its message only.
    private final transient @Nullable List<Issue> issues;

    JsonRecordException(JsonParser parser, String message, Class<?> type, List<Issue> issues) {
        super(parser, message, type);
        this.issues = List.copyOf(issues);
    }

    /**
     * Returns the issues that rejected the record, errors first in input order, then the other issues.
     *
     * @return the issues, not empty (empty only after Java serialisation); unmodifiable
     */
    public List<Issue> issues() {
        return issues == null ? List.of() : issues;
    }
}
