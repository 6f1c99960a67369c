package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.json.JsonLinesWriter;
import org.migrationkit.io.report.InputReport;
import org.migrationkit.io.report.ValidationReport;

class DatasetValidatorTest {
    private static final String[] TABLES = {"assistance_events.csv", "journeys.csv", "legs.csv", "migrants.csv"};

    @TempDir
    Path tmp;

    private Path clean;

    @BeforeEach
    void writeCleanDataset() {
        clean = PartnerFiles.write(tmp.resolve("partner"), 120, 7);
    }

    private static ValidationReport validate(String... paths) {
        return DatasetValidator.builder().build().validate(List.of(paths));
    }

    private static JsonNode checked(ValidationReport r) {
        return Reports.check(r);
    }

    @Test
    void cleanFolder_readsEveryTableInNameOrderWithoutErrors() {
        ValidationReport r = validate(clean.toString());
        checked(r);
        assertThat(r.exitCode()).isZero();
        assertThat(r.summaryIssues(Severity.ERROR)).isZero();
        assertThat(r.inputs()).extracting(InputReport::path).containsExactly(
                clean + "/assistance_events.csv", clean + "/journeys.csv", clean + "/legs.csv", clean + "/migrants.csv");
        assertThat(r.inputs()).extracting(InputReport::layout).containsExactly("entity:assistance-event",
                "entity:journey", "entity:leg", "entity:migrant");
        assertThat(r.inputs()).allSatisfy(in -> assertThat(in.rejected()).isZero());
        assertThat(r.inputs().get(3).records()).isEqualTo(120);
    }

    @Test
    void severalPaths_areOneDataset() {
        // Journeys alone would not be checked against migrants; with migrants.csv given too, they are.
        Path journeys = clean.resolve("journeys.csv");
        List<List<String>> rows = PartnerFiles.rows(journeys);
        rows.get(2).set(1, "m-nobody");
        PartnerFiles.write(journeys, rows);
        assertThat(validate(journeys.toString()).byCode()).doesNotContainKey("ref.missing-migrant");
        ValidationReport both = validate(journeys.toString(), clean.resolve("migrants.csv").toString());
        JsonNode json = checked(both);
        assertThat(Reports.issues(json, "ref.missing-migrant")).singleElement()
                .satisfies(i -> assertThat(i.get("location").get("record").asLong()).isEqualTo(2));
        assertThat(both.inputs().get(0).rejected()).isEqualTo(1);
    }

    @Test
    void zipOfTheFolder_namesEntriesWithBang() throws IOException {
        Path zip = tmp.resolve("partner.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String t : new String[] {"migrants.csv", "legs.csv", "journeys.csv", "assistance_events.csv"}) {
                out.putNextEntry(new ZipEntry("partner/" + t));
                Files.copy(clean.resolve(t), out);
            }
        }
        ValidationReport r = validate(zip.toString());
        checked(r);
        assertThat(r.exitCode()).isZero();
        assertThat(r.inputs()).extracting(InputReport::path).containsExactly(zip + "!/partner/assistance_events.csv",
                zip + "!/partner/journeys.csv", zip + "!/partner/legs.csv", zip + "!/partner/migrants.csv");
        assertThat(r.records()).isEqualTo(validate(clean.toString()).records());
    }

    @Test
    void dataPackage_readsItsResources() throws IOException {
        Files.writeString(clean.resolve("datapackage.json"), """
                {"name": "partner", "resources": [
                  {"name": "migrants", "path": "migrants.csv"},
                  {"name": "journeys", "path": "journeys.csv"}]}
                """);
        ValidationReport viaFile = validate(clean.resolve("datapackage.json").toString());
        checked(viaFile);
        assertThat(viaFile.inputs()).extracting(InputReport::path).containsExactly(clean + "/migrants.csv",
                clean + "/journeys.csv");
        // A folder with a datapackage.json is read as that package.
        assertThat(validate(clean.toString()).inputs()).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"{\"resources\": []}", "not json", "{\"resources\": [{\"path\": \"../migrants.csv\"}]}",
        "{\"resources\": [{\"name\": \"x\"}]}"})
    void dataPackage_unusable_isAFileLevelError(String descriptor) throws IOException {
        Path pkg = tmp.resolve("pkg");
        Files.createDirectories(pkg);
        Files.writeString(pkg.resolve("datapackage.json"), descriptor);
        ValidationReport r = validate(pkg.resolve("datapackage.json").toString());
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "datapackage.invalid")).singleElement()
                .satisfies(i -> assertThat(i.get("level").asText()).isEqualTo("file"));
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void stdin_isRecognisedByItsHeader() throws IOException {
        byte[] bytes = Files.readAllBytes(clean.resolve("migrants.csv"));
        ValidationReport r = DatasetValidator.builder().stdin(new ByteArrayInputStream(bytes)).build()
                .validate(List.of("-"));
        checked(r);
        assertThat(r.inputs()).singleElement().satisfies(in -> {
            assertThat(in.path()).isEqualTo("-");
            assertThat(in.entity()).isEqualTo("migrant");
            assertThat(in.records()).isEqualTo(120);
        });
    }

    @Test
    void tableNamedForNoneOfOurs_isCheckedAgainstToo_onceItsHeaderSaysWhatItIs() {
        // Events keep their references for the end only when an input may be migrants: one named for none of our
        // tables may be, and this one is (by its header), without one migrant that events refer to.
        List<List<String>> events = PartnerFiles.rows(clean.resolve("assistance_events.csv"));
        String dropped = events.stream().skip(1).map(e -> e.get(2)).filter(id -> !id.isEmpty()).findFirst()
                .orElseThrow();
        long referring = events.stream().skip(1).filter(e -> e.get(2).equals(dropped)).count();
        Path people = tmp.resolve("people.csv");
        PartnerFiles.write(people, PartnerFiles.rows(clean.resolve("migrants.csv")).stream()
                .filter(m -> !m.get(0).equals(dropped)).toList());
        ValidationReport r = validate(clean.resolve("assistance_events.csv").toString(), people.toString());
        checked(r);
        assertThat(r.inputs()).extracting(InputReport::entity).containsExactly("assistance-event", "migrant");
        assertThat(r.byCode()).containsEntry("ref.missing-beneficiary", referring);
        // Alone, the events refer to no table that was read: nothing is checked (or kept) for the end.
        assertThat(validate(clean.resolve("assistance_events.csv").toString()).byCode())
                .doesNotContainKey("ref.missing-beneficiary");
    }

    @Test
    void gzipFile_isReadAsItsInnerName() throws IOException {
        Path gz = tmp.resolve("legs.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(clean.resolve("legs.csv"), out);
        }
        ValidationReport r = validate(gz.toString());
        checked(r);
        assertThat(r.inputs()).singleElement().satisfies(in -> {
            assertThat(in.entity()).isEqualTo("leg");
            assertThat(in.records()).isEqualTo(PartnerFiles.rows(clean.resolve("legs.csv")).size() - 1);
        });
    }

    @Test
    void jsonLines_areReadByName_andLocatedByPointer() throws IOException {
        Path jsonl = tmp.resolve("migrants.jsonl");
        try (JsonLinesWriter<Migrant> w = JsonLinesWriter.open(Migrant.class, jsonl)) {
            SampleData.seed(3).migrants().limit(40).forEach(w::write);
            SampleData.seed(3).migrants().limit(1).forEach(w::write);
        }
        ValidationReport r = validate(jsonl.toString());
        JsonNode json = checked(r);
        assertThat(r.inputs().get(0).layout()).isEqualTo("entity:migrant");
        JsonNode dup = Reports.issues(json, "id.duplicate").get(0).get("location");
        assertThat(dup.get("record").asLong()).isEqualTo(41);
        assertThat(dup.get("field").asText()).isEqualTo("/id");
        assertThat(dup.has("column")).isFalse();
        assertThat(r.inputs().get(0).rejected()).isEqualTo(1);
    }

    @Test
    void emptyBinaryAndUnrecognisedFiles_areInputsWithFileLevelErrors() throws IOException {
        Path dir = tmp.resolve("odd");
        Files.createDirectories(dir);
        Files.write(dir.resolve("a-binary.csv"), new byte[] {0x50, 0x4B, 3, 4, 0, 0, 0, 0, 1, 2, 3});
        Files.writeString(dir.resolve("b-notes.csv"), "colour,shape\nred,round\n");
        Files.writeString(dir.resolve("c-things.json"), "[]");
        Files.writeString(dir.resolve("migrants.csv"), "");
        ValidationReport r = validate(dir.toString());
        JsonNode json = checked(r);
        assertThat(r.inputs()).allSatisfy(in -> assertThat(in.records()).isZero());
        assertThat(r.byCode()).containsEntry("file.binary", 1L).containsEntry("layout.unrecognised", 2L)
                .containsEntry("file.empty", 1L);
        assertThat(Reports.issues(json, "layout.unrecognised")).allSatisfy(i -> {
            assertThat(i.get("level").asText()).isEqualTo("file");
            assertThat(i.get("location").has("record")).isFalse();
        });
        assertThat(r.exitCode()).isEqualTo(1);
    }

    @Test
    void missingRequiredColumn_rejectsEveryRecordWithOneFileIssue() throws IOException {
        Path file = tmp.resolve("journeys.csv");
        Files.writeString(file, "id,origin,destination\nj-1,SYR,TUR\nj-2,SYR,TUR\n");
        ValidationReport r = validate(file.toString());
        JsonNode json = checked(r);
        assertThat(r.byCode()).containsExactly(java.util.Map.entry("header.missing-column", 1L));
        assertThat(Reports.issues(json, "header.missing-column").get(0).get("location").get("field").asText())
                .isEqualTo("migrant_id");
        assertThat(r.inputs().get(0)).isEqualTo(new InputReport(file.toString(), "entity:journey", "journey", 2, 0, 2));
    }

    @Test
    void spellings_areComparedWithinACountry_andAdminNamesWithinALevel_andOnlyWithoutACode() throws IOException {
        StringBuilder csv = new StringBuilder("id,provider,beneficiary_id,type,status,date,country,adm_level,adm_pcode,"
                + "adm_name,place,consent_recorded\n");
        int[] n = {0};
        java.util.function.BiConsumer<Integer, String> rows = (times, cells) -> {
            for (int i = 0; i < times; i++) {
                csv.append("e-").append(++n[0]).append(",IOM,m-1,referral,referred,2021-03-01,").append(cells)
                        .append(",true\n");
            }
        };
        // Two districts whose names are one edit apart, each with its P-code: two areas, not two spellings.
        rows.accept(3, "AFG,2,AF0301,Bagram,");
        rows.accept(2, "AFG,2,AF0102,Bagrami,");
        // A province and a district alike in name, without codes: different levels, different areas.
        rows.accept(3, "AFG,1,,Laghman,");
        rows.accept(2, "AFG,2,,Paghman,");
        // The same province written two ways, without codes: flagged.
        rows.accept(3, "AFG,1,,Kandahar,");
        rows.accept(1, "AFG,1,,Kandahr,");
        // A place written alike in two countries is two places; written two ways in one country, one is flagged.
        rows.accept(3, "NER,,,,Transit Centre Agadez");
        rows.accept(2, "MLI,,,,Transit Centre Agadex");
        rows.accept(1, "NER,,,,Transit Centre Agades");
        Path file = tmp.resolve("assistance_events.csv");
        Files.writeString(file, csv);
        ValidationReport r = validate(file.toString());
        checked(r);
        assertThat(r.issues()).filteredOn(i -> i.code() == IssueCode.SPELLING_INCONSISTENT)
                .extracting(Issue::value, Issue::suggestion, i -> i.location().record(), i -> i.location().field())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Kandahr", "Kandahar", 14L, "adm_name"),
                        org.assertj.core.groups.Tuple.tuple("Transit Centre Agades", "Transit Centre Agadez", 20L,
                                "place"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            unhcr-population-api.json,   unhcr-population-api
            unhcr-demographics-api.json, unhcr-demographics-api
            mmp-api.json,                mmp-api
            """)
    void publicJsonDocument_isRecognisedByItsFirstRecord(String fixture, String layout) throws Exception {
        Path file = Path.of(DatasetValidatorTest.class.getResource("/layouts/" + fixture).toURI());
        ValidationReport r = validate(file.toString());
        checked(r);
        assertThat(r.inputs().get(0).layout()).isEqualTo(layout);
        assertThat(r.inputs().get(0).records()).isPositive();
        assertThat(r.byCode()).doesNotContainKey("layout.unrecognised");
    }

    @Test
    void cellThatIsNotANumber_isACsvWrongTypeAtItsColumn() throws IOException {
        Path file = tmp.resolve("migrants.csv");
        Files.writeString(file, "id,sex,age\nm-1,female,twelve\nm-2,male,30\n");
        ValidationReport r = validate(file.toString());
        JsonNode json = checked(r);
        JsonNode issue = Reports.issues(json, "csv.wrong-type").get(0);
        assertThat(issue.get("message").asText()).isEqualTo("Column 3 (age) holds \"twelve\", which is not a whole "
                + "number from -2147483648 to 2147483647.");
        assertThat(issue.get("location").get("field").asText()).isEqualTo("age");
        assertThat(issue.get("location").get("column").asInt()).isEqualTo(3);
        assertThat(issue.get("value").asText()).isEqualTo("twelve");
        assertThat(r.inputs().get(0).valid()).isEqualTo(1);
    }

    @Test
    void noPathOpens_throwsWithTheReasons() {
        assertThatThrownBy(() -> validate(tmp.resolve("nope").toString()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessage("No input could be opened: " + tmp.resolve("nope") + ": no such file or folder");
    }

    @Test
    void unreadablePathAmongReadableOnes_isAnInputWithAnIssue() {
        ValidationReport r = validate(clean.resolve("migrants.csv").toString(), tmp.resolve("nope.csv").toString());
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "file.unreadable")).singleElement().satisfies(i -> assertThat(i.get("message")
                .asText()).isEqualTo("Cannot read " + tmp.resolve("nope.csv") + ": no such file or folder."));
    }

    @Test
    void symbolicLinkInAFolder_isNotFollowed() throws IOException {
        Files.createSymbolicLink(clean.resolve("remittances.csv"), clean.resolve("migrants.csv"));
        ValidationReport r = validate(clean.toString());
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "file.unreadable")).singleElement().satisfies(i -> assertThat(
                i.get("message").asText()).contains("symbolic link"));
    }

    private Path zip(String name, String... entries) throws IOException {
        Path zip = tmp.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (String e : entries) {
                out.putNextEntry(new ZipEntry(e));
                Files.copy(clean.resolve("migrants.csv"), out);
            }
        }
        return zip;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"../migrants.csv", "/etc/migrants.csv", "C:/migrants.csv", "dir\\migrants.csv",
        "a/../../migrants.csv"})
    void zipEntryEscapingTheArchive_isRefused(String entry) throws IOException {
        Path zip = zip("evil.zip", entry, "migrants.csv");
        ValidationReport r = validate(zip.toString());
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "zip.path-traversal")).singleElement().satisfies(i -> assertThat(
                i.get("location").get("file").asText()).isEqualTo(zip + "!/" + entry));
        assertThat(r.inputs()).filteredOn(in -> in.records() > 0).hasSize(1);
    }

    @Test
    void zipBomb_byDeclaredRatio_isRefusedBeforeReading() throws IOException {
        Path zip = tmp.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("migrants.csv"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 8; i++) {
                out.write(zeros);
            }
        }
        ValidationReport r = validate(zip.toString());
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "zip.bomb")).singleElement().satisfies(i -> assertThat(i.get("message")
                .asText()).startsWith("The zip entry declares 8388608 bytes inflated from"));
        assertThat(r.records()).isZero();
    }

    @Test
    void zipPastItsTotalBudget_stopsTheEntryWithAnIssue() throws IOException {
        Path zip = zip("big.zip", "migrants.csv");
        ValidationReport r = DatasetValidator.builder().zipLimits(1_000, 2_000).build().validate(List.of(zip.toString()));
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "zip.bomb")).singleElement().satisfies(i -> assertThat(i.get("message")
                .asText()).contains("past its budget of 2000 inflated bytes"));
    }

    @Test
    void zipWithTooManyEntries_readsTheFirstOnes() throws IOException {
        Path zip = zip("many.zip", "a/migrants.csv", "b/migrants.csv", "c/migrants.csv", "d/migrants.csv");
        ValidationReport r = DatasetValidator.builder().zipLimits(3, 1L << 30).build().validate(List.of(zip.toString()));
        checked(r);
        assertThat(r.byCode()).containsEntry("zip.too-many-entries", 1L);
        assertThat(r.inputs()).filteredOn(in -> in.records() > 0).hasSize(3);
    }

    @Test
    void nestedZipAndBrokenZip_areNotOpened() throws IOException {
        Path nested = zip("outer.zip", "inner.zip", "migrants.csv");
        Path broken = tmp.resolve("broken.zip");
        Files.writeString(broken, "this is no zip");
        ValidationReport r = validate(nested.toString(), broken.toString());
        checked(r);
        assertThat(r.byCode()).containsEntry("zip.nested", 1L).containsEntry("zip.malformed", 1L);
    }

    @Test
    void ignoreAndSeverity_applyFirst_andTheCapCountsTheRest() throws IOException {
        Path file = clean.resolve("migrants.csv");
        List<List<String>> rows = PartnerFiles.rows(file);
        for (int i = 1; i <= 5; i++) {
            rows.get(i).set(5, "XYZ");
        }
        PartnerFiles.write(file, rows);
        ValidationReport capped = DatasetValidator.builder().maxIssuesPerCode(2).build().validate(file);
        JsonNode json = checked(capped);
        assertThat(Reports.issues(json, "country.unknown")).hasSize(2);
        assertThat(capped.truncated()).containsEntry("country.unknown", 3L);
        assertThat(capped.byCode()).containsEntry("country.unknown", 5L);

        ValidationReport ignored = DatasetValidator.builder().ignore(IssueCode.COUNTRY_UNKNOWN).build().validate(file);
        checked(ignored);
        assertThat(ignored.byCode()).doesNotContainKey("country.unknown");

        ValidationReport warned = DatasetValidator.builder().severity(IssueCode.VALUE_OUTLIER, Severity.ERROR)
                .failOn(Severity.WARNING).build().validate(clean.resolve("legs.csv"));
        checked(warned);
        assertThat(warned.summaryIssues(Severity.INFO)).isZero();
    }

    @Test
    void failOnNever_exitsZeroWhateverIsFound() {
        ValidationReport r = DatasetValidator.builder().failOn(null).build().validate(SamplePartnerTest.SAMPLE);
        assertThat(r.hasIssuesAtOrAbove(Severity.ERROR)).isTrue();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void overriddenSeverity_decidesRejection() {
        ValidationReport r = DatasetValidator.builder().severity(IssueCode.ID_DUPLICATE, Severity.WARNING).build()
                .validate(SamplePartnerTest.SAMPLE);
        checked(r);
        assertThat(r.inputs()).filteredOn(in -> "migrant".equals(in.entity())).singleElement()
                .satisfies(in -> assertThat(in.rejected()).isEqualTo(1));
    }

    @Test
    void goldenExample_isTheReportOfTheSampleWithAFixedClock() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:15:30Z"), ZoneOffset.UTC);
        String json = DatasetValidator.builder().clock(clock).build().validate(SamplePartnerTest.SAMPLE).toJson()
                // As `./migration validate samples/partner` names it from the repository root.
                .replace("../samples/partner", "samples/partner");
        Reports.check(json);
        Path golden = Path.of("..", "docs", "report-example.json");
        if (Boolean.getBoolean("migrationkit.updateSamples")) {
            Files.writeString(golden, json, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("regenerate with -Dmigrationkit.updateSamples=true").hasContent(json);
    }

    @Test
    void idsPastTheBudget_giveOneWarningWhereTheChecksStop() {
        Path big = PartnerFiles.write(tmp.resolve("big"), 30_000, 5).resolve("migrants.csv");
        ValidationReport r = DatasetValidator.builder().idBudgetBytes(1 << 20).build().validate(big);
        JsonNode json = checked(r);
        JsonNode issue = Reports.issues(json, "limit.id-budget").get(0);
        // 1 MiB holds 32,768 slots, three quarters of them used: the 24,577th id does not fit.
        assertThat(issue.get("location").get("record").asLong()).isEqualTo(24_577);
        assertThat(issue.get("message").asText()).isEqualTo("The ids of the dataset's tables fill the id budget of 1 "
                + "MiB (migrants holds 24576 ids): from this record on, its ids go to temporary files, and duplicate "
                + "ids and references to migrants are checked at the end from them, which is slower; raise the budget "
                + "(DatasetValidator.Builder.idBudgetBytes) or split the dataset.");
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void idsPastTheBudget_areSpilledAndTheirDuplicatesStillFound() throws IOException {
        Path file = tmp.resolve("migrants.csv");
        StringBuilder csv = new StringBuilder("id,sex,age\n");
        for (int i = 1; i <= 30_000; i++) {
            csv.append("m-").append(i).append(",female,30\n");
        }
        // Records 30,001 to 30,004: an id held in memory, two ids spilled past the budget, one of them twice.
        csv.append("m-10,male,31\nm-29000,male,32\nm-25000,male,33\nm-29000,male,34\n");
        Files.writeString(file, csv);
        ValidationReport r = DatasetValidator.builder().idBudgetBytes(1 << 20).build().validate(file);
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "id.duplicate")).extracting(i -> i.get("location").get("record").asLong())
                .containsExactly(30_001L, 30_002L, 30_003L, 30_004L);
        assertThat(r.byCode()).containsEntry("limit.id-budget", 1L).containsEntry("id.duplicate", 4L);
        assertThat(r.inputs().get(0).rejected()).isEqualTo(4);
    }

    @Test
    void referencesToATablePastTheBudget_areCheckedAgainstItsSpilledIdsToo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("spilled"));
        StringBuilder migrants = new StringBuilder("id,sex,age\n");
        for (int i = 1; i <= 30_000; i++) {
            migrants.append("m-").append(i).append(",female,30\n");
        }
        Files.writeString(dir.resolve("migrants.csv"), migrants);
        // Migrants 10 and 20,000 are held in memory, 29,000 and 30,000 spilled past the budget; 30,001 and 0 are none.
        Files.writeString(dir.resolve("journeys.csv"), """
                id,migrant_id,origin,destination
                j-1,m-10,UKR,ROU
                j-2,m-29000,UKR,ROU
                j-3,m-30001,UKR,ROU
                j-4,m-20000,UKR,ROU
                j-5,m-0,UKR,ROU
                j-6,m-30000,UKR,ROU
                """);
        Files.writeString(dir.resolve("assistance_events.csv"), """
                id,provider,beneficiary_id,type,status
                e-1,IOM,m-30001,health,delivered
                e-2,IOM,m-29999,health,delivered
                e-3,IOM,m-1,health,delivered
                e-4,IOM,m-40000,health,delivered
                """);
        ValidationReport r = DatasetValidator.builder().idBudgetBytes(1 << 20).build().validate(dir);
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "ref.missing-migrant")).extracting(i -> i.get("location").get("record")
                .asLong()).containsExactly(3L, 5L);
        assertThat(Reports.issues(json, "ref.missing-beneficiary")).extracting(i -> i.get("location").get("record")
                .asLong()).containsExactly(1L, 4L);
        assertThat(r.byCode()).containsEntry("limit.id-budget", 1L).doesNotContainKey("id.duplicate");
    }

    @Test
    void journeyStartsPastTheBudget_sayWhichEventsAreNotDated() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("starts"));
        Files.writeString(dir.resolve("migrants.csv"), "id,sex,age\nm-1,female,30\nm-2,male,40\n");
        StringBuilder journeys = new StringBuilder("id,migrant_id,origin,destination\n");
        StringBuilder legs = new StringBuilder("journey_id,sequence,origin,destination,departed\n");
        for (int i = 1; i <= 30_000; i++) {
            journeys.append("j-").append(i).append(",m-").append(1 + i % 2).append(",UKR,ROU\n");
            legs.append("j-").append(i).append(",1,UKR,ROU,2023-05-01\n");
        }
        Files.writeString(dir.resolve("journeys.csv"), journeys);
        Files.writeString(dir.resolve("legs.csv"), legs);
        Files.writeString(dir.resolve("assistance_events.csv"), """
                id,provider,beneficiary_id,type,status,date
                e-1,IOM,m-1,health,delivered,2023-06-01
                e-2,IOM,m-2,health,delivered,2023-04-01
                """);
        ValidationReport r = DatasetValidator.builder().idBudgetBytes(1 << 20).build().validate(dir);
        JsonNode json = checked(r);
        // The ids of journeys, then of legs, fill the budget; then the starts past it are dropped, said once.
        List<JsonNode> limits = Reports.issues(json, "limit.id-budget");
        assertThat(limits).extracting(i -> i.get("location").get("file").asText().replaceAll(".*/", ""))
                .containsExactly("journeys.csv", "legs.csv", "assistance_events.csv");
        JsonNode starts = limits.get(2);
        assertThat(starts.get("location").get("record").asLong()).isEqualTo(1);
        assertThat(starts.get("message").asText()).startsWith("The id budget of 1 MiB is full: the first departures of ")
                .endsWith("assistance events of the others' migrants are not checked for dates before their journey "
                        + "(date.before-journey); raise the budget (DatasetValidator.Builder.idBudgetBytes) or split "
                        + "the dataset.");
        // e-2 (2023-04-01) is before all of m-2's journeys (2023-05-01), but some of their starts were dropped, so
        // m-2's first start is unknown and the event is not dated against it: what the warning says.
        assertThat(Reports.issues(json, "date.before-journey")).isEmpty();
        assertThat(r.exitCode()).isZero();
    }

    @Test
    void namedPipeInAFolder_isNotOpened() throws IOException, InterruptedException {
        Path fifo = clean.resolve("remittances.csv");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(p.waitFor() == 0, "mkfifo is not available");
        ValidationReport r = validate(clean.toString());
        JsonNode json = checked(r);
        assertThat(Reports.issues(json, "file.unreadable")).singleElement().satisfies(i -> assertThat(
                i.get("message").asText()).isEqualTo("Cannot read " + fifo + ": it is not a regular file or folder (a "
                        + "named pipe or a device is not opened)."));
    }

    @Test
    void progress_isToldRecordsAndBytesRateLimitedByTheClock() throws IOException {
        Path big = PartnerFiles.write(tmp.resolve("big"), 30_000, 5);
        long total;
        try (java.util.stream.Stream<Path> files = Files.list(big)) {
            total = files.mapToLong(p -> p.toFile().length()).sum();
        }
        List<long[]> told = new java.util.ArrayList<>();
        // Each reading of this clock is a second later, so every check passes the 100 ms rate limit.
        ValidationReport r = DatasetValidator.builder().clock(new TickingClock(1_000))
                .progress((records, bytes, all) -> told.add(new long[] {records, bytes, all == null ? -1 : all}))
                .build().validate(big);
        assertThat(told).hasSize((int) (r.records() / 4_096) + 1);
        for (int i = 0; i < told.size() - 1; i++) {
            assertThat(told.get(i)[0]).isEqualTo(4_096L * (i + 1));
            assertThat(told.get(i)[1]).isBetween(1L, total);
            assertThat(told.get(i + 1)[1]).isGreaterThanOrEqualTo(told.get(i)[1]);
            assertThat(told.get(i)[2]).isEqualTo(total);
        }
        assertThat(told.get(told.size() - 1)).containsExactly(r.records(), total, total);
    }

    @Test
    void progress_isToldOnlyAtTheEndWhenTheClockStandsStill() {
        Path big = PartnerFiles.write(tmp.resolve("big"), 30_000, 5);
        List<Long> told = new java.util.ArrayList<>();
        ValidationReport r = DatasetValidator.builder()
                .clock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T10:15:30Z"), java.time.ZoneOffset.UTC))
                .progress((records, bytes, all) -> told.add(records)).build().validate(big);
        assertThat(told).containsExactly(r.records());
    }

    @Test
    void progress_hasNoTotalForStdin() {
        byte[] csv = "id,sex\nm-1,female\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        List<Object[]> told = new java.util.ArrayList<>();
        DatasetValidator.builder().stdin(new java.io.ByteArrayInputStream(csv)).layout("entity:migrant")
                .progress((records, bytes, all) -> told.add(new Object[] {records, bytes, all})).build()
                .validate(List.of("-"));
        assertThat(told).singleElement().satisfies(t -> assertThat(t).containsExactly(1L, (long) csv.length, null));
    }

    /** A clock that moves on by a fixed step each time it is read. */
    private static final class TickingClock extends java.time.Clock {
        private final long stepMillis;
        private long now = java.time.Instant.parse("2026-11-23T10:15:30Z").toEpochMilli();

        TickingClock(long stepMillis) {
            this.stepMillis = stepMillis;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public long millis() {
            now += stepMillis;
            return now;
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.ofEpochMilli(millis());
        }
    }

    /** Writes generated incidents and returns the file's rows, header first, to change and write back. */
    private static List<List<String>> sampleIncidents(Path file, int n) throws IOException {
        try (CsvTableWriter<Incident> w = CsvTableWriter.builder(Incident.class).crlf(false).write(file)) {
            SampleData.seed(5).incidents().limit(n).forEach(w::write);
        }
        return PartnerFiles.rows(file);
    }

    @Test
    void outliers_pastOneBatch_areEachReportedInRecordOrder() throws IOException {
        // number_dead is 2, 3 and 1000 in turn. A count of people is scored on log(1 + x): median log 4, MAD
        // log 4 - log 3, so each 1000 has a modified z-score of 0.6745 x (log 1001 - log 4) / (log 4 - log 3) = 12.95
        // and the others at most 0.7. 1,100 outliers: more than one batch of notes.
        Path incidents = tmp.resolve("incidents.csv");
        List<List<String>> rows = sampleIncidents(incidents, 3_300);
        int dead = rows.get(0).indexOf("number_dead");
        List<Long> expected = new java.util.ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            boolean outlier = r % 3 == 0;
            rows.get(r).set(dead, outlier ? "1000" : Integer.toString(1 + r % 3));
            if (outlier) {
                expected.add((long) r);
            }
        }
        PartnerFiles.write(incidents, rows);
        ValidationReport r = DatasetValidator.builder().maxIssuesPerCode(0).build().validate(incidents);
        checked(r);
        List<Issue> found = r.issues().stream().filter(i -> i.code() == IssueCode.VALUE_OUTLIER
                && "number_dead".equals(i.location().field())).toList();
        assertThat(found).extracting(i -> i.location().record()).containsExactlyElementsOf(expected);
        assertThat(found).allSatisfy(i -> assertThat(i.message()).isEqualTo("Column number_dead is 1000, far from "
                + "its other values (median 3, modified z-score 12.9 of log(1 + x)): check it is not a typing error."));
        assertThat(found.get(0).location().line()).isEqualTo(4);
    }

    @Test
    void countsSpreadOverOrdersOfMagnitude_areNotOutliers() throws IOException {
        // 1, 10, 100, 1,000 and 10,000 dead in turn: on their own scale each 10,000 would score 0.6745 x 9,900 / 99
        // = 67.5; on log(1 + x) they are evenly spread and score 1.4.
        Path incidents = tmp.resolve("incidents.csv");
        List<List<String>> rows = sampleIncidents(incidents, 500);
        int dead = rows.get(0).indexOf("number_dead");
        for (int r = 1; r < rows.size(); r++) {
            rows.get(r).set(dead, Integer.toString((int) Math.pow(10, r % 5)));
        }
        PartnerFiles.write(incidents, rows);
        ValidationReport r = DatasetValidator.builder().build().validate(incidents);
        checked(r);
        assertThat(r.issues()).noneMatch(i -> i.code() == IssueCode.VALUE_OUTLIER
                && "number_dead".equals(i.location().field()));
    }

    @Test
    void incidents_sameIdAndSubId_isADuplicate_butSplitRowsWithoutSubIdAreNot() throws IOException {
        Path incidents = tmp.resolve("incidents.csv");
        List<List<String>> rows = sampleIncidents(incidents, 40);
        List<String> header = rows.get(0);
        int kind = header.indexOf("kind");
        int subId = header.indexOf("sub_id");
        // Record 41 repeats record 10; records 20 and 21 are two rows of one split incident (one id, no sub_id).
        rows.add(new java.util.ArrayList<>(rows.get(10)));
        rows.get(21).set(0, rows.get(20).get(0));
        rows.get(20).set(kind, "Split Incident");
        rows.get(21).set(kind, "Split Incident");
        rows.get(20).set(subId, "");
        rows.get(21).set(subId, "");
        PartnerFiles.write(incidents, rows);
        ValidationReport r = validate(incidents.toString());
        checked(r);
        assertThat(r.issues()).filteredOn(i -> i.code() == IssueCode.ID_DUPLICATE).singleElement().satisfies(i -> {
            assertThat(i.location().record()).isEqualTo(41);
            assertThat(i.location().field()).isEqualTo("id");
            assertThat(i.message()).contains("the same id and sub_id as an earlier record of this file");
        });
        assertThat(r.inputs().get(0).rejected()).isEqualTo(1);
    }
}
