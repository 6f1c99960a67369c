package org.migrationkit.io.layout;

import java.util.Objects;

/**
 * A layout a file can be read with: its stable id (DESIGN §10, never renamed), the entity its records become,
 * and how it is recognised.
 *
 * @param id the layout id, e.g. {@code mmp-web-2017} or {@code entity:leg}; not blank
 * @param entity the entity name its records become, e.g. {@code incident}; not blank
 * @param recognisedBy one line saying how the layout is recognised from a file; not blank
 */
public record Layout(String id, String entity, String recognisedBy) {
    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component is blank or has a tab or line break
     */
    public Layout {
        requireLine(id, "id");
        requireLine(entity, "entity");
        requireLine(recognisedBy, "recognisedBy");
    }

    private static void requireLine(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException(name + " must be one non-blank line without tabs, got \"" + value + "\"");
        }
    }
}
