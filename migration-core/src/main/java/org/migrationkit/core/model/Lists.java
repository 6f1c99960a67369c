package org.migrationkit.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How builders take lists: one copy, made immutable at once, which the record's canonical constructor then keeps as
 * it is ({@code List.copyOf} of an immutable list copies nothing) — instead of a copy in the builder and another in
 * the constructor.
 */
final class Lists {
    private Lists() {
    }

    /**
     * Returns an immutable copy of the list; a list holding null is copied as it is, so that the record's
     * constructor reports the null element when the record is built, as it always did.
     *
     * @throws NullPointerException naming {@code name} if the list is null
     */
    static <T> List<T> handOver(List<T> list, String name) {
        Objects.requireNonNull(list, name);
        try {
            return List.copyOf(list);
        } catch (NullPointerException e) {
            // Rare (a caller's mistake): keep the old, mutable copy; the constructor throws for it at build().
            return new ArrayList<>(list);
        }
    }
}
