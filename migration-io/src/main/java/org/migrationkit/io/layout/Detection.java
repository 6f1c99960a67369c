package org.migrationkit.io.layout;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;

/**
 * What layout detection found for a header: the layout, or the closest known layout and the columns that differ.
 *
 * @param layout the recognised layout, or null when none was recognised
 * @param closest the recognised layout, or the closest one when none was
 * @param missing the required columns of {@code closest} the header lacks (empty when recognised)
 * @param unexpected the header's columns {@code closest} does not have (empty when recognised)
 */
public record Detection(@Nullable Layout layout, Layout closest, List<String> missing, List<String> unexpected) {
    private static final int SHOWN = 8;

    /**
     * Copies the lists.
     *
     * @throws NullPointerException if closest or a list is null
     */
    public Detection {
        Objects.requireNonNull(closest, "closest");
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    static Detection recognised(Layout layout) {
        return new Detection(layout, layout, List.of(), List.of());
    }

    static Detection unrecognised(Layout closest, List<String> missing, List<String> unexpected) {
        return new Detection(null, closest, missing, unexpected);
    }

    /**
     * Tells whether a layout was recognised.
     *
     * @return true when {@link #layout()} is not null
     */
    public boolean isRecognised() {
        return layout != null;
    }

    /**
     * Returns the recognised layout.
     *
     * @return the layout, or empty
     */
    public Optional<Layout> find() {
        return Optional.ofNullable(layout);
    }

    /**
     * Returns the file-level {@code layout.unrecognised} issue of an unrecognised header.
     *
     * @param file the file name for the location, or null
     * @return the issue, naming the closest layout and the columns that differ
     * @throws IllegalStateException if the layout was recognised
     */
    public Issue toIssue(@Nullable String file) {
        if (layout != null) {
            throw new IllegalStateException("Layout " + layout.id() + " was recognised: there is no issue.");
        }
        String message = "The header matches no known layout; the closest is " + closest.id() + " ("
                + closest.entity() + "): " + (missing.isEmpty() ? "" : "missing " + names(missing))
                + (missing.isEmpty() || unexpected.isEmpty() ? "" : "; ")
                + (unexpected.isEmpty() ? "" : "unexpected " + names(unexpected))
                + ". Rename the columns, or choose a layout with --layout (see `migration layouts`).";
        return new Issue(IssueCode.LAYOUT_UNRECOGNISED, IssueCode.LAYOUT_UNRECOGNISED.severity(), message,
                new IssueLocation(file, null, null, null, null), null, closest.id());
    }

    private static String names(List<String> names) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, names.size()); i++) {
            b.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append('"');
        }
        if (names.size() > SHOWN) {
            b.append(" and ").append(names.size() - SHOWN).append(" more");
        }
        return b.toString();
    }
}
