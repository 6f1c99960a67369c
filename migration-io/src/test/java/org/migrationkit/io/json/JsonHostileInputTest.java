package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;

/**
 * Hostile JSON input (DESIGN §5): each class of attack gives located issues or rejections, never an exception, and
 * the counts add up. JSON Lines goes on after the bad line; a JSON document ends at a syntax or limit failure.
 */
class JsonHostileInputTest {
    private static final String GOOD = "{\"id\":\"m-1\",\"sex\":\"female\"}";

    /** What a reader yielded. */
    record Read(List<ReadResult<Migrant>> results, List<Issue> fileIssues, long records, long valid, long rejected) {
        ReadResult<Migrant> get(int record) {
            return results.get(record - 1);
        }

        Issue issue(int record) {
            assertThat(get(record).isRejected()).as("record %d rejected", record).isTrue();
            return get(record).issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst().orElseThrow();
        }
    }

    static Read lines(byte[] input) throws IOException {
        try (JsonLinesReader<Migrant> r = JsonRecordReader.builder(Migrant.class)
                .readLines(new ByteArrayInputStream(input), "in.jsonl")) {
            return collect(r);
        }
    }

    static Read document(byte[] input) throws IOException {
        try (JsonDocumentReader<Migrant> r = JsonRecordReader.builder(Migrant.class)
                .readDocument(new ByteArrayInputStream(input), "in.json")) {
            return collect(r);
        }
    }

    private static Read collect(JsonRecordReader<Migrant> r) {
        List<ReadResult<Migrant>> results = new ArrayList<>();
        r.forEach(results::add);
        Read read = new Read(results, r.fileIssues(), r.records(), r.valid(), r.rejected());
        // Nothing lost: every record is counted once, as a value or a rejection.
        assertThat(read.records()).isEqualTo(results.size()).isEqualTo(read.valid() + read.rejected());
        assertThat(results.stream().filter(ReadResult::isRejected).count()).isEqualTo(read.rejected());
        return read;
    }

    private static byte[] utf8(String... lines) {
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private static IssueLocation at(String file, long record, long line, Integer column, String field) {
        return new IssueLocation(file, record, line, column, field);
    }

    @Test
    void nesting100000Deep_rejectsTheRecordAndReadsTheNextLine() throws IOException {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Read read = lines(utf8(GOOD, "{\"id\":\"m-2\",\"x\":" + deep + "}", GOOD));
        assertThat(read.records()).isEqualTo(3);
        assertThat(read.rejected()).isEqualTo(1);
        Issue issue = read.issue(2);
        assertThat(issue.code()).isEqualTo(IssueCode.LIMIT_NESTING_DEPTH);
        assertThat(issue.location().file()).isEqualTo("in.jsonl");
        assertThat(issue.location().record()).isEqualTo(2L);
        assertThat(issue.location().line()).isEqualTo(2L);
        assertThat(issue.location().column()).isPositive();
        assertThat(issue.message()).startsWith("JSON Lines line 2 exceeds a limit: Document nesting depth (65) "
                + "exceeds the maximum allowed (64");
        assertThat(read.get(3).value().id().value()).isEqualTo("m-1");

        Read doc = document(utf8("[{\"id\":\"m-2\",\"x\":" + deep + "}," + GOOD + "]"));
        // Inside one JSON text the next element cannot be found reliably: the document ends there.
        assertThat(doc.records()).isEqualTo(1);
        assertThat(doc.issue(1).code()).isEqualTo(IssueCode.LIMIT_NESTING_DEPTH);
        assertThat(doc.issue(1).location().record()).isEqualTo(1L);
    }

    @Test
    void hugeNumber_isALimitAndATooLargeIntIsAWrongType() throws IOException {
        Read read = lines(utf8("{\"id\":\"m-1\",\"age\":" + "9".repeat(100_000) + "}",
                "{\"id\":\"m-2\",\"age\":99999999999}", GOOD));
        assertThat(read.issue(1).code()).isEqualTo(IssueCode.LIMIT_NUMBER_LENGTH);
        assertThat(read.issue(1).location().line()).isEqualTo(1L);
        Issue wrong = read.issue(2);
        assertThat(wrong.code()).isEqualTo(IssueCode.JSON_WRONG_TYPE);
        assertThat(wrong.location()).isEqualTo(at("in.jsonl", 2, 2, 19, "/age"));
        assertThat(wrong.message()).isEqualTo("JSON property /age is a number 99999999999: expected a whole number "
                + "from -2147483648 to 2147483647 (a JSON number, or a string of its digits).");
        assertThat(wrong.value()).isEqualTo("99999999999");
        assertThat(read.get(3).isRejected()).isFalse();
    }

    @Test
    void string25Mb_isRejectedAndTheNextLineStillReads() throws IOException {
        String huge = "x".repeat(25 << 20);
        Read read = lines(utf8("{\"id\":\"" + huge + "\"}", GOOD));
        assertThat(read.records()).isEqualTo(2);
        Issue issue = read.issue(1);
        assertThat(issue.code()).isEqualTo(IssueCode.LIMIT_STRING_LENGTH);
        assertThat(issue.location().record()).isEqualTo(1L);
        assertThat(issue.message()).contains("String value length").contains("exceeds the maximum allowed (20000000");
        assertThat(read.get(2).isRejected()).isFalse();
    }

    @Test
    void duplicateKeys_rejectTheRecordWithThePointer() throws IOException {
        Read read = lines(utf8(GOOD, "{\"id\":\"m-2\",\"sex\":\"male\",\"sex\":\"female\"}", GOOD));
        Issue issue = read.issue(2);
        assertThat(issue.code()).isEqualTo(IssueCode.JSON_DUPLICATE_KEY);
        assertThat(issue.location()).isEqualTo(at("in.jsonl", 2, 2, 32, "/sex"));
        assertThat(issue.message()).isEqualTo("JSON property /sex is given twice: give each property once (which "
                + "value was meant is unknown, so the record is rejected).");
        assertThat(read.get(2).raw()).isEqualTo("{\"id\":\"m-2\",\"sex\":\"male\",\"sex\":\"female\"}");

        Read doc = document(utf8("[" + GOOD + ",", "{\"id\":\"a\",\"id\":\"b\"},", GOOD + "]"));
        assertThat(doc.records()).isEqualTo(3);
        assertThat(doc.rejected()).isEqualTo(1);
        assertThat(doc.issue(2).location()).isEqualTo(at("in.json", 2, 2, 16, "/id"));
        assertThat(doc.get(3).isRejected()).isFalse();
    }

    @Test
    void trailingContent_isAnIssue() throws IOException {
        Read read = lines(utf8(GOOD + " {\"id\":\"m-2\"}", GOOD + " x", GOOD));
        assertThat(read.issue(1).code()).isEqualTo(IssueCode.JSON_TRAILING_CONTENT);
        assertThat(read.issue(1).location()).isEqualTo(at("in.jsonl", 1, 1, 29, null));
        assertThat(read.issue(2).code()).isEqualTo(IssueCode.JSON_TRAILING_CONTENT);
        assertThat(read.get(3).isRejected()).isFalse();

        Read doc = document(utf8("[" + GOOD + "] []"));
        assertThat(doc.records()).isEqualTo(1);
        assertThat(doc.valid()).isEqualTo(1);
        assertThat(doc.fileIssues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.JSON_TRAILING_CONTENT);
            assertThat(i.location()).isEqualTo(new IssueLocation("in.json", null, 1L, 31, null));
        });
    }

    @Test
    void truncatedInput_rejectsTheCutRecord() throws IOException {
        Read read = lines(utf8(GOOD, "{\"id\":\"m-2\",\"sex\":\"fem"));
        assertThat(read.records()).isEqualTo(2);
        Issue issue = read.issue(2);
        assertThat(issue.code()).isEqualTo(IssueCode.JSON_MALFORMED);
        assertThat(issue.location().record()).isEqualTo(2L);
        assertThat(issue.location().line()).isEqualTo(2L);
        assertThat(issue.message()).startsWith("JSON Lines line 2 is not well-formed JSON: Unexpected end-of-input");

        Read doc = document(utf8("[" + GOOD + ",{\"id\":\"m-2\",\"se"));
        assertThat(doc.records()).isEqualTo(2);
        assertThat(doc.get(1).isRejected()).isFalse();
        assertThat(doc.issue(2).code()).isEqualTo(IssueCode.JSON_MALFORMED);
        assertThat(doc.issue(2).location().record()).isEqualTo(2L);
    }

    @Test
    void invalidUtf8_isAnEncodingIssueAndTheRawTextIsNotKept() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(utf8(GOOD, "{\"id\":\"m-"));
        b.write(0xC3);
        b.write(0x28);
        b.writeBytes(utf8("\"}", GOOD));
        Read read = lines(b.toByteArray());
        assertThat(read.records()).isEqualTo(3);
        Issue issue = read.issue(2);
        assertThat(issue.code()).isEqualTo(IssueCode.ENCODING_INVALID_UTF8);
        assertThat(issue.location().line()).isEqualTo(2L);
        assertThat(issue.message()).startsWith("JSON Lines line 2 is not valid UTF-8: Invalid UTF-8 middle byte");
        assertThat(read.get(2).raw()).isNull();
        assertThat(read.get(3).isRejected()).isFalse();

        Read doc = document(("[" + new String(b.toByteArray(), StandardCharsets.ISO_8859_1).replace("\n", ",") + "]")
                .getBytes(StandardCharsets.ISO_8859_1));
        assertThat(doc.issue(2).code()).isEqualTo(IssueCode.ENCODING_INVALID_UTF8);
    }

    @Test
    void emptyInput_isAFileIssueWithNoRecords() throws IOException {
        for (byte[] empty : List.of(new byte[0], utf8("", "  ", "\t", ""))) {
            Read read = lines(empty);
            assertThat(read.records()).isZero();
            assertThat(read.fileIssues()).singleElement().satisfies(i -> {
                assertThat(i.code()).isEqualTo(IssueCode.FILE_EMPTY);
                assertThat(i.location()).isEqualTo(new IssueLocation("in.jsonl", null, null, null, null));
                assertThat(i.message()).isEqualTo("The JSON Lines input has no record: it is empty or has only blank "
                        + "lines; write one JSON object per line.");
            });
            Read doc = document(empty);
            assertThat(doc.records()).isZero();
            assertThat(doc.fileIssues()).extracting(Issue::code).containsExactly(IssueCode.FILE_EMPTY);
        }
    }

    @Test
    void brokenLineAmongGoodOnes_isOneRejectionWithItsLineNumber() throws IOException {
        Read read = lines(utf8(GOOD, "", GOOD, "{\"id\": }", GOOD, "[1]", GOOD));
        assertThat(read.records()).isEqualTo(6);
        assertThat(read.rejected()).isEqualTo(2);
        Issue broken = read.issue(3);
        assertThat(broken.code()).isEqualTo(IssueCode.JSON_MALFORMED);
        assertThat(broken.location()).isEqualTo(at("in.jsonl", 3, 4, 8, null));
        assertThat(read.get(3).raw()).isEqualTo("{\"id\": }");
        Issue array = read.issue(5);
        assertThat(array.code()).isEqualTo(IssueCode.JSON_WRONG_TYPE);
        assertThat(array.location()).isEqualTo(at("in.jsonl", 5, 6, 1, null));
        assertThat(array.message()).isEqualTo("JSON Lines line 6 is an array: expected one migrant object per line.");
        assertThat(read.get(6).value().id().value()).isEqualTo("m-1");
        assertThat(read.get(6).line()).isEqualTo(7);
    }

    @Test
    void lineLongerThanTheLimit_isRejectedWithoutHoldingIt() throws IOException {
        String longLine = "{\"id\":\"" + "y".repeat(200_000) + "\"}";
        try (JsonLinesReader<Migrant> r = JsonRecordReader.builder(Migrant.class)
                .limits(JsonLimits.defaults().withMaxLineLength(100_000))
                .readLines(new ByteArrayInputStream(utf8(GOOD, longLine, GOOD)), "in.jsonl")) {
            Read read = collect(r);
            assertThat(read.records()).isEqualTo(3);
            Issue issue = read.issue(2);
            assertThat(issue.code()).isEqualTo(IssueCode.LIMIT_LINE_LENGTH);
            assertThat(issue.location()).isEqualTo(at("in.jsonl", 2, 2, null, null));
            assertThat(read.get(2).raw()).isNull();
            assertThat(read.get(3).isRejected()).isFalse();
        }
    }
}
