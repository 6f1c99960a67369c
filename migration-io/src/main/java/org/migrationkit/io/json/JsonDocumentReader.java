package org.migrationkit.io.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.ReadResult;

/**
 * Reads a JSON document — an array of records, or a single record — streaming the array's elements. A bad element
 * (a wrong type, a duplicate key, an unknown code) is one rejection and reading goes on. A syntax error, invalid
 * UTF-8 or an exceeded limit rejects the element it occurs in and ends the document: inside one JSON text the
 * next element cannot be found reliably (JSON Lines recovers line by line: prefer it for large or untrusted data).
 *
 * <p>Locations: {@code record} is the 1-based array element, {@code line}/{@code column} the parser's position,
 * {@code field} the JSON pointer within the record ({@code /number_dead}). Raw text is not kept for rejections.
 *
 * <p>Open one with {@link JsonRecordReader#builder(Class)}{@code .readDocument(path)}.
 *
 * @param <T> the record type
 */
public final class JsonDocumentReader<T> extends JsonRecordReader<T> {
    private enum State { START, ARRAY, DONE }

    private final JsonParser parser;
    private State state = State.START;
    private long element;

    JsonDocumentReader(Builder<T> b, InputStream in, @Nullable String file) {
        super(b, in, file);
        try {
            this.parser = factory.createParser(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    @Nullable ReadResult<T> readNext() throws IOException {
        if (state == State.DONE) {
            return null;
        }
        if (state == State.START) {
            return start();
        }
        JsonToken t;
        try {
            t = parser.nextToken();
        } catch (JsonProcessingException e) {
            return broken(e);
        }
        if (t == JsonToken.END_ARRAY) {
            end();
            return null;
        }
        return element(t);
    }

    private @Nullable ReadResult<T> start() throws IOException {
        JsonToken t;
        try {
            t = parser.nextToken();
        } catch (JsonProcessingException e) {
            state = State.DONE;
            problems.start(null, null);
            JsonErrors.report(e, problems, "The JSON document", 1, parser);
            problems.take().forEach(this::fileIssue);
            return null;
        }
        if (t == null) {
            state = State.DONE;
            fileIssue(Issue.of(IssueCode.FILE_EMPTY, "The JSON document is empty: write an array of "
                    + codec.entity().id() + " objects, or one object.", location(null)));
            return null;
        }
        if (t == JsonToken.START_ARRAY) {
            state = State.ARRAY;
            return readNext();
        }
        if (t == JsonToken.START_OBJECT) {
            // A single record: the document is that record.
            ReadResult<T> r = element(t);
            if (state != State.DONE) {
                end();
            }
            return r;
        }
        state = State.DONE;
        fileIssue(new Issue(IssueCode.JSON_WRONG_TYPE, IssueCode.JSON_WRONG_TYPE.severity(), "The JSON document is "
                + RecordCodec.describe(t) + ": write an array of " + codec.entity().id() + " objects, or one object.",
                location(parser.currentTokenLocation()), null, null));
        return null;
    }

    private ReadResult<T> element(JsonToken t) throws IOException {
        element++;
        JsonLocation at = parser.currentTokenLocation();
        long line = Math.max(1, at.getLineNr());
        problems.start(element, line);
        T value = null;
        try {
            if (t == JsonToken.START_OBJECT) {
                value = codec.read(parser, problems, 1);
            } else {
                RecordCodec.report(parser, problems, 1, IssueCode.JSON_WRONG_TYPE, "", null, "Array element "
                        + element + " is " + RecordCodec.describe(t) + ": expected a " + codec.entity().id()
                        + " object.", null, null);
                parser.skipChildren();
            }
        } catch (JsonProcessingException e) {
            state = State.DONE;
            JsonErrors.report(e, problems, "Array element " + element, 1, parser);
            return result(element, line, null, null);
        }
        return result(element, line, value, null);
    }

    private ReadResult<T> broken(JsonProcessingException e) {
        state = State.DONE;
        element++;
        JsonLocation at = e.getLocation();
        long line = at != null && at.getLineNr() > 0 ? at.getLineNr() : 1;
        problems.start(element, line);
        JsonErrors.report(e, problems, "Array element " + element, 1, parser);
        return result(element, line, null, null);
    }

    private void end() throws IOException {
        state = State.DONE;
        JsonToken after;
        try {
            after = parser.nextToken();
        } catch (JsonProcessingException e) {
            after = JsonToken.NOT_AVAILABLE;
        }
        if (after != null) {
            fileIssue(new Issue(IssueCode.JSON_TRAILING_CONTENT, IssueCode.JSON_TRAILING_CONTENT.severity(),
                    "The JSON document has content after its root value: a document holds one array or one object.",
                    location(parser.currentTokenLocation()), null, null));
        }
    }

    private IssueLocation location(@Nullable JsonLocation at) {
        Long line = at != null && at.getLineNr() > 0 ? (long) at.getLineNr() : null;
        Integer column = at != null && at.getColumnNr() > 0 ? at.getColumnNr() : null;
        return new IssueLocation(problems.file(), null, line, column, null);
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            super.close();
        }
    }
}
