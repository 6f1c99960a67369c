package org.migrationkit.examples.spring;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.constraints.IssueCodes;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.json.JsonRecordException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Turns what is wrong with a request body into RFC 9457 problem details ({@code application/problem+json}) with an
 * {@code issues} member: one {@code {code, field, message}} per problem, the code from the library's catalogue
 * (RULES.md), the field a JSON pointer into the body ({@code /country}) for what the JSON reader rejects and
 * the record component ({@code consentRecorded}) for what the record rules report. A body that is not JSON is 400; JSON that does not make a valid event is 422.
 */
@RestControllerAdvice
class IssueProblemDetails {
    /** The rules the library's constraints check through {@code @Valid}: one issue per violation. */
    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> issues = e.getBindingResult().getAllErrors().stream()
                .map(IssueProblemDetails::issue).toList();
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The assistance event breaks the record rules.", issues);
    }

    /** The body could not be read as an event: not JSON at all, or JSON the library's module rejects. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        if (e.getCause() instanceof JsonRecordException rejected) {
            List<Map<String, String>> issues = rejected.issues().stream()
                    .map(IssueProblemDetails::issue).toList();
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The JSON does not make an assistance event.", issues);
        }
        // Jackson's own messages may quote the input, which can be sensitive: say what and where, not the text.
        IssueCode code = e.getCause() instanceof MismatchedInputException ? IssueCode.JSON_WRONG_TYPE
                : IssueCode.JSON_MALFORMED;
        String message = code == IssueCode.JSON_WRONG_TYPE ? "The body is JSON but not an object."
                : e.getCause() instanceof JsonParseException p
                        ? "The body is not well-formed JSON at line " + p.getLocation().getLineNr() + ", column "
                                + p.getLocation().getColumnNr() + "."
                        : "The body is missing or is not JSON.";
        return problem(HttpStatus.BAD_REQUEST, message, List.of(issue(code.code(), null, message)));
    }

    private static ProblemDetail problem(HttpStatus status, String detail, List<Map<String, String>> issues) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("issues", issues);
        return problem;
    }

    private static Map<String, String> issue(ObjectError error) {
        ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
        String code = IssueCodes.of(violation).map(IssueCode::code).orElse(null);
        String field = error instanceof FieldError f ? f.getField() : null;
        return issue(code, field, violation.getMessage());
    }

    private static Map<String, String> issue(Issue issue) {
        return issue(issue.code().code(), issue.location().field(), issue.message());
    }

    private static Map<String, String> issue(@Nullable String code, @Nullable String field, String message) {
        // Unknown parts are left out, as in the library's JSON.
        Map<String, String> member = new LinkedHashMap<>();
        if (code != null) {
            member.put("code", code);
        }
        if (field != null) {
            member.put("field", field);
        }
        member.put("message", message);
        return member;
    }
}
