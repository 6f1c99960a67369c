package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.migrationkit.io.report.ValidationReport;

/** Checks every report the tests make: valid against docs/report-schema.json, and its counts add up. */
final class Reports {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA;

    static {
        try {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(JSON.readTree(Files.readString(schemaFile())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Reports() {
    }

    /** The schema, from the repository root (surefire runs in the module's folder). */
    static Path schemaFile() {
        return Path.of("..", "docs", "report-schema.json");
    }

    /** Checks a report and returns its JSON tree. */
    static JsonNode check(ValidationReport report) {
        return check(report.toJson());
    }

    /** Checks a report's JSON text and returns its tree. */
    static JsonNode check(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Error> errors = SCHEMA.validate(root);
        assertThat(errors).as("schema errors of %s", json).isEmpty();
        long records = 0;
        long valid = 0;
        long rejected = 0;
        for (JsonNode in : root.get("inputs")) {
            assertThat(in.get("records").asLong()).as("records == valid + rejected in %s", in)
                    .isEqualTo(in.get("valid").asLong() + in.get("rejected").asLong());
            records += in.get("records").asLong();
            valid += in.get("valid").asLong();
            rejected += in.get("rejected").asLong();
        }
        JsonNode summary = root.get("summary");
        assertThat(summary.get("records").asLong()).isEqualTo(records);
        assertThat(summary.get("valid").asLong()).isEqualTo(valid);
        assertThat(summary.get("rejected").asLong()).isEqualTo(rejected);
        long total = 0;
        Map<String, Long> kept = new HashMap<>();
        for (JsonNode i : root.get("issues")) {
            kept.merge(i.get("code").asText(), 1L, Long::sum);
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = summary.get("byCode").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            total += e.getValue().asLong();
            assertThat(root.get("truncated").has(e.getKey())).as("truncated has %s", e.getKey()).isTrue();
            assertThat(kept.getOrDefault(e.getKey(), 0L) + root.get("truncated").get(e.getKey()).asLong())
                    .as("kept + truncated of %s", e.getKey()).isEqualTo(e.getValue().asLong());
        }
        assertThat(root.get("truncated").size()).isEqualTo(summary.get("byCode").size());
        JsonNode sev = summary.get("issues");
        assertThat(sev.get("error").asLong() + sev.get("warning").asLong() + sev.get("info").asLong()).isEqualTo(total);
        return root;
    }

    /** The issues of a code, as JSON objects. */
    static List<JsonNode> issues(JsonNode report, String code) {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (JsonNode i : report.get("issues")) {
            if (i.get("code").asText().equals(code)) {
                out.add(i);
            }
        }
        return out;
    }
}
