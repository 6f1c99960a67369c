package org.migrationkit.io.layout;

import java.util.List;

/**
 * One column of a public layout: its name as the source spells it and the other spellings releases used.
 *
 * @param name the name as the source spells it
 * @param aliases other spellings of the same column (matched like the name: case, spaces and underscores ignored)
 * @param required whether the header must have it for the layout to be recognised
 */
record Column(String name, List<String> aliases, boolean required) {
    static Column req(String name, String... aliases) {
        return new Column(name, List.of(aliases), true);
    }

    static Column opt(String name, String... aliases) {
        return new Column(name, List.of(aliases), false);
    }

    List<String> names() {
        if (aliases.isEmpty()) {
            return List.of(name);
        }
        java.util.ArrayList<String> all = new java.util.ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
