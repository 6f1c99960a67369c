package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.migrationkit.core.sample.PartnerDataset;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.json.JsonRecordReader;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.TableSchema;

class GenerateCommandTest {
    private static final int ROWS = 60;
    private static final long SEED = 42;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    private void generate(String... args) {
        assertThat(run(args)).as("stderr: %s", err).isZero();
        assertThat(err.toString()).isEmpty();
        assertThat(out.toString()).isEmpty();
    }

    static Stream<Arguments> entitiesAndFormats() {
        return Arrays.stream(Entity.values()).flatMap(e -> Stream.of("csv", "json", "jsonl")
                .map(ext -> Arguments.of(e.id(), ext)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("entitiesAndFormats")
    void entity_writesTheFirstRowsOfTheEntityInTheFormatOfTheExtension(String id, String ext) throws IOException {
        Entity entity = Entity.ofId(id);
        Path file = dir.resolve(entity.tableName() + "." + ext);
        generate("generate", "--entity", id, "--rows", String.valueOf(ROWS), "--seed", String.valueOf(SEED),
                "--output", file.toString());
        List<?> expected = expected(entity, SampleData.seed(SEED)).limit(ROWS).toList();
        switch (ext) {
            case "csv":
                assertCsv(file, entity, expected);
                break;
            case "json":
                assertThat(readJson(file, entity.recordType(), false)).isEqualTo(expected);
                break;
            default:
                assertThat(readJson(file, entity.recordType(), true)).isEqualTo(expected);
                break;
        }
    }

    @Test
    void entity_withZeroRows_writesTheHeaderOnly() throws IOException {
        Path file = dir.resolve("legs.csv");
        generate("generate", "--entity", "leg", "--rows", "0", "--seed", "1", "--output", file.toString());
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(String.join(",", TableSchema.of(Entity.LEG).header()) + "\r\n");
    }

    @Test
    void entity_extensionIsCaseInsensitive() throws IOException {
        Path file = dir.resolve("INCIDENTS.JSONL");
        generate("generate", "--entity", "incident", "--rows", "3", "--seed", "1", "--output", file.toString());
        assertThat(readJson(file, Entity.INCIDENT.recordType(), true)).hasSize(3);
    }

    @Test
    void partnerDataset_writesTheFourTablesToAFolder_withReferencesThatResolve() throws IOException {
        Path folder = dir.resolve("partner");
        generate("generate", "--dataset", "partner", "--rows", String.valueOf(ROWS), "--seed", "7",
                "--output", folder.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("assistance_events.csv", "journeys.csv", "legs.csv", "migrants.csv");
        }
        PartnerDataset partner = SampleData.seed(7).partnerDataset(ROWS);
        assertCsv(folder.resolve("migrants.csv"), Entity.MIGRANT, partner.migrants().toList());
        assertCsv(folder.resolve("journeys.csv"), Entity.JOURNEY, partner.journeys().toList());
        assertCsv(folder.resolve("legs.csv"), Entity.LEG, partner.legs().toList());
        assertCsv(folder.resolve("assistance_events.csv"), Entity.ASSISTANCE_EVENT,
                partner.assistanceEvents().toList());

        List<Map<String, String>> migrants = readCsv(folder.resolve("migrants.csv"));
        List<Map<String, String>> journeys = readCsv(folder.resolve("journeys.csv"));
        List<Map<String, String>> legs = readCsv(folder.resolve("legs.csv"));
        List<Map<String, String>> events = readCsv(folder.resolve("assistance_events.csv"));
        assertThat(migrants).hasSize(ROWS);
        // The documented ratios, loosely: every migrant has a journey; most journeys have more than one leg.
        assertThat(journeys.size()).isBetween(ROWS, 2 * ROWS);
        assertThat(legs.size()).isGreaterThan(journeys.size());
        Set<String> migrantIds = ids(migrants, "id");
        Set<String> journeyIds = ids(journeys, "id");
        assertThat(ids(journeys, "migrant_id")).isSubsetOf(migrantIds);
        assertThat(ids(legs, "journey_id")).isEqualTo(journeyIds);
        assertThat(ids(events, "beneficiary_id")).isSubsetOf(migrantIds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            incidents,  incident,          incidents.csv
            population, population-figure, population_figures.csv
            """)
    void singleTableDataset_writesItsTableToAFolder(String dataset, String entity, String fileName)
            throws IOException {
        Path folder = dir.resolve(dataset);
        generate("generate", "--dataset", dataset, "--rows", String.valueOf(ROWS), "--seed", "3",
                "--output", folder.toString());
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly(fileName);
        }
        Entity e = Entity.ofId(entity);
        assertCsv(folder.resolve(fileName), e, expected(e, SampleData.seed(3)).limit(ROWS).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            partner,    'migrants.csv,journeys.csv,legs.csv,assistance_events.csv'
            incidents,  incidents.csv
            population, population_figures.csv
            """)
    void dataset_toAZip_holdsTheSameEntriesAsTheFolder_inTheDocumentedOrder(String dataset, String entries)
            throws IOException {
        Path zip = dir.resolve(dataset + ".zip");
        Path folder = dir.resolve(dataset);
        generate("generate", "--dataset", dataset, "--rows", "25", "--seed", "11", "--output", zip.toString());
        generate("generate", "--dataset", dataset, "--rows", "25", "--seed", "11", "--output", folder.toString());
        Map<String, byte[]> read = unzip(zip);
        assertThat(read.keySet()).containsExactly(entries.split(","));
        for (Map.Entry<String, byte[]> e : read.entrySet()) {
            assertThat(e.getValue()).as(e.getKey()).isEqualTo(Files.readAllBytes(folder.resolve(e.getKey())));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            --entity,  journey,   journeys.json
            --entity,  incident,  incidents.jsonl
            --entity,  migrant,   migrants.csv
            --dataset, partner,   partner.zip
            """)
    void sameSeed_givesByteIdenticalOutput_anotherSeedDoesNot(String option, String what, String name)
            throws IOException {
        Path first = dir.resolve("a").resolve(name);
        Path second = dir.resolve("b").resolve(name);
        Path other = dir.resolve("c").resolve(name);
        Files.createDirectories(first.getParent());
        Files.createDirectories(second.getParent());
        Files.createDirectories(other.getParent());
        generate("generate", option, what, "--rows", "40", "--seed", "99", "--output", first.toString());
        generate("generate", option, what, "--rows", "40", "--seed", "99", "--output", second.toString());
        generate("generate", option, what, "--rows", "40", "--seed", "100", "--output", other.toString());
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(first));
    }

    @Test
    void output_isReplacedWhenItExists() throws IOException {
        Path file = dir.resolve("remittances.jsonl");
        Files.writeString(file, "old content that is much longer than what follows\n".repeat(100));
        generate("generate", "--entity", "remittance", "--rows", "2", "--seed", "5", "--output", file.toString());
        assertThat(readJson(file, Entity.REMITTANCE.recordType(), true)).hasSize(2);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " => ", textBlock = """
            neither entity nor dataset => --rows 5 --seed 1 --output OUT/x.csv => give --entity <entity> or --dataset partner|incidents|population.
            both                       => --entity migrant --dataset partner --rows 5 --seed 1 --output OUT/x.csv => give --entity or --dataset, not both.
            unknown entity             => --entity refugee --rows 5 --seed 1 --output OUT/x.csv => Unknown entity "refugee": use one of migrant, journey, leg, incident, population-figure, assistance-event, remittance.
            unknown dataset            => --dataset census --rows 5 --seed 1 --output OUT/x => Unknown dataset "census": use one of partner, incidents, population.
            rows missing               => --entity migrant --seed 1 --output OUT/x.csv => --rows is required: the number of records to generate (migrants for --dataset partner).
            rows negative              => --entity migrant --rows -1 --seed 1 --output OUT/x.csv => --rows "-1" is not accepted: give a whole number from 0 to 2147483647.
            rows not a number          => --entity migrant --rows many --seed 1 --output OUT/x.csv => --rows "many" is not accepted: give a whole number from 0 to 2147483647.
            rows too large             => --entity migrant --rows 3000000000 --seed 1 --output OUT/x.csv => --rows "3000000000" is not accepted: give a whole number from 0 to 2147483647.
            seed missing               => --entity migrant --rows 5 --output OUT/x.csv => --seed is required: any whole number; the same seed gives the same data.
            seed not a number          => --entity migrant --rows 5 --seed 0x2A --output OUT/x.csv => --seed "0x2A" is not accepted: give a whole number from -9223372036854775808 to 9223372036854775807.
            output missing             => --entity migrant --rows 5 --seed 1 => --output is required: the file (--entity) or the folder or .zip (--dataset) to write.
            unknown extension          => --entity migrant --rows 5 --seed 1 --output OUT/x.xlsx => --output OUT/x.xlsx has no known extension: for --entity, end the file name in .csv, .json or .jsonl.
            entity to a folder         => --entity migrant --rows 5 --seed 1 --output OUT/dir.csv => --output OUT/dir.csv is a folder: for --entity, give a file.
            dataset to a file          => --dataset partner --rows 5 --seed 1 --output OUT/file => --output OUT/file is a file: for --dataset, give a folder, or a file name ending in .zip.
            missing parent folder      => --entity migrant --rows 5 --seed 1 --output OUT/none/x.csv => --output OUT/none/x.csv: the folder OUT/none does not exist.
            defects without manifest   => --dataset partner --rows 5 --seed 1 --defects 0.1 --output OUT/p => --defects needs --manifest FILE: without the manifest the injected defects are not known.
            manifest without defects   => --dataset partner --rows 5 --seed 1 --manifest OUT/m.jsonl --output OUT/p => --manifest needs --defects RATE: the manifest lists the defects injected at that rate.
            rate above one             => --dataset partner --rows 5 --seed 1 --defects 1.5 --manifest OUT/m.jsonl --output OUT/p => --defects "1.5" is not accepted: give a fraction from 0 to 1, e.g. 0.02 for 2 %.
            rate negative              => --dataset partner --rows 5 --seed 1 --defects -0.1 --manifest OUT/m.jsonl --output OUT/p => --defects "-0.1" is not accepted: give a fraction from 0 to 1, e.g. 0.02 for 2 %.
            rate a percentage          => --dataset partner --rows 5 --seed 1 --defects 2% --manifest OUT/m.jsonl --output OUT/p => --defects "2%" is not accepted: give a fraction from 0 to 1, e.g. 0.02 for 2 %.
            rate not a number          => --dataset partner --rows 5 --seed 1 --defects NaN --manifest OUT/m.jsonl --output OUT/p => --defects "NaN" is not accepted: give a fraction from 0 to 1, e.g. 0.02 for 2 %.
            defects for a partner table => --entity migrant --rows 5 --seed 1 --defects 0.1 --manifest OUT/m.jsonl --output OUT/m.csv => --defects needs a table that stands alone or the whole partner dataset: use --dataset partner|incidents|population or --entity incident|population-figure|remittance.
            defects to JSON            => --entity remittance --rows 5 --seed 1 --defects 0.1 --manifest OUT/m.jsonl --output OUT/r.jsonl => --defects writes CSV tables: for --entity, end the --output file name in .csv.
            """)
    void badArguments_exitTwoWithOneLineAndWriteNothing(String what, String args, String message) throws IOException {
        Files.createDirectories(dir.resolve("dir.csv"));
        Files.writeString(dir.resolve("file"), "");
        List<String> argv = new ArrayList<>(List.of("generate"));
        for (String a : args.split(" ")) {
            argv.add(a.replace("OUT", dir.toString()));
        }
        assertThat(run(argv.toArray(String[]::new))).isEqualTo(Main.USAGE);
        assertThat(err.toString().lines()).containsExactly("migration: " + message.replace("OUT", dir.toString()));
        assertThat(out.toString()).isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dir.csv", "file");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            folder, partner
            zip,    partner.zip
            """)
    void defects_writeTablesAndAManifestThatTheValidatorConfirms(String what, String name) throws IOException {
        Path target = dir.resolve(name);
        Path manifest = dir.resolve("manifest.jsonl");
        generate("generate", "--dataset", "partner", "--rows", "300", "--seed", "5", "--defects", "0.2",
                "--manifest", manifest.toString(), "--output", target.toString());
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).matches(
                "\\{\"code\":\"[a-z.-]+\",\"file\":\"[a-z_]+\\.csv\",\"record\":\\d+(,\"field\":\"[a-z_]+\")?}"));
        // Every line names an issue of the validation report, at the same place.
        out.getBuffer().setLength(0);
        assertThat(run("validate", target.toString(), "--format", "json", "--max-issues-per-code", "0"))
                .isEqualTo(1);
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Set<String> reported = new HashSet<>();
        for (com.fasterxml.jackson.databind.JsonNode i : json.readTree(out.toString()).get("issues")) {
            com.fasterxml.jackson.databind.JsonNode at = i.get("location");
            String file = at.get("file").asText();
            reported.add(i.get("code").asText() + " " + file.substring(file.lastIndexOf('/') + 1) + " "
                    + at.path("record").asText() + " " + at.path("field").asText());
        }
        Set<String> injected = new HashSet<>();
        for (String line : lines) {
            com.fasterxml.jackson.databind.JsonNode d = json.readTree(line);
            injected.add(d.get("code").asText() + " " + d.get("file").asText() + " " + d.get("record").asText() + " "
                    + d.path("field").asText());
        }
        assertThat(reported).containsAll(injected);
        // The same arguments give the same manifest.
        out.getBuffer().setLength(0);
        byte[] first = Files.readAllBytes(manifest);
        generate("generate", "--dataset", "partner", "--rows", "300", "--seed", "5", "--defects", "0.2",
                "--manifest", manifest.toString(), "--output", dir.resolve("again-" + name).toString());
        assertThat(Files.readAllBytes(manifest)).isEqualTo(first);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            --dataset, incidents,         incidents,              incidents.csv
            --dataset, population,        population.zip,         population_figures.csv
            --entity,  remittance,        remittances.csv,        remittances.csv
            --entity,  incident,          incidents.csv,          incidents.csv
            --entity,  population-figure, population_figures.csv, population_figures.csv
            """)
    void defects_inTablesThatStandAlone(String option, String id, String name, String file) throws IOException {
        Path manifest = dir.resolve("m.jsonl");
        generate("generate", option, id, "--rows", "400", "--seed", "3", "--defects", "0.1", "--manifest",
                manifest.toString(), "--output", dir.resolve(name).toString());
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(10).allSatisfy(l -> assertThat(l).contains("\"file\":\"" + file + "\""));
    }

    @Test
    void defects_rateZeroWritesTheSameTablesAsWithoutDefects() throws IOException {
        Path manifest = dir.resolve("m.jsonl");
        generate("generate", "--dataset", "partner", "--rows", "50", "--seed", "9", "--defects", "0",
                "--manifest", manifest.toString(), "--output", dir.resolve("a").toString());
        generate("generate", "--dataset", "partner", "--rows", "50", "--seed", "9", "--output",
                dir.resolve("b").toString());
        assertThat(Files.readAllBytes(manifest)).isEmpty();
        for (String table : List.of("migrants.csv", "journeys.csv", "legs.csv", "assistance_events.csv")) {
            assertThat(dir.resolve("a").resolve(table)).hasSameBinaryContentAs(dir.resolve("b").resolve(table));
        }
    }

    @Test
    void help_documentsTheDatasetsAndTheRatios() {
        assertThat(run("generate", "--help")).isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        assertThat(help).contains("migrants.csv, journeys.csv, legs.csv, assistance_events.csv")
                .contains("incidents.csv").contains("population_figures.csv").contains("--rows counts the migrants");
    }

    // ---- helpers

    private static Stream<?> expected(Entity entity, SampleData data) {
        switch (entity) {
            case MIGRANT:
                return data.migrants();
            case JOURNEY:
                return data.journeys();
            case LEG:
                return data.legs();
            case INCIDENT:
                return data.incidents();
            case POPULATION_FIGURE:
                return data.populationFigures().filter(GenerateCommand::fitsTable);
            case ASSISTANCE_EVENT:
                return data.assistanceEvents();
            default:
                return data.remittances();
        }
    }

    /** The file read by FastCSV holds the schema's header and, row by row, the cells of the expected records. */
    private static void assertCsv(Path file, Entity entity, List<?> expected) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<String> header;
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord rec : r) {
                rows.add(rec.getFields());
            }
        }
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(file)) {
            header = r.stream().findFirst().map(NamedCsvRecord::getHeader)
                    .orElse(TableSchema.of(entity).header());
        }
        assertThat(header).as(file.toString()).isEqualTo(TableSchema.of(entity).header());
        assertThat(rows).as(file.toString()).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(rows.get(i)).as("%s row %d", file, i + 1).isEqualTo(cells(entity.recordType(),
                    expected.get(i)));
        }
    }

    private static <T> List<String> cells(Class<T> type, Object record) {
        return CsvTableWriter.cells(type, type.cast(record)).stream().map(c -> c == null ? "" : c)
                .collect(Collectors.toList());
    }

    private static List<Map<String, String>> readCsv(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> r = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord rec : r) {
                rows.add(rec.getFieldsAsMap());
            }
        }
        return rows;
    }

    private static Set<String> ids(List<Map<String, String>> rows, String column) {
        Set<String> ids = new HashSet<>();
        for (Map<String, String> row : rows) {
            ids.add(row.get(column));
        }
        return ids;
    }

    private static <T> List<@Nullable T> readJson(Path file, Class<T> type, boolean lines) throws IOException {
        List<@Nullable T> values = new ArrayList<>();
        JsonRecordReader.Builder<T> b = JsonRecordReader.builder(type);
        try (JsonRecordReader<T> r = lines ? b.readLines(file) : b.readDocument(file)) {
            for (ReadResult<T> result : r) {
                assertThat(result.issues()).as("%s record %d", file, result.record()).isEmpty();
                values.add(result.findValue().orElse(null));
            }
            assertThat(r.fileIssues()).isEmpty();
            assertThat(r.rejected()).isZero();
        }
        return values;
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                entries.put(e.getName(), z.readAllBytes());
            }
        }
        return entries;
    }
}
