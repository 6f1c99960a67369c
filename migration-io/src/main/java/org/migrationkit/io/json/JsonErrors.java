package org.migrationkit.io.json;

import com.fasterxml.jackson.core.ErrorReportConfiguration;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.internal.Problems;

/** Turns the parser's own failures (syntax, limits, encoding) into located issues. */
final class JsonErrors {
    private JsonErrors() {
    }

    /** The streaming factory: limits, and error messages that quote no input (it may be sensitive). */
    static JsonFactory factory(JsonLimits limits) {
        return MigrationJson.streamingFactory(limits).rebuild()
                .errorReportConfiguration(ErrorReportConfiguration.builder().maxErrorTokenLength(0)
                        .maxRawContentLength(0).build())
                .build();
    }

    static IssueCode code(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (e instanceof StreamConstraintsException) {
            if (m.contains("nesting depth")) {
                return IssueCode.LIMIT_NESTING_DEPTH;
            }
            if (m.contains("Number value length")) {
                return IssueCode.LIMIT_NUMBER_LENGTH;
            }
            return IssueCode.LIMIT_STRING_LENGTH;
        }
        if (m.contains("Invalid UTF-8") || m.contains("Invalid UTF8")) {
            return IssueCode.ENCODING_INVALID_UTF8;
        }
        return IssueCode.JSON_MALFORMED;
    }

    /**
     * Reports a parser failure.
     *
     * @param what where, for the message: e.g. {@code JSON Lines line 7} or {@code array element 3}
     * @param lineBase the physical line of the parser's line 1
     * @param parser the parser that failed, for its position when the failure has none; or null
     */
    static IssueCode report(JsonProcessingException e, Problems problems, String what, long lineBase,
            @Nullable JsonParser parser) {
        IssueCode code = code(e);
        JsonLocation loc = e.getLocation();
        if ((loc == null || loc.getLineNr() < 1) && parser != null) {
            // Limit failures carry no location: the parser's position is where it stopped.
            loc = parser.currentLocation();
        }
        Long line = loc != null && loc.getLineNr() > 0 ? lineBase + loc.getLineNr() - 1 : null;
        Integer column = loc != null && loc.getColumnNr() > 0 ? loc.getColumnNr() : null;
        String fix;
        switch (code) {
            case LIMIT_NESTING_DEPTH:
                fix = "records of this library nest 3 levels deep; raise JsonLimits.maxNestingDepth only for trusted "
                        + "input.";
                break;
            case LIMIT_NUMBER_LENGTH:
            case LIMIT_STRING_LENGTH:
                fix = "raise the limit in JsonLimits only for trusted input.";
                break;
            case ENCODING_INVALID_UTF8:
                fix = "save the file as UTF-8.";
                break;
            default:
                fix = "the record is rejected; check the quotes, commas and brackets around this position.";
                break;
        }
        problems.add(code, what + (code == IssueCode.JSON_MALFORMED ? " is not well-formed JSON: "
                : code == IssueCode.ENCODING_INVALID_UTF8 ? " is not valid UTF-8: " : " exceeds a limit: ")
                + e.getOriginalMessage() + "; " + fix, null, line, column, null, null);
        return code;
    }
}
