package org.migrationkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.migrationkit.io.schema.Entity;
import org.migrationkit.io.schema.SchemaFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migration schema <entity> --format markdown|frictionless|datapackage|jsonschema|hxl [--output FILE]}: prints
 * a document derived from the entity's table schema (DESIGN §10). {@code datapackage} describes the entity's table
 * and every table its foreign keys reach, so the descriptor is valid on its own.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Print the table schema of an entity as a Markdown data dictionary, a Frictionless Table Schema,"
                + " a Frictionless Data Package (the entity's table and the tables it references), a JSON Schema of "
                + "its JSON shape, or its CSV header and HXL row.")
final class SchemaCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<entity>",
            description = "migrant, journey, leg, incident, population-figure, assistance-event or remittance.")
    @Nullable String entity;

    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "markdown, frictionless, datapackage, jsonschema or hxl.")
    @Nullable String format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    @Nullable Path output;

    @CommandLine.Spec
    CommandLine.Model.@Nullable CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = Objects.requireNonNull(spec).commandLine();
        PrintWriter err = cl.getErr();
        Optional<Entity> e = Entity.findById(Objects.requireNonNull(entity));
        if (e.isEmpty()) {
            err.println("migration: " + reason(() -> Entity.ofId(entity)));
            return Main.USAGE;
        }
        Optional<SchemaFormat> f = SchemaFormat.findById(Objects.requireNonNull(format));
        if (f.isEmpty()) {
            err.println("migration: " + reason(() -> SchemaFormat.ofId(format)));
            return Main.USAGE;
        }
        String document = f.get().render(e.get());
        if (output == null) {
            PrintWriter out = cl.getOut();
            out.print(document);
            out.flush();
        } else {
            try {
                Files.writeString(output, document, StandardCharsets.UTF_8);
            } catch (IOException x) {
                throw new UncheckedIOException("cannot write " + output + ": " + x.getMessage(), x);
            }
        }
        return Main.OK;
    }

    private static String reason(Runnable lookup) {
        try {
            lookup.run();
            return "";
        } catch (IllegalArgumentException x) {
            return x.getMessage();
        }
    }
}
