package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.ReadResult;

/**
 * The lines of a buffer share one parser: what each line gives must be what it gives read alone, whatever its
 * neighbours hold.
 */
class JsonLinesSharedParserTest {
    private static final String GOOD = "{\"id\":\"m-%d\"}";

    private static List<ReadResult<Migrant>> read(String text) throws IOException {
        try (JsonLinesReader<Migrant> r = JsonRecordReader.builder(Migrant.class).readLines(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "x.jsonl")) {
            List<ReadResult<Migrant>> out = new ArrayList<>();
            r.forEach(out::add);
            assertThat(r.records()).isEqualTo(r.valid() + r.rejected()).isEqualTo(out.size());
            return out;
        }
    }

    /** Each line alone, as its own input, with the record and line numbers it has in the whole input. */
    private static String summary(ReadResult<Migrant> r) {
        return r.record() + "@" + r.line() + ":" + (r.isRejected() ? "rejected " + r.issues().stream()
                .map(i -> i.code().code()).collect(Collectors.joining(",")) : r.value().id().toString());
    }

    @Test
    void objectContinuedOnTheNextLine_isTwoRejections_andTheLinesAfterRead() throws IOException {
        List<ReadResult<Migrant>> rs = read("{\"id\":\"m-1\",\n\"sex\":\"male\"}\n" + GOOD.formatted(3) + "\n");
        assertThat(rs).extracting(JsonLinesSharedParserTest::summary).containsExactly(
                "1@1:rejected json.malformed", "2@2:rejected json.wrong-type", "3@3:m-3");
        assertThat(rs.get(0).raw()).isEqualTo("{\"id\":\"m-1\",");
    }

    @Test
    void openArrayOnOneLine_doesNotSwallowTheGoodLinesAfterIt() throws IOException {
        StringBuilder text = new StringBuilder("{\"id\":\"m-0\",\"nationalities\":[\n");
        for (int i = 1; i <= 50; i++) {
            text.append(GOOD.formatted(i)).append('\n');
        }
        List<ReadResult<Migrant>> rs = read(text.toString());
        assertThat(rs).hasSize(51);
        assertThat(rs.get(0).isRejected()).isTrue();
        assertThat(rs.subList(1, 51)).noneMatch(ReadResult::isRejected);
        assertThat(rs.get(50).value().id().toString()).isEqualTo("m-50");
    }

    @Test
    void contentAfterTheObject_isTrailingContent_andTheNextLineReads() throws IOException {
        List<ReadResult<Migrant>> rs = read(GOOD.formatted(1) + " {\"id\":\"m-2\"}\n" + GOOD.formatted(3) + "\n");
        assertThat(rs).extracting(JsonLinesSharedParserTest::summary).containsExactly(
                "1@1:rejected json.trailing-content", "2@2:m-3");
    }

    @Test
    void notAnObject_betweenGoodLines_isOneRejection() throws IOException {
        List<ReadResult<Migrant>> rs = read(GOOD.formatted(1) + "\n[1,2]\n\n  \t\n" + GOOD.formatted(5) + "\r\n"
                + GOOD.formatted(6));
        assertThat(rs).extracting(JsonLinesSharedParserTest::summary).containsExactly(
                "1@1:m-1", "2@2:rejected json.wrong-type", "3@5:m-5", "4@6:m-6");
    }

    @Test
    void issueOnALaterLine_isLocatedAsIfTheLineWereAlone() throws IOException {
        String bad = "{\"id\":\"m-9\",\"nationalities\":[\"SYR\",\"Syrai\"]}";
        List<ReadResult<Migrant>> rs = read(GOOD.formatted(1) + "\r\n\r\n" + GOOD.formatted(2) + "  \r\n" + bad
                + "\n" + GOOD.formatted(4) + "\n");
        assertThat(rs).extracting(JsonLinesSharedParserTest::summary).containsExactly(
                "1@1:m-1", "2@3:m-2", "3@4:rejected country.unknown", "4@5:m-4");
        Issue issue = rs.get(2).issues().get(0);
        assertThat(issue.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
        assertThat(issue.location()).isEqualTo(new IssueLocation("x.jsonl", 3L, 4L, 36, "/nationalities/1"));
    }

    @Test
    void warningOnALine_keepsTheRecord_andTheSharedParserInStep() throws IOException {
        List<ReadResult<Migrant>> rs = read(GOOD.formatted(1) + "\n{\"id\":\"m-2\",\"colour\":\"red\"}\n"
                + GOOD.formatted(3) + "\n");
        assertThat(rs).extracting(JsonLinesSharedParserTest::summary).containsExactly("1@1:m-1", "2@2:m-2",
                "3@3:m-3");
        assertThat(rs.get(1).issues()).extracting(Issue::code).containsExactly(IssueCode.JSON_UNKNOWN_PROPERTY);
        assertThat(rs.get(1).issues().get(0).location()).isEqualTo(new IssueLocation("x.jsonl", 2L, 2L, 22,
                "/colour"));
    }

    @Test
    void everyRecordOfManyChunks_readsOnce() throws IOException {
        StringBuilder text = new StringBuilder();
        int n = 20_000;
        for (int i = 1; i <= n; i++) {
            text.append(i % 997 == 0 ? "{\"id\":\"m-" + i + "\"\n" : GOOD.formatted(i) + "\n");
        }
        List<ReadResult<Migrant>> rs = read(text.toString());
        assertThat(rs).hasSize(n);
        for (int i = 1; i <= n; i++) {
            ReadResult<Migrant> r = rs.get(i - 1);
            assertThat(r.line()).isEqualTo(i);
            if (i % 997 == 0) {
                assertThat(r.isRejected()).as("line %d", i).isTrue();
            } else {
                assertThat(r.value().id().toString()).as("line %d", i).isEqualTo("m-" + i);
            }
        }
    }
}
