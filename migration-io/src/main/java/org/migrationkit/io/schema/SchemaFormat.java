package org.migrationkit.io.schema;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The documents {@code migration schema <entity> --format ...} prints, each derived from the table schema. */
public enum SchemaFormat {
    /** The Markdown data dictionary of the entity's table. */
    MARKDOWN("markdown", SchemaDocuments::markdown),
    /** The Frictionless Table Schema of the entity's table. */
    FRICTIONLESS("frictionless", SchemaDocuments::tableSchema),
    /** The Frictionless Data Package of the entity's table and the tables it references. */
    DATAPACKAGE("datapackage", SchemaDocuments::dataPackage),
    /** The JSON Schema (draft 2020-12) of the entity's JSON shape. */
    JSONSCHEMA("jsonschema", SchemaDocuments::jsonSchema),
    /** The CSV header and the HXL hashtag row. */
    HXL("hxl", SchemaDocuments::hxl);

    private static final String IDS = Arrays.stream(values()).map(SchemaFormat::id).collect(Collectors.joining(", "));

    private final String id;
    private final Function<Entity, String> render;

    SchemaFormat(String id, Function<Entity, String> render) {
        this.id = id;
        this.render = render;
    }

    /**
     * Returns the id the command line uses.
     *
     * @return e.g. {@code jsonschema}
     */
    public String id() {
        return id;
    }

    /**
     * Renders the document of an entity.
     *
     * @param entity the entity, not null
     * @return the document, ending with a line break
     */
    public String render(Entity entity) {
        return render.apply(Objects.requireNonNull(entity, "entity"));
    }

    /**
     * Finds a format by id.
     *
     * @param id an id such as {@code markdown}, not null
     * @return the format, or empty
     */
    public static Optional<SchemaFormat> findById(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    /**
     * Returns the format with the given id.
     *
     * @param id an id such as {@code markdown}, not null
     * @return the format
     * @throws IllegalArgumentException if no format has that id; the message lists the ids
     */
    public static SchemaFormat ofId(String id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown schema format \"" + id
                + "\": use one of " + IDS + "."));
    }
}
