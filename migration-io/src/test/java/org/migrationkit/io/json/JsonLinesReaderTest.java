package org.migrationkit.io.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;

/** What one record's content gives: values, rejections and their located issues. */
class JsonLinesReaderTest {
    private static <T> ReadResult<T> one(Class<T> type, String line) throws IOException {
        try (JsonLinesReader<T> r = JsonRecordReader.builder(type).readLines(
                new java.io.ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "x.jsonl")) {
            var it = r.iterator();
            ReadResult<T> result = it.next();
            assertThat(it.hasNext()).isFalse();
            assertThat(r.records()).isEqualTo(r.valid() + r.rejected()).isEqualTo(1);
            return result;
        }
    }

    private static Issue error(ReadResult<?> r) {
        assertThat(r.isRejected()).isTrue();
        return r.issues().stream().filter(i -> i.severity() == Severity.ERROR).findFirst().orElseThrow();
    }

    @Test
    void numbersGivenAsStrings_andBlanksAsNotReported_areAccepted() throws IOException {
        ReadResult<Incident> r = one(Incident.class, "{\"id\":\"2014.MMP00001\",\"kind\":\"Incident\","
                + "\"number_dead\":\"12\",\"number_missing\":\"\",\"source_quality\":\" 3 \",\"latitude\":\"38.61\","
                + "\"longitude\":26.65,\"region\":null,\"date\":\"2023-05\"}");
        Incident i = r.value();
        assertThat(i.dead()).isEqualTo(12);
        assertThat(i.missing()).isNull();
        assertThat(i.sourceQuality()).isEqualTo(3);
        assertThat(i.location().point().latitude()).isEqualTo(38.61);
        assertThat(i.date().toString()).isEqualTo("2023-05");
        assertThat(r.issues()).isEmpty();
    }

    @Test
    void unknownCode_isTheValueTypesIssueWithPointerValueAndSuggestion() throws IOException {
        ReadResult<Migrant> r = one(Migrant.class, "{\"id\":\"m-1\",\"nationalities\":[\"SYR\",\"Syrai\"]}");
        Issue issue = error(r);
        assertThat(issue.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
        assertThat(issue.location()).isEqualTo(new IssueLocation("x.jsonl", 1L, 1L, 36, "/nationalities/1"));
        assertThat(issue.value()).isEqualTo("Syrai");
        assertThat(issue.suggestion()).isEqualTo("SYR");
        assertThat(issue.message()).isEqualTo("JSON property /nationalities/1 \"Syrai\" is not accepted: "
                + IssueCode.COUNTRY_UNKNOWN.checks() + " Did you mean \"SYR\"?");
        assertThat(r.raw()).contains("Syrai");
    }

    @Test
    void malformedId_isNotEchoed() throws IOException {
        Issue issue = error(one(Migrant.class, "{\"id\":\" case 42 \"}"));
        assertThat(issue.code()).isEqualTo(IssueCode.ID_MALFORMED);
        assertThat(issue.value()).isNull();
        assertThat(issue.message()).doesNotContain("case 42").contains("/id (value not shown)");
    }

    @Test
    void requiredPropertyAbsent_isMissingProperty() throws IOException {
        Issue issue = error(one(Migrant.class, "{\"sex\":\"male\"}"));
        assertThat(issue.code()).isEqualTo(IssueCode.JSON_MISSING_PROPERTY);
        assertThat(issue.location().field()).isEqualTo("/id");
        assertThat(issue.message()).isEqualTo("JSON property /id is missing, null or blank: it is required (The migrant's "
                        + "pseudonymous id (never a name or a document number).)");
    }

    @Test
    void unknownProperty_isAWarningAndTheRecordIsValid() throws IOException {
        ReadResult<Migrant> r = one(Migrant.class, "{\"id\":\"m-1\",\"name\":{\"first\":\"A\"}}");
        assertThat(r.isRejected()).isFalse();
        assertThat(r.issues()).singleElement().satisfies(i -> {
            assertThat(i.code()).isEqualTo(IssueCode.JSON_UNKNOWN_PROPERTY);
            assertThat(i.severity()).isEqualTo(Severity.WARNING);
            assertThat(i.location().field()).isEqualTo("/name");
        });
    }

    @Test
    void wrongType_namesWhatIsExpected() throws IOException {
        Issue issue = error(one(Migrant.class, "{\"id\":\"m-1\",\"sex\":{\"code\":\"F\"}}"));
        assertThat(issue.code()).isEqualTo(IssueCode.JSON_WRONG_TYPE);
        assertThat(issue.location().field()).isEqualTo("/sex");
        assertThat(issue.message()).isEqualTo("JSON property /sex is an object: expected a string.");
        assertThat(error(one(Migrant.class, "{\"id\":\"m-1\",\"unaccompanied\":\"yes\"}")).message())
                .isEqualTo("JSON property /unaccompanied is a string \"yes\": expected true or false.");
        assertThat(error(one(Migrant.class, "{\"id\":\"m-1\",\"nationalities\":\"SYR\"}")).message())
                .isEqualTo("JSON property /nationalities is a string \"SYR\": expected an array of strings.");
    }

    @Test
    void partsThatMakeNoRecord_areAnInvalidRecord() throws IOException {
        Issue issue = error(one(Incident.class, "{\"id\":\"2014.MMP1\",\"kind\":\"Incident\",\"latitude\":1.5}"));
        assertThat(issue.code()).isEqualTo(IssueCode.JSON_INVALID_RECORD);
        assertThat(issue.message()).isEqualTo("The incident record cannot be made: latitude and longitude go "
                + "together: give both or neither.");
        Issue age = error(one(Migrant.class, "{\"id\":\"m-1\",\"age\":131}"));
        assertThat(age.code()).isEqualTo(IssueCode.AGE_OUT_OF_RANGE);
    }

    @Test
    void nestedLegs_takeTheJourneysIdAndReportWithTheirPointer() throws IOException {
        ReadResult<Journey> ok = one(Journey.class, "{\"id\":\"j-1\",\"migrant_id\":\"m-1\",\"legs\":["
                + "{\"sequence\":1,\"origin\":\"ETH\",\"destination\":\"DJI\",\"departed\":\"2023-05\"},"
                + "{\"sequence\":2,\"origin\":\"DJI\",\"destination\":\"YEM\"}]}");
        assertThat(ok.value().legs()).hasSize(2);
        assertThat(ok.value().legs().get(1).journey()).isEqualTo(ok.value().id());
        assertThat(ok.value().legs().get(1).destination()).isEqualTo(CountryCode.of("YEM"));

        Issue issue = error(one(Journey.class, "{\"id\":\"j-1\",\"migrant_id\":\"m-1\",\"legs\":["
                + "{\"sequence\":1,\"origin\":\"ETH\",\"destination\":\"DJI\"},"
                + "{\"sequence\":2,\"origin\":\"DJX\",\"destination\":\"YEM\"}]}"));
        assertThat(issue.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
        assertThat(issue.location().field()).isEqualTo("/legs/1/origin");
    }

    @Test
    void indexOfNewline_findsTheFirstLineBreakAtEveryPositionAndAlignment() {
        java.util.Random random = new java.util.Random(6);
        for (int n = 0; n < 2_000; n++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                // Bytes next to '\n' (0x0A) in value, and high bytes, are where a word-at-a-time search can slip.
                int kind = random.nextInt(6);
                b[i] = (byte) (kind == 0 ? '\n' : kind == 1 ? 0x0B : kind == 2 ? 0x8A : kind == 3 ? 0x09
                        : random.nextInt(256));
            }
            int from = b.length == 0 ? 0 : random.nextInt(b.length);
            int to = from + random.nextInt(b.length - from + 1);
            int expected = -1;
            for (int i = from; i < to; i++) {
                if (b[i] == '\n') {
                    expected = i;
                    break;
                }
            }
            assertThat(JsonLinesReader.indexOfNewline(b, from, to)).as("%s [%d, %d)",
                    java.util.Arrays.toString(b), from, to).isEqualTo(expected);
        }
    }
}
