package org.migrationkit.io.pipeline;

import java.util.Locale;
import java.util.Optional;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.schema.Entity;

/** The layouts of the library's own entity tables ({@code entity:<entity>}) and how a file name names one. */
final class EntityLayouts {
    private EntityLayouts() {
    }

    static Layout of(Entity entity) {
        return new Layout("entity:" + entity.id(), entity.id(), "the file name " + entity.tableName()
                + ".csv/.json/.jsonl, or a header with the table's required columns");
    }

    /** The entity a file name names: {@code legs.csv}, {@code legs.jsonl}, {@code Legs.CSV}. */
    static Optional<Entity> byFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        int dot = lower.indexOf('.');
        String base = dot < 0 ? lower : lower.substring(0, dot);
        for (Entity e : Entity.values()) {
            if (e.tableName().equals(base)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The entity of a layout id {@code entity:<entity>}. */
    static Optional<Entity> byLayoutId(String id) {
        return id.startsWith("entity:") ? Entity.findById(id.substring("entity:".length())) : Optional.empty();
    }

    static boolean isJson(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".json") || lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }
}
