package org.migrationkit.io.layout;

import java.util.List;

/** The registry of layouts this version of the library can read. */
public final class Layouts {
    // Layouts arrive with their readers (the entity tables and the public datasets); none is readable yet.
    private static final List<Layout> ALL = List.of();

    private Layouts() {
    }

    /**
     * Returns every layout, in the order {@code migration layouts} prints them.
     *
     * @return an immutable list, possibly empty
     */
    public static List<Layout> all() {
        return ALL;
    }
}
