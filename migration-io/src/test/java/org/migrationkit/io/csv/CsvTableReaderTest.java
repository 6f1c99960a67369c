package org.migrationkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.JourneyId;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.core.vocab.Facilitation;
import org.migrationkit.core.vocab.IncidentType;
import org.migrationkit.core.vocab.TransportMode;
import org.migrationkit.io.ReadResult;

class CsvTableReaderTest {
    private static final String LEGS = "journey_id,sequence,origin,destination,departed,arrived,transport,facilitation\n";

    @TempDir
    Path dir;

    /** One result as a test compares it: ReadResult has no equals. */
    record Result(long record, long line, @Nullable Object value, List<Issue> issues, @Nullable String raw) {
        static Result of(ReadResult<?> r) {
            return new Result(r.record(), r.line(), r.findValue().orElse(null), r.issues(), r.raw());
        }
    }

    private Path file(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static <T> List<ReadResult<T>> read(CsvTableReader<T> reader, Path file, List<CsvSummary> summary) {
        List<ReadResult<T>> out = new ArrayList<>();
        summary.add(reader.read(file, file.getFileName().toString(), out::add));
        return out;
    }

    private static <T> List<ReadResult<T>> read(Class<T> type, Path file, List<CsvSummary> summary) {
        return read(CsvTableReader.builder(type).parallelism(1).build(), file, summary);
    }

    @Test
    void header_matchesNamesIgnoringCaseSpacesAndUnderscoresInAnyOrder() throws IOException {
        Path f = file("legs.csv", "Destination;ORIGIN;Journey_ID; SEQUENCE ;Transport\nTUR;SYR;j-1;1;Bus\n");
        List<CsvSummary> summary = new ArrayList<>();
        List<ReadResult<Leg>> legs = read(Leg.class, f, summary);
        assertThat(summary.get(0).fileIssues()).isEmpty();
        assertThat(legs).hasSize(1);
        assertThat(legs.get(0).value()).isEqualTo(Leg.builder().journey(JourneyId.of("j-1")).sequence(1)
                .origin(CountryCode.of("SYR")).destination(CountryCode.of("TUR")).transport(TransportMode.BUS)
                .build());
    }

    @Test
    void header_matchesAliases() throws IOException {
        Path f = file("incidents.csv", "Main ID,Incident_Type,Reported Date,Number Dead,Cause_Death\n"
                + "2014.MMP00001,Incident,2014-01-06,3,drowning\n");
        List<CsvSummary> summary = new ArrayList<>();
        List<ReadResult<Incident>> incidents = read(Incident.class, f, summary);
        assertThat(summary.get(0).fileIssues()).isEmpty();
        Incident i = incidents.get(0).value();
        assertThat(i.id().toString()).isEqualTo("2014.MMP00001");
        assertThat(i.kind()).isEqualTo(IncidentType.INCIDENT);
        assertThat(i.date()).isEqualTo(ReportedDate.of(2014, 1, 6));
        assertThat(i.dead()).isEqualTo(3);
        assertThat(i.reportedCause()).isEqualTo("drowning");
    }

    @Test
    void extraColumns_areReportedOnceAsInfoAndNotRead() throws IOException {
        Path f = file("legs.csv", "journey_id,sequence,notes,origin,destination,colour\n"
                + "j-1,1,x,SYR,TUR,red\nj-1,2,y,TUR,GRC,blue\nj-1,3,z,GRC,MKD,green\n");
        List<CsvSummary> summary = new ArrayList<>();
        List<ReadResult<Leg>> legs = read(Leg.class, f, summary);
        assertThat(summary.get(0).fileIssues()).extracting(Issue::code, Issue::severity, Issue::location)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(IssueCode.HEADER_UNKNOWN_COLUMN, Severity.INFO,
                                new IssueLocation("legs.csv", null, 1L, 3, "notes")),
                        org.assertj.core.groups.Tuple.tuple(IssueCode.HEADER_UNKNOWN_COLUMN, Severity.INFO,
                                new IssueLocation("legs.csv", null, 1L, 6, "colour")));
        assertThat(summary.get(0).fileIssues().get(0).message()).isEqualTo("Column 3 (notes) is not a column of "
                + "legs and is not read; the columns are [journey_id, sequence, origin, destination, departed, "
                + "arrived, transport, facilitation].");
        assertThat(legs).hasSize(3).allSatisfy(r -> assertThat(r.issues()).isEmpty());
        assertThat(summary.get(0).accepted()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} threads")
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void missingRequiredColumn_rejectsEveryRecordWithOneFileIssue(int threads) throws IOException {
        Path f = file("legs.csv", "journey_id,sequence,origin,transport\nj-1,1,SYR,bus\nj-1,2,TUR,boat\n"
                + "j-1,3,\"GRC\nX\",bus\n");
        List<CsvSummary> summaries = new ArrayList<>();
        List<ReadResult<Leg>> legs = read(CsvTableReader.builder(Leg.class).parallelism(threads).chunkSize(8)
                .build(), f, summaries);
        CsvSummary summary = summaries.get(0);
        assertThat(summary.fileIssues()).hasSize(1);
        Issue missing = summary.fileIssues().get(0);
        assertThat(missing.code()).isEqualTo(IssueCode.HEADER_MISSING_COLUMN);
        assertThat(missing.location()).isEqualTo(new IssueLocation("legs.csv", null, 1L, null, "destination"));
        assertThat(missing.message()).isEqualTo("The header has no column destination, which legs requires (The "
                + "country the leg ends in.): every record is rejected. Add the column, or rename the one holding it "
                + "(names compare ignoring case, spaces and underscores).");
        assertThat(summary.records()).isEqualTo(3);
        assertThat(summary.rejected()).isEqualTo(3);
        assertThat(legs).extracting(ReadResult::record, ReadResult::line, ReadResult::issues).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1L, 2L, List.of(missing)),
                org.assertj.core.groups.Tuple.tuple(2L, 3L, List.of(missing)),
                org.assertj.core.groups.Tuple.tuple(3L, 4L, List.of(missing)));
        assertThat(legs.get(2).raw()).isEqualTo("j-1,3,\"GRC\nX\",bus");
    }

    @Test
    void valueIssues_carryFileRecordLineColumnFieldAndValue() throws IOException {
        Path f = file("legs.csv", LEGS
                + "j-1,1,SYR,TUR,2023-05-17,2023-05,bus,smuggler\n"
                + "j-1,2,Germnay,DEU,2023-05-40,,bus,\n"
                + "\"j-2\",x,SYR,\"TUR\",,,,\n"
                + "j-2,,SYR,TUR,,,,\n"
                + "j-2,0,SYR,TUR,,,,\n"
                + "j-3,1,SYR,TUR,,,rocket,\n");
        List<CsvSummary> summary = new ArrayList<>();
        List<ReadResult<Leg>> legs = read(Leg.class, f, summary);
        assertThat(legs).hasSize(6);
        assertThat(legs.get(0).value()).isEqualTo(Leg.builder().journey(JourneyId.of("j-1")).sequence(1)
                .origin(CountryCode.of("SYR")).destination(CountryCode.of("TUR"))
                .departed(ReportedDate.of(2023, 5, 17)).arrived(ReportedDate.ofMonth(2023, 5))
                .transport(TransportMode.BUS).facilitation(Facilitation.SMUGGLER).build());

        ReadResult<Leg> r2 = legs.get(1);
        assertThat(r2.isRejected()).isTrue();
        assertThat(r2.raw()).isEqualTo("j-1,2,Germnay,DEU,2023-05-40,,bus,");
        assertThat(r2.issues()).hasSize(2);
        Issue country = r2.issues().get(0);
        assertThat(country.code()).isEqualTo(IssueCode.COUNTRY_UNKNOWN);
        assertThat(country.location()).isEqualTo(new IssueLocation("legs.csv", 2L, 3L, 3, "origin"));
        assertThat(country.value()).isEqualTo("Germnay");
        assertThat(country.suggestion()).isEqualTo("DEU");
        assertThat(country.message()).isEqualTo("Column 3 (origin) holds \"Germnay\", which is not accepted: "
                + IssueCode.COUNTRY_UNKNOWN.checks() + " Did you mean \"DEU\"?");
        Issue date = r2.issues().get(1);
        assertThat(date.code()).isEqualTo(IssueCode.DATE_UNPARSEABLE);
        assertThat(date.location()).isEqualTo(new IssueLocation("legs.csv", 2L, 3L, 5, "departed"));
        assertThat(date.value()).isEqualTo("2023-05-40");

        Issue wrongType = legs.get(2).issues().get(0);
        assertThat(wrongType.code()).isEqualTo(IssueCode.CSV_WRONG_TYPE);
        assertThat(wrongType.location()).isEqualTo(new IssueLocation("legs.csv", 3L, 4L, 2, "sequence"));
        assertThat(wrongType.value()).isEqualTo("x");
        assertThat(wrongType.message()).isEqualTo("Column 2 (sequence) holds \"x\", which is not a whole number "
                + "from -2147483648 to 2147483647.");

        Issue blank = legs.get(3).issues().get(0);
        assertThat(blank.code()).isEqualTo(IssueCode.CSV_MISSING_VALUE);
        assertThat(blank.location()).isEqualTo(new IssueLocation("legs.csv", 4L, 5L, 2, "sequence"));
        assertThat(blank.value()).isNull();
        assertThat(blank.message()).isEqualTo("Column 2 (sequence) is blank: it is required (The leg's place in its "
                + "journey: 1, 2, 3, ... in travel order.).");

        Issue invalid = legs.get(4).issues().get(0);
        assertThat(invalid.code()).isEqualTo(IssueCode.CSV_INVALID_RECORD);
        assertThat(invalid.location()).isEqualTo(new IssueLocation("legs.csv", 5L, 6L, 2, "sequence"));
        assertThat(invalid.value()).isEqualTo("0");
        assertThat(invalid.message()).startsWith("The leg record cannot be made: Leg sequence 0 is below 1");

        Issue vocabulary = legs.get(5).issues().get(0);
        assertThat(vocabulary.code()).isEqualTo(IssueCode.TRANSPORT_MODE_UNKNOWN);
        assertThat(vocabulary.location()).isEqualTo(new IssueLocation("legs.csv", 6L, 7L, 7, "transport"));
        assertThat(vocabulary.value()).isEqualTo("rocket");

        assertThat(summary.get(0).records()).isEqualTo(6);
        assertThat(summary.get(0).rejected()).isEqualTo(5);
    }

    @Test
    void modelRefusals_keepTheModelsCodeAtTheColumnOutOfRange() throws IOException {
        Path f = file("incidents.csv", "id,kind,number_dead,latitude,longitude\n"
                + "2014.MMP00001,Incident,-3,,\n"
                + "2014.MMP00002,Incident,1,91,0\n"
                + "2014.MMP00003,Incident,1,45.5,\n");
        List<CsvSummary> summary = new ArrayList<>();
        List<ReadResult<Incident>> incidents = read(Incident.class, f, summary);
        Issue negative = incidents.get(0).issues().get(0);
        assertThat(negative.code()).isEqualTo(IssueCode.COUNT_NEGATIVE);
        assertThat(negative.location()).isEqualTo(new IssueLocation("incidents.csv", 1L, 2L, 3, "number_dead"));
        assertThat(negative.value()).isEqualTo("-3");
        assertThat(negative.message()).isEqualTo("The incident record cannot be made: Incident dead -3 is negative: "
                + "a count is zero or more; leave it null when not reported.");
        Issue latitude = incidents.get(1).issues().get(0);
        assertThat(latitude.code()).isEqualTo(IssueCode.GEO_LATITUDE_OUT_OF_RANGE);
        assertThat(latitude.location()).isEqualTo(new IssueLocation("incidents.csv", 2L, 3L, 4, "latitude"));
        assertThat(latitude.value()).isEqualTo("91");
        Issue half = incidents.get(2).issues().get(0);
        assertThat(half.code()).isEqualTo(IssueCode.CSV_INVALID_RECORD);
        assertThat(half.location()).isEqualTo(new IssueLocation("incidents.csv", 3L, 4L, null, null));
        assertThat(half.message()).isEqualTo("The incident record cannot be made: latitude and longitude go "
                + "together: give both or neither.");
    }

    @Test
    void sensitiveValues_neverAppearInIssues() throws IOException {
        Path f = file("legs.csv", LEGS + "\" j-secret-9\",1,SYR,TUR,,,,\n");
        List<CsvSummary> summary = new ArrayList<>();
        ReadResult<Leg> r = read(Leg.class, f, summary).get(0);
        Issue id = r.issues().get(0);
        assertThat(id.code()).isEqualTo(IssueCode.ID_MALFORMED);
        assertThat(id.location()).isEqualTo(new IssueLocation("legs.csv", 1L, 2L, 1, "journey_id"));
        assertThat(id.value()).isNull();
        assertThat(id.suggestion()).isNull();
        assertThat(id.message()).doesNotContain("secret").startsWith("Column 1 (journey_id) holds a value (not "
                + "shown) that is not accepted: ");
        assertThat(r.toString()).doesNotContain("secret");
        assertThat(r.raw()).contains("secret"); // the reject file's raw text only
    }

    /** Ids checked on their bytes (the plain ones) and through the id's lookup (the rest) come out alike. */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"UTF-8", "windows-1252", "ISO-8859-1"})
    void ids_typedOnTheirBytesGiveWhatTheLookupGives(String encoding) throws IOException {
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
        List<String> ids = List.of("j-1", "~", "J 2023/0001 \"x\"", "a".repeat(128), "a".repeat(129), "trailing ",
                "tab\there", "caf\u00e9-7", "\u00a0lead", "del\u007f", "' quoted");
        StringBuilder csv = new StringBuilder(LEGS);
        for (String id : ids) {
            csv.append('"').append(id.replace("\"", "\"\"")).append("\",1,SYR,TUR,,,,\n");
        }
        Path f = dir.resolve("ids.csv");
        Files.write(f, csv.toString().getBytes(charset));
        List<CsvSummary> summary = new ArrayList<>();
        List<ReadResult<Leg>> legs = read(CsvTableReader.builder(Leg.class).encoding(charset).parallelism(1).build(),
                f, summary);
        assertThat(legs).hasSize(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            ReadResult<Leg> r = legs.get(i);
            if (JourneyId.lookup(id).isFound()) {
                assertThat(r.value().journey()).as(id).isEqualTo(JourneyId.of(id));
                assertThat(r.issues()).as(id).isEmpty();
            } else {
                assertThat(r.isRejected()).as(id).isTrue();
                assertThat(r.issues()).as(id).extracting(Issue::code).containsExactly(IssueCode.ID_MALFORMED);
            }
        }
        // Too long, trailing space, a tab, a leading no-break space, a DEL: the rest are ids, "café-7" included.
        assertThat(summary.get(0).rejected()).isEqualTo(5);
    }

    @Test
    void writtenByMigrationkit_restoresNeutralisedCellsOnlyWhenAsked() throws IOException {
        Path f = file("incidents.csv", "id,kind,place,number_dead\n2014.MMP00001,Incident,'=SUM(A1),-0\n"
                + "2014.MMP00002,Incident,''quoted,1\n2014.MMP00003,Incident,'plain,1\n");
        List<CsvSummary> summary = new ArrayList<>();
        List<ReadResult<Incident>> ours = read(CsvTableReader.builder(Incident.class).writtenByMigrationkit(true)
                .build(), f, summary);
        assertThat(ours).extracting(r -> r.value().location().place())
                .containsExactly("=SUM(A1)", "'quoted", "'plain");
        List<ReadResult<Incident>> theirs = read(Incident.class, f, summary);
        assertThat(theirs).extracting(r -> r.value().location().place())
                .containsExactly("'=SUM(A1)", "''quoted", "'plain");
    }

    @Test
    void emptyInput_hasNoRecordsAndOneFileIssue() throws IOException {
        List<CsvSummary> summary = new ArrayList<>();
        assertThat(read(Leg.class, file("legs.csv", "\n\n"), summary)).isEmpty();
        assertThat(summary.get(0).fileIssues()).extracting(Issue::code).containsExactly(IssueCode.FILE_EMPTY);
        assertThat(summary.get(0).records()).isZero();
    }

    /** The modes of reading: serial, parallel over tiny ranges, parallel, a stream, tiny buffers. */
    enum Mode {
        SERIAL(b -> b.parallelism(1)),
        PARALLEL_TINY_RANGES(b -> b.parallelism(3).chunkSize(4096)),
        PARALLEL(b -> b.parallelism(2).chunkSize(64 << 10)),
        STREAM(b -> b.parallelism(2)),
        SMALL_BUFFERS(b -> b.parallelism(1).bufferSize(512));

        final UnaryOperator<CsvTableReader.Builder<Leg>> setup;

        Mode(UnaryOperator<CsvTableReader.Builder<Leg>> setup) {
            this.setup = setup;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(Mode.class)
    void everyMode_givesTheResultsOfASerialRead(Mode mode) throws IOException {
        long seed = 77;
        Path f = dir.resolve("legs.csv");
        List<Leg> legs = SampleData.seed(seed).legs().limit(20_000).collect(java.util.stream.Collectors.toList());
        try (CsvTableWriter<Leg> w = CsvTableWriter.builder(Leg.class).write(f)) {
            legs.forEach(w::write);
        }
        // Defects: unknown countries, bad dates, a broken row, a quoted line break, every few hundred rows.
        List<String> lines = new ArrayList<>(Files.readAllLines(f));
        for (int i = 1; i < lines.size(); i += 97) {
            lines.set(i, lines.get(i).replaceFirst(",[A-Z]{3},", ",Syrai,"));
        }
        for (int i = 5; i < lines.size(); i += 389) {
            lines.set(i, lines.get(i) + ",extra");
        }
        for (int i = 11; i < lines.size(); i += 211) {
            lines.set(i, lines.get(i).replaceFirst(",[0-9]+,", ",\"1\n2\","));
        }
        Files.write(f, lines);
        List<Result> serial = results(Mode.SERIAL, f);
        List<Result> other = results(mode, f);
        assertThat(other).as("seed %d", seed).hasSize(serial.size());
        for (int i = 0; i < serial.size(); i++) {
            assertThat(other.get(i)).as("seed %d, record %d", seed, i + 1).isEqualTo(serial.get(i));
        }
        assertThat(serial).hasSize(20_000);
        assertThat(serial.stream().filter(r -> r.value() == null).count()).isBetween(200L, 400L);
    }

    private static List<Result> results(Mode mode, Path f) throws IOException {
        CsvTableReader<Leg> reader = mode.setup.apply(CsvTableReader.builder(Leg.class).writtenByMigrationkit(true))
                .build();
        List<Result> out = new ArrayList<>();
        if (mode == Mode.STREAM) {
            reader.read(new ByteArrayInputStream(Files.readAllBytes(f)), "legs.csv", r -> out.add(Result.of(r)));
        } else {
            reader.read(f, "legs.csv", r -> out.add(Result.of(r)));
        }
        return out;
    }

    @Test
    void builder_describesItsSettings() {
        assertThat(CsvTableReader.builder(Leg.class).parallelism(2).toString()).startsWith(
                "CsvTableReader[type=Leg, writtenByMigrationkit=false, CsvReader[delimiter=detect");
    }
}
