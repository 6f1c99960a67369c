package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks the reports the CLI writes: valid against docs/report-schema.json, records == valid + rejected. */
final class ReportChecks {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Schema SCHEMA;

    static {
        try {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(JSON.readTree(Files.readString(Path.of("..", "docs", "report-schema.json"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ReportChecks() {
    }

    static JsonNode check(String json) {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(SCHEMA.validate(root)).as("schema errors").isEmpty();
        for (JsonNode in : root.get("inputs")) {
            assertThat(in.get("records").asLong()).as("records == valid + rejected in %s", in)
                    .isEqualTo(in.get("valid").asLong() + in.get("rejected").asLong());
        }
        return root;
    }

    static List<JsonNode> issues(JsonNode report, String code) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode i : report.get("issues")) {
            if (i.get("code").asText().equals(code)) {
                out.add(i);
            }
        }
        return out;
    }
}
