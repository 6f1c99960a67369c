package org.migrationkit.io.schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.vocab.HxlTag;

/**
 * The documents derived from the table schemas, nothing written twice: the Markdown data dictionary, the
 * Frictionless Table Schema and Data Package descriptors (Frictionless Data v2), the JSON Schema (draft 2020-12) of
 * the JSON shape, and the HXL row.
 *
 * <p><b>Data Package of an entity</b>: the descriptor of the entity's table together with every table its foreign
 * keys reach (a leg's package holds legs, journeys and migrants), so that it is valid on its own;
 * {@link #dataPackage()} describes the whole partner dataset. Resources describe the files
 * {@code CsvTableWriter} writes: UTF-8, {@code ,}, CRLF, a header row, formula cells neutralised with a leading
 * {@code '} (the {@code migrationkit} property of each resource records it, for readers of files we wrote).
 */
public final class SchemaDocuments {
    /** The Frictionless Table Schema profile. */
    public static final String TABLE_SCHEMA_PROFILE = "https://datapackage.org/profiles/2.0/tableschema.json";
    /** The Frictionless Data Package profile. */
    public static final String DATA_PACKAGE_PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
    /** The JSON Schema dialect. */
    public static final String JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int SHOWN_VALUES = 30;

    private SchemaDocuments() {
    }

    // ---- Markdown

    /**
     * Returns the data dictionary of an entity's table in Markdown.
     *
     * @param entity the entity, not null
     * @return the dictionary
     */
    public static String markdown(Entity entity) {
        TableSchema s = TableSchema.of(entity);
        StringBuilder b = new StringBuilder();
        b.append("# ").append(entity.tableName()).append(" (").append(entity.id()).append(")\n\n")
                .append("File `").append(entity.fileName()).append("`; JSON: one object per record with these "
                        + "columns as properties (docs/json-format.md).");
        if (!s.primaryKey().isEmpty()) {
            b.append(" Primary key: ").append(code(String.join(", ", s.primaryKey()))).append('.');
        }
        for (ForeignKey fk : s.foreignKeys()) {
            b.append(" Foreign key: ").append(code(fk.toString())).append('.');
        }
        for (NestedTable n : s.nested()) {
            b.append(" In JSON, `").append(n.property()).append("` holds the ").append(n.entity().tableName())
                    .append(" of the record as objects without `").append(n.parentColumn()).append("`.");
        }
        b.append("\n\n| column | type | HXL | required | unit | description | allowed values | sensitive |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        for (Column c : s.columns()) {
            HxlTag hxl = c.hxl();
            b.append("| `").append(c.name()).append('`')
                    .append(c.aliases().isEmpty() ? "" : " (also " + String.join(", ", c.aliases()) + ")")
                    .append(" | ").append(c.type()).append(c.isList() ? " list (`" + Column.LIST_DELIMITER + "`)" : "")
                    .append(" | ").append(hxl == null ? "" : code(hxl.toString()))
                    .append(" | ").append(c.isRequired() ? "yes" : "")
                    .append(" | ").append(c.unit() == null ? "" : c.unit())
                    .append(" | ").append(escape(c.description())).append(range(c))
                    .append(" | ").append(allowed(c))
                    .append(" | ").append(c.isSensitive() ? "yes" : "")
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String code(String s) {
        return "`" + s + "`";
    }

    private static String escape(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String range(Column c) {
        if (c.minimum() == null && c.maximum() == null) {
            return "";
        }
        return " Range: " + (c.minimum() == null ? "" : c.minimum()) + " to " + (c.maximum() == null ? "any"
                : c.maximum()) + ".";
    }

    private static String allowed(Column c) {
        List<String> values = c.allowedValues();
        if (values.isEmpty()) {
            return c.pattern() == null ? "" : "pattern " + code(c.pattern().replace("|", "\\|"));
        }
        if (values.size() > SHOWN_VALUES) {
            return values.size() + " codes (" + (c.type() == ColumnType.COUNTRY ? "ISO 3166-1 alpha-3 and XKX, XXA, "
                    + "XXB, XXC, XXX, UKN, STA" : "ISO 4217 and the model's vocabulary") + "; see the JSON Schema)";
        }
        List<String> shown = new ArrayList<>();
        for (String v : values) {
            shown.add(code(escape(v)));
        }
        return String.join(", ", shown);
    }

    // ---- Frictionless

    /**
     * Returns the Frictionless Table Schema of an entity's table.
     *
     * @param entity the entity, not null
     * @return the descriptor, pretty-printed JSON
     */
    public static String tableSchema(Entity entity) {
        ObjectNode schema = tableSchemaNode(TableSchema.of(entity));
        schema.put("$schema", TABLE_SCHEMA_PROFILE);
        return json(moveFirst(schema, "$schema"));
    }

    private static ObjectNode tableSchemaNode(TableSchema s) {
        ObjectNode schema = NODES.objectNode();
        ArrayNode fields = schema.putArray("fields");
        for (Column c : s.columns()) {
            fields.add(field(c));
        }
        schema.putArray("missingValues").add("");
        if (!s.primaryKey().isEmpty()) {
            ArrayNode pk = schema.putArray("primaryKey");
            s.primaryKey().forEach(pk::add);
        }
        if (!s.foreignKeys().isEmpty()) {
            ArrayNode fks = schema.putArray("foreignKeys");
            for (ForeignKey fk : s.foreignKeys()) {
                ObjectNode f = fks.addObject();
                f.putArray("fields").add(fk.column());
                ObjectNode ref = f.putObject("reference");
                ref.put("resource", fk.reference().tableName());
                ref.putArray("fields").add(fk.referenceColumn());
            }
        }
        return schema;
    }

    private static ObjectNode field(Column c) {
        ObjectNode f = NODES.objectNode();
        f.put("name", c.name());
        if (c.isList()) {
            f.put("type", "list");
            f.put("delimiter", Column.LIST_DELIMITER);
            f.put("itemType", c.type().frictionlessType());
        } else {
            f.put("type", c.type().frictionlessType());
            if (c.type() == ColumnType.URL) {
                f.put("format", "uri");
            }
        }
        f.put("description", c.description());
        ObjectNode k = NODES.objectNode();
        if (c.isRequired()) {
            k.put("required", true);
        }
        if (!c.isList()) {
            if (c.type() == ColumnType.ID) {
                k.put("minLength", 1);
                k.put("maxLength", 128);
            }
            if (c.minimum() != null) {
                k.put("minimum", c.minimum());
            }
            if (c.maximum() != null) {
                k.put("maximum", c.maximum());
            }
            if (c.pattern() != null) {
                k.put("pattern", c.pattern());
            }
            if (!c.allowedValues().isEmpty()) {
                ArrayNode values = k.putArray("enum");
                c.allowedValues().forEach(values::add);
            }
        }
        if (!k.isEmpty()) {
            f.set("constraints", k);
        }
        HxlTag hxl = c.hxl();
        if (hxl != null) {
            f.put("rdfType", "https://hxlstandard.org/standard/dictionary/#tagged_" + hxl.hashtag().substring(1));
            f.put("hxl", hxl.toString());
        }
        if (c.unit() != null) {
            f.put("unit", c.unit());
        }
        if (c.isSensitive()) {
            f.put("sensitive", true);
        }
        if (!c.aliases().isEmpty()) {
            ArrayNode a = f.putArray("aliases");
            c.aliases().forEach(a::add);
        }
        return f;
    }

    /**
     * Returns the Frictionless Data Package of an entity's table and every table its foreign keys reach.
     *
     * @param entity the entity, not null
     * @return the descriptor, pretty-printed JSON
     */
    public static String dataPackage(Entity entity) {
        Set<Entity> tables = EnumSet.noneOf(Entity.class);
        reach(Objects.requireNonNull(entity, "entity"), tables);
        return dataPackage("migrationkit-" + entity.id(), "migrationkit " + entity.tableName()
                + (tables.size() > 1 ? " and the tables they reference" : ""), tables);
    }

    /**
     * Returns the Frictionless Data Package of a whole partner dataset: every entity's table.
     *
     * @return the descriptor, pretty-printed JSON
     */
    public static String dataPackage() {
        return dataPackage("migrationkit-partner-dataset", "migrationkit partner dataset", EnumSet.allOf(Entity.class));
    }

    private static void reach(Entity e, Set<Entity> out) {
        if (out.add(e)) {
            for (ForeignKey fk : TableSchema.of(e).foreignKeys()) {
                reach(fk.reference(), out);
            }
        }
    }

    private static String dataPackage(String name, String title, Set<Entity> tables) {
        ObjectNode p = NODES.objectNode();
        p.put("$schema", DATA_PACKAGE_PROFILE);
        p.put("name", name);
        p.put("title", title);
        ArrayNode resources = p.putArray("resources");
        for (Entity e : tables) {
            ObjectNode r = resources.addObject();
            r.put("name", e.tableName());
            r.put("type", "table");
            r.put("path", e.fileName());
            r.put("format", "csv");
            r.put("mediatype", "text/csv");
            r.put("encoding", "utf-8");
            ObjectNode dialect = r.putObject("dialect");
            dialect.put("$schema", "https://datapackage.org/profiles/2.0/tabledialect.json");
            dialect.put("header", true);
            dialect.put("delimiter", ",");
            dialect.put("lineTerminator", "\r\n");
            dialect.put("quoteChar", "\"");
            dialect.put("doubleQuote", true);
            ObjectNode ours = r.putObject("migrationkit");
            ours.put("entity", e.id());
            ours.put("formulaNeutralisation", "leading-apostrophe");
            ours.put("hxlRow", false);
            ObjectNode schema = tableSchemaNode(TableSchema.of(e));
            schema.put("$schema", TABLE_SCHEMA_PROFILE);
            r.set("schema", moveFirst(schema, "$schema"));
        }
        return json(p);
    }

    // ---- JSON Schema

    /**
     * Returns the JSON Schema (draft 2020-12) of an entity's JSON shape: the table's columns as properties, unknown
     * values left out, a journey's legs nested.
     *
     * @param entity the entity, not null
     * @return the schema, pretty-printed JSON
     */
    public static String jsonSchema(Entity entity) {
        TableSchema s = TableSchema.of(entity);
        ObjectNode root = NODES.objectNode();
        root.put("$schema", JSON_SCHEMA_DIALECT);
        root.put("$id", "https://migrationkit.org/schemas/" + entity.id() + ".schema.json");
        root.put("title", entity.id());
        root.put("description", "One " + entity.id() + " record as MigrationKitModule writes it: the columns of "
                + entity.fileName() + " as properties; a property is absent when its value is not reported.");
        objectSchema(root, s, null);
        if (!s.nested().isEmpty()) {
            ObjectNode defs = root.putObject("$defs");
            for (NestedTable n : s.nested()) {
                ObjectNode def = defs.putObject(n.entity().id());
                def.put("description", "A " + n.entity().id() + " nested in its " + entity.id() + ", without "
                        + n.parentColumn() + ".");
                objectSchema(def, TableSchema.of(n.entity()), n.parentColumn());
                ObjectNode prop = (ObjectNode) root.get("properties");
                ObjectNode array = prop.putObject(n.property());
                array.put("type", "array");
                array.put("description", "The " + n.entity().tableName() + " of the " + entity.id()
                        + ", in order.");
                array.put("minItems", 1);
                array.putObject("items").put("$ref", "#/$defs/" + n.entity().id());
            }
        }
        return json(root);
    }

    private static void objectSchema(ObjectNode node, TableSchema s, @Nullable String skip) {
        node.put("type", "object");
        ObjectNode props = node.putObject("properties");
        ArrayNode required = NODES.arrayNode();
        for (Column c : s.columns()) {
            if (c.name().equals(skip)) {
                continue;
            }
            ObjectNode p = props.putObject(c.name());
            if (c.isList()) {
                p.put("type", "array");
                p.put("description", c.description());
                p.put("minItems", 1);
                value(p.putObject("items"), c);
            } else {
                value(p, c);
                p.put("description", c.description());
            }
            if (c.isRequired()) {
                required.add(c.name());
            }
        }
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.put("additionalProperties", false);
    }

    private static void value(ObjectNode p, Column c) {
        p.put("type", c.type().jsonType());
        if (c.type() == ColumnType.ID) {
            p.put("minLength", 1);
            p.put("maxLength", 128);
        }
        if (c.type() == ColumnType.URL) {
            p.put("format", "uri");
        }
        if (c.pattern() != null) {
            p.put("pattern", "^" + c.pattern() + "$");
        }
        if (c.minimum() != null) {
            p.put("minimum", c.minimum());
        }
        if (c.maximum() != null) {
            p.put("maximum", c.maximum());
        }
        if (!c.allowedValues().isEmpty()) {
            ArrayNode values = p.putArray("enum");
            c.allowedValues().forEach(values::add);
        }
    }

    // ---- HXL

    /**
     * Returns the CSV header and the HXL hashtag row of an entity's table, as two CSV lines.
     *
     * @param entity the entity, not null
     * @return two lines, each ended by a line break
     */
    public static String hxl(Entity entity) {
        TableSchema s = TableSchema.of(entity);
        return String.join(",", s.header()) + "\n" + String.join(",", s.hxlRow()) + "\n";
    }

    // ---- helpers

    private static ObjectNode moveFirst(ObjectNode node, String key) {
        ObjectNode copy = NODES.objectNode();
        copy.set(key, node.get(key));
        for (java.util.Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e : node.properties()) {
            if (!e.getKey().equals(key)) {
                copy.set(e.getKey(), e.getValue());
            }
        }
        return copy;
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static String json(ObjectNode node) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(
                new DefaultIndenter("  ", "\n"));
        printer.indentArraysWith(new DefaultIndenter("  ", "\n"));
        StringWriter out = new StringWriter();
        try {
            MAPPER.writer(printer).writeValue(out, node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }
}
