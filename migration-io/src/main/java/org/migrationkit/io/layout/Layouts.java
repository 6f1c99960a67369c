package org.migrationkit.io.layout;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.migrationkit.core.internal.Names;
import org.migrationkit.io.csv.CsvHeader;
import org.migrationkit.io.schema.Entity;

/**
 * The registry of layouts this version of the library can read, and their detection from a header.
 *
 * <pre>{@code
 * Layouts.byId("mmp-api");                     // the layout chosen with --layout mmp-api
 * Detection d = Layouts.detect(csvHeader);     // automatic: the layout whose columns the header has
 * d.find().map(Layout::id);                    // Optional[mmp-web-2017]
 * }</pre>
 *
 * <p>Detection compares header names ignoring case, spaces, underscores and hyphens. A layout is recognised when
 * the header has all of its required columns (and, for the HXL layouts, an HXL row); when several are, the one with
 * the most required columns wins, and the generic {@code hxl} layout comes last.
 */
public final class Layouts {
    // Public datasets, in the order `migration layouts` prints them (DESIGN §10 ids, never renamed).
    static final List<PublicLayout<?>> PUBLIC = List.of(MmpLayout.web2017(), MmpLayout.allData2022(),
            MmpLayout.web2026(), MmpLayout.api(), UnhcrLayout.populationHdx(), UnhcrLayout.populationApi(),
            UnhcrLayout.demographicsHdx(), UnhcrLayout.demographicsApi(), HxlLayout.dtm(), HxlLayout.generic());
    private static final List<Layout> ALL;

    static {
        List<Layout> all = new ArrayList<>();
        for (Entity e : Entity.values()) {
            // The library's own tables (docs/schemas): read with the table schema of the entity.
            all.add(new Layout("entity:" + e.id(), e.id(), "the " + e.fileName()
                    + " table of a partner dataset: the columns of the " + e.id() + " table schema"));
        }
        for (PublicLayout<?> p : PUBLIC) {
            all.add(p.layout);
        }
        ALL = List.copyOf(all);
    }

    private Layouts() {
    }

    /**
     * Returns every layout, in the order {@code migration layouts} prints them: the entity tables, then the
     * public datasets.
     *
     * @return an immutable list
     */
    public static List<Layout> all() {
        return ALL;
    }

    /**
     * Returns the public-dataset layouts, the ones {@link LayoutReader} reads.
     *
     * @return an immutable list, in registry order
     */
    public static List<Layout> publicLayouts() {
        List<Layout> out = new ArrayList<>();
        PUBLIC.forEach(p -> out.add(p.layout));
        return List.copyOf(out);
    }

    /**
     * Finds a layout by id.
     *
     * @param id a layout id such as {@code mmp-api}, not null
     * @return the layout, or empty
     */
    public static Optional<Layout> findById(String id) {
        for (Layout l : ALL) {
            if (l.id().equals(id.strip())) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns a layout by id, for {@code --layout}.
     *
     * @param id a layout id, not null
     * @return the layout
     * @throws IllegalArgumentException if no layout has that id; the message lists the ids
     */
    public static Layout byId(String id) {
        return findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown layout \"" + id
                + "\": use auto or one of " + String.join(", ", ids()) + "."));
    }

    private static List<String> ids() {
        List<String> ids = new ArrayList<>();
        ALL.forEach(l -> ids.add(l.id()));
        return ids;
    }

    /**
     * Detects the public layout of a CSV header.
     *
     * @param header the header, with its HXL row if any; not null
     * @return the detection: the layout, or the closest one and the columns that differ
     */
    public static Detection detect(CsvHeader header) {
        PublicLayout<?> best = null;
        for (PublicLayout<?> p : PUBLIC) {
            if (p.matches(header, header.match(accepted(p))) && (best == null
                    || p.specificity() > best.specificity())) {
                best = p;
            }
        }
        if (best != null) {
            return Detection.recognised(best.layout);
        }
        return closest(header.names());
    }

    /**
     * Detects the public layout of a list of column names (JSON property names, a header without HXL row).
     *
     * @param names the column names, not null
     * @return the detection
     */
    public static Detection detect(Collection<String> names) {
        List<String> keys = new ArrayList<>();
        names.forEach(n -> keys.add(Names.key(n)));
        PublicLayout<?> best = null;
        for (PublicLayout<?> p : PUBLIC) {
            if (p.columns.isEmpty() || p instanceof HxlLayout) {
                continue;
            }
            if (missing(p, keys).isEmpty() && (best == null || p.specificity() > best.specificity())) {
                best = p;
            }
        }
        return best != null ? Detection.recognised(best.layout) : closest(List.copyOf(names));
    }

    private static Detection closest(List<String> names) {
        List<String> keys = new ArrayList<>();
        names.forEach(n -> keys.add(Names.key(n)));
        PublicLayout<?> best = null;
        List<String> bestMissing = List.of();
        List<String> bestExtra = List.of();
        for (PublicLayout<?> p : PUBLIC) {
            if (p.columns.isEmpty()) {
                continue;
            }
            List<String> missing = missing(p, keys);
            List<String> extra = new ArrayList<>();
            for (String n : names) {
                if (!claims(p, Names.key(n))) {
                    extra.add(n);
                }
            }
            if (best == null || missing.size() + extra.size() < bestMissing.size() + bestExtra.size()) {
                best = p;
                bestMissing = missing;
                bestExtra = extra;
            }
        }
        return Detection.unrecognised(java.util.Objects.requireNonNull(best).layout, bestMissing, bestExtra);
    }

    static List<String> missing(PublicLayout<?> p, List<String> keys) {
        List<String> missing = new ArrayList<>();
        for (Column c : p.columns) {
            boolean found = false;
            for (String n : c.names()) {
                found |= keys.contains(Names.key(n));
            }
            if (!found && c.required()) {
                missing.add(c.name());
            }
        }
        return missing;
    }

    private static boolean claims(PublicLayout<?> p, String key) {
        for (Column c : p.columns) {
            for (String n : c.names()) {
                if (Names.key(n).equals(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    static List<List<String>> accepted(PublicLayout<?> p) {
        List<List<String>> out = new ArrayList<>(p.columns.size());
        p.columns.forEach(c -> out.add(c.names()));
        return out;
    }

    static PublicLayout<?> publicLayout(Layout layout) {
        for (PublicLayout<?> p : PUBLIC) {
            if (p.layout.equals(layout)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Layout " + layout.id() + " is not a public-dataset layout: read the "
                + "library's own tables with the table schema readers (io.csv, io.json).");
    }
}
