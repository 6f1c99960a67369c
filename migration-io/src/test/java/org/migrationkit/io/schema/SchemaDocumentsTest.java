package org.migrationkit.io.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.migrationkit.core.vocab.HxlTag;
import org.migrationkit.io.TestRecords;
import org.migrationkit.io.csv.CsvTableWriter;
import org.migrationkit.io.csv.CsvWriter;
import org.migrationkit.io.json.JsonLinesWriter;

/** The documents derived from the table schemas: each checked against its standard's rules and against data. */
class SchemaDocumentsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int RECORDS = 2_000;
    private static final Set<String> TYPES = Set.of("string", "number", "integer", "boolean", "list");
    private static final Set<String> CONSTRAINTS = Set.of("required", "unique", "minLength", "maxLength", "minimum",
            "maximum", "pattern", "enum");

    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void jsonSchema_validatesWhatTheWriterWrote_andRejectsAMutatedDocument(Entity entity) throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(SchemaDocuments.jsonSchema(entity)));
        List<JsonNode> written = written(entity, entity.recordType(), 11L + entity.ordinal());
        for (int i = 0; i < written.size(); i++) {
            List<Error> errors = schema.validate(written.get(i));
            assertThat(errors).as("seed %d, record %d: %s", 11L + entity.ordinal(), i + 1, written.get(i)).isEmpty();
        }
        String first = TableSchema.of(entity).columns().get(0).name();
        ObjectNode wrongType = written.get(0).deepCopy();
        wrongType.put(first, 42);
        assertThat(schema.validate(wrongType)).isNotEmpty();
        ObjectNode extra = written.get(0).deepCopy();
        extra.put("not_a_column", "x");
        assertThat(schema.validate(extra)).isNotEmpty();
        ObjectNode missing = written.get(0).deepCopy();
        missing.remove(first);
        assertThat(schema.validate(missing)).isNotEmpty();
    }

    @Test
    void jsonSchema_checksNestedLegs() throws IOException {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(JSON.readTree(SchemaDocuments.jsonSchema(Entity.JOURNEY)));
        JsonNode ok = JSON.readTree("{\"id\":\"j\",\"migrant_id\":\"m\",\"legs\":[{\"sequence\":1,\"origin\":\"ETH\","
                + "\"destination\":\"DJI\",\"departed\":\"2023-05\"}]}");
        assertThat(schema.validate(ok)).isEmpty();
        JsonNode bad = JSON.readTree("{\"id\":\"j\",\"migrant_id\":\"m\",\"legs\":[{\"sequence\":0,\"origin\":\"ETH\","
                + "\"destination\":\"DJI\",\"departed\":\"May 2023\",\"journey_id\":\"j\"}]}");
        assertThat(schema.validate(bad)).extracting(Error::getInstanceLocation).extracting(Object::toString)
                .contains("/legs/0/sequence", "/legs/0/departed", "/legs/0");
    }

    private static <T> List<JsonNode> written(Entity entity, Class<T> type, long seed) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLinesWriter<T> w = JsonLinesWriter.open(type, out)) {
            for (Object o : new TestRecords(seed).records(entity, RECORDS)) {
                w.write(type.cast(o));
            }
        }
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void dataPackage_followsTheTableSchemaRules() throws IOException {
        JsonNode p = JSON.readTree(SchemaDocuments.dataPackage());
        assertThat(p.get("$schema").asText()).isEqualTo(SchemaDocuments.DATA_PACKAGE_PROFILE);
        assertThat(p.get("name").asText()).matches("[a-z0-9._-]+");
        Map<String, JsonNode> resources = new HashMap<>();
        for (JsonNode r : p.get("resources")) {
            assertThat(resources.put(r.get("name").asText(), r)).isNull();
            assertThat(r.get("path").asText()).isEqualTo(r.get("name").asText() + ".csv");
        }
        assertThat(resources).hasSize(Entity.values().length);
        for (JsonNode r : resources.values()) {
            JsonNode schema = r.get("schema");
            Set<String> names = new HashSet<>();
            for (JsonNode f : schema.get("fields")) {
                assertThat(names.add(f.get("name").asText())).as("unique field names").isTrue();
                String type = f.get("type").asText();
                assertThat(type).isIn(TYPES);
                if (type.equals("list")) {
                    assertThat(f.get("delimiter").asText()).isEqualTo("|");
                    assertThat(f.get("itemType").asText()).isIn("string", "integer", "number");
                }
                JsonNode k = f.get("constraints");
                if (k != null) {
                    k.fieldNames().forEachRemaining(n -> assertThat(n).isIn(CONSTRAINTS));
                    if (k.has("required")) {
                        assertThat(k.get("required").isBoolean()).isTrue();
                    }
                    if (k.has("pattern")) {
                        Pattern.compile(k.get("pattern").asText());
                    }
                    for (String bound : List.of("minimum", "maximum", "minLength", "maxLength")) {
                        if (k.has(bound)) {
                            assertThat(k.get(bound).isNumber()).isTrue();
                        }
                    }
                    if (k.has("enum")) {
                        assertThat(type).isEqualTo("string");
                        k.get("enum").forEach(v -> assertThat(v.isTextual()).isTrue());
                    }
                }
                if (f.has("hxl")) {
                    assertThat(HxlTag.lookup(f.get("hxl").asText()).isFound()).isTrue();
                }
            }
            for (JsonNode key : schema.path("primaryKey")) {
                assertThat(names).contains(key.asText());
            }
            for (JsonNode fk : schema.path("foreignKeys")) {
                fk.get("fields").forEach(x -> assertThat(names).contains(x.asText()));
                JsonNode target = resources.get(fk.get("reference").get("resource").asText());
                assertThat(target).as("referenced resource").isNotNull();
                assertThat(fk.get("reference").get("fields")).isEqualTo(target.get("schema").get("primaryKey"));
            }
        }
        assertThat(foreignKeys(resources)).contains("journeys.migrant_id -> migrants.id",
                "legs.journey_id -> journeys.id", "assistance_events.beneficiary_id -> migrants.id");
    }

    private static List<String> foreignKeys(Map<String, JsonNode> resources) {
        List<String> fks = new ArrayList<>();
        resources.forEach((name, r) -> r.get("schema").path("foreignKeys").forEach(fk -> fks.add(name + "."
                + fk.get("fields").get(0).asText() + " -> " + fk.get("reference").get("resource").asText() + "."
                + fk.get("reference").get("fields").get(0).asText())));
        return fks;
    }

    @Test
    void dataPackageOfAnEntity_holdsTheTablesItsKeysReach() throws IOException {
        JsonNode p = JSON.readTree(SchemaDocuments.dataPackage(Entity.LEG));
        List<String> names = new ArrayList<>();
        p.get("resources").forEach(r -> names.add(r.get("name").asText()));
        assertThat(names).containsExactly("migrants", "journeys", "legs");
        assertThat(JSON.readTree(SchemaDocuments.dataPackage(Entity.INCIDENT)).get("resources")).hasSize(1);
    }

    /** The CSV the writer produces conforms to the Frictionless Table Schema of its table. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void writtenCsv_conformsToTheTableSchema(Entity entity) throws IOException {
        conforms(entity, entity.recordType());
    }

    private <T> void conforms(Entity entity, Class<T> type) throws IOException {
        JsonNode schema = JSON.readTree(SchemaDocuments.tableSchema(entity));
        StringWriter out = new StringWriter();
        try (CsvTableWriter<T> w = CsvTableWriter.builder(type).write(out)) {
            for (Object o : new TestRecords(23L + entity.ordinal()).records(entity, RECORDS)) {
                w.write(type.cast(o));
            }
        }
        List<JsonNode> fields = new ArrayList<>();
        schema.get("fields").forEach(fields::add);
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString())) {
            boolean header = true;
            for (CsvRecord row : reader) {
                if (header) {
                    header = false;
                    continue;
                }
                for (int c = 0; c < fields.size(); c++) {
                    String cell = CsvWriter.restore(row.getField(c));
                    JsonNode f = fields.get(c);
                    String where = entity.tableName() + " row " + row.getStartingLineNumber() + " "
                            + f.get("name").asText() + " = " + cell;
                    JsonNode k = f.path("constraints");
                    if (cell.isEmpty()) {
                        assertThat(k.path("required").asBoolean()).as(where).isFalse();
                        continue;
                    }
                    if (f.get("type").asText().equals("list")) {
                        for (String item : cell.split(Pattern.quote("|"), -1)) {
                            assertThat(item).as(where).isNotEmpty();
                        }
                        continue;
                    }
                    checkValue(f.get("type").asText(), k, cell, where);
                }
            }
        }
    }

    private static void checkValue(String type, JsonNode k, String cell, String where) {
        switch (type) {
            case "integer":
                assertThat(cell).as(where).matches("-?[0-9]+");
                break;
            case "number":
                assertThat(cell).as(where).matches("-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
                break;
            case "boolean":
                assertThat(cell).as(where).isIn("true", "false");
                break;
            default:
                break;
        }
        if (k.has("minimum")) {
            assertThat(new BigDecimal(cell)).as(where).isGreaterThanOrEqualTo(new BigDecimal(k.get("minimum").asText()));
        }
        if (k.has("maximum")) {
            assertThat(new BigDecimal(cell)).as(where).isLessThanOrEqualTo(new BigDecimal(k.get("maximum").asText()));
        }
        if (k.has("minLength")) {
            assertThat(cell.length()).as(where).isBetween(k.get("minLength").asInt(), k.get("maxLength").asInt());
        }
        if (k.has("pattern")) {
            assertThat(cell).as(where).matches(k.get("pattern").asText());
        }
        if (k.has("enum")) {
            List<String> values = new ArrayList<>();
            k.get("enum").forEach(v -> values.add(v.asText()));
            assertThat(cell).as(where).isIn(values);
        }
    }

    @Test
    void markdownAndHxl_describeEveryColumn() {
        String md = SchemaDocuments.markdown(Entity.INCIDENT);
        assertThat(md).startsWith("# incidents (incident)\n")
                .contains("| `number_dead` | integer | `#affected+killed` |  | people | The number of dead (bodies "
                        + "recovered). Range: 0 to any. |  |  |");
        assertThat(SchemaDocuments.hxl(Entity.LEG)).isEqualTo("journey_id,sequence,origin,destination,departed,"
                + "arrived,transport,facilitation\n#x_journey+id,#x_leg+num,#country+code+origin,#country+code+dest,"
                + "#date+start,#date+end,#x_transport+code,#x_facilitation+code\n");
        assertThat(TableSchema.of(Entity.POPULATION_FIGURE).header()).contains("female_0_4", "male_60_plus",
                "other_age_unknown", "sex_unknown_18_59");
        assertThat(TableSchema.of(Entity.POPULATION_FIGURE).column("Female_60").name()).isEqualTo("female_60_plus");
        assertThatIllegalArgumentException().isThrownBy(() -> SchemaFormat.ofId("yaml"))
                .withMessage("Unknown schema format \"yaml\": use one of markdown, frictionless, datapackage, "
                        + "jsonschema, hxl.");
    }

    /**
     * docs/schemas/*.md are generated from the table schemas. Regenerate with
     * {@code mvn -pl migration-io test -Dtest=SchemaDocumentsTest -Dmigrationkit.updateSchemas=true}.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Entity.class)
    void docsSchemas_matchTheTableSchemas(Entity entity) throws IOException {
        Path file = Path.of(System.getProperty("migrationkit.root", "..")).resolve("docs/schemas")
                .resolve(entity.tableName() + ".md");
        String expected = SchemaDocuments.markdown(entity);
        if (Boolean.getBoolean("migrationkit.updateSchemas")) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(file).as("generated: rerun with -Dmigrationkit.updateSchemas=true").exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("docs/schemas is generated: rerun with -Dmigrationkit.updateSchemas=true").isEqualTo(expected);
    }
}
