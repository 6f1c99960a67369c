package org.migrationkit.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A case-, diacritic- and spacing-insensitive index from the names of a vocabulary's entries (code, label,
 * aliases) to the entries, with "did you mean" suggestions on a miss.
 *
 * @param <E> the entry type
 */
public final class CodeList<E> {
    private final Map<String, E> byKey = new HashMap<>();
    private final Map<E, Lookup<E>> hits = new IdentityHashMap<>();
    private final List<String> suggestible = new ArrayList<>();
    private final Function<E, String> canonical;
    private final IssueCode missCode;

    /**
     * Builds the index.
     *
     * @param entries the entries, not null
     * @param names every name that resolves to an entry; the first is its canonical form
     * @param missCode the issue code of a miss
     * @param <E> the entry type
     * @return the index
     * @throws IllegalStateException if two entries share a name
     */
    public static <E> CodeList<E> of(Iterable<E> entries, Function<E, List<String>> names, IssueCode missCode) {
        return new CodeList<>(entries, names, missCode);
    }

    private CodeList(Iterable<E> entries, Function<E, List<String>> names, IssueCode missCode) {
        this.missCode = Objects.requireNonNull(missCode, "missCode");
        this.canonical = e -> names.apply(e).get(0);
        for (E e : entries) {
            hits.put(e, Lookup.found(e));
            for (String name : names.apply(e)) {
                String key = Names.key(name);
                E previous = byKey.putIfAbsent(key, e);
                if (previous != null && previous != e) {
                    throw new IllegalStateException("Name \"" + name + "\" names both " + previous + " and " + e);
                }
                if (previous == null) {
                    suggestible.add(key);
                }
            }
        }
    }

    /**
     * Looks a name up without throwing.
     *
     * @param name any text, not null
     * @return the entry, or a miss with this list's issue code and the closest entry's canonical name
     */
    public Lookup<E> lookup(CharSequence name) {
        String key = Names.key(name);
        E e = byKey.get(key);
        if (e != null) {
            return hits.get(e);
        }
        String close = Names.closest(key, suggestible);
        return Lookup.miss(missCode, close == null ? null : canonical.apply(byKey.get(close)));
    }

    /**
     * Finds an entry by any of its names.
     *
     * @param name any text, not null
     * @return the entry, or empty
     */
    public Optional<E> find(CharSequence name) {
        return Optional.ofNullable(byKey.get(Names.key(name)));
    }

    /**
     * Returns the entry with the given name, or null.
     *
     * @param name any text, not null
     * @return the entry, or null
     */
    public @Nullable E get(CharSequence name) {
        return byKey.get(Names.key(name));
    }
}
