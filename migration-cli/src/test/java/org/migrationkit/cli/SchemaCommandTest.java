package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.SchemaFormat;

class SchemaCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(textBlock = """
            migrant,           markdown,     '# migrants (migrant)'
            journey,           frictionless, '{'
            leg,               datapackage,  '{'
            incident,          jsonschema,   '{'
            population-figure, hxl,          'id,population_type,country,'
            """)
    void schema_printsTheDocumentOnStdout(String entity, String format, String start) {
        assertThat(run("schema", entity, "--format", format)).isZero();
        assertThat(out.toString()).startsWith(start)
                .isEqualTo(SchemaFormat.ofId(format).render(Entity.ofId(entity)));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void schema_writesTheOutputFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("remittances.schema.json");
        assertThat(run("schema", "remittance", "--format", "jsonschema", "--output", file.toString())).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(SchemaFormat.JSONSCHEMA.render(Entity.REMITTANCE));
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownEntity_exitsTwoWithOneLine() {
        assertThat(run("schema", "refugee", "--format", "markdown")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).isEqualTo("migration: Unknown entity \"refugee\": use one of migrant, journey, leg, "
                + "incident, population-figure, assistance-event, remittance." + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownFormat_exitsTwoWithOneLine() {
        assertThat(run("schema", "migrant", "--format", "yaml")).isEqualTo(Main.USAGE);
        assertThat(err.toString().lines()).containsExactly("migration: Unknown schema format \"yaml\": use one of "
                + "markdown, frictionless, datapackage, jsonschema, hxl.");
    }

    @Test
    void missingFormat_exitsTwo() {
        assertThat(run("schema", "migrant")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("--format");
    }
}
