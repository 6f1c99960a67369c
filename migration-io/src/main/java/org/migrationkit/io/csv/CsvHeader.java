package org.migrationkit.io.csv;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.vocab.HxlTag;

/**
 * The header of a CSV input: its column names, the HXL hashtag row when there is one, and how the input was read
 * (delimiter, encoding).
 *
 * <p>Names are matched the forgiving way people write them: case, spaces, underscores, hyphens and diacritics do not
 * count ({@code "Number_Dead"} matches {@code "number dead"}); see {@link #match(List)}.
 */
public final class CsvHeader {
    private final List<String> names;
    private final @Nullable HxlTag[] tags;
    private final boolean hxlRow;
    private final char delimiter;
    private final Charset encoding;
    private final long line;
    private final Map<String, Integer> byKey = new HashMap<>();

    CsvHeader(List<String> names, @Nullable HxlTag @Nullable [] tags, char delimiter, Charset encoding, long line) {
        this.names = List.copyOf(names);
        this.hxlRow = tags != null;
        this.tags = tags != null ? tags.clone() : new HxlTag[names.size()];
        this.delimiter = delimiter;
        this.encoding = encoding;
        this.line = line;
        for (int i = names.size() - 1; i >= 0; i--) {
            byKey.put(Names.key(names.get(i)), i); // the first of duplicates wins
        }
    }

    /**
     * Returns the column names in file order, as written (not trimmed).
     *
     * @return the names, empty for an empty or binary input
     */
    public List<String> names() {
        return names;
    }

    /**
     * Returns the number of columns.
     *
     * @return the column count
     */
    public int size() {
        return names.size();
    }

    /**
     * Tells whether the input has an HXL hashtag row under the header.
     *
     * @return true when the first line after the header was read as HXL tags
     */
    public boolean hasHxlRow() {
        return hxlRow;
    }

    /**
     * Returns the HXL tag of a column.
     *
     * @param column 0-based column index
     * @return the tag, or empty when there is no HXL row or its cell is blank
     * @throws IndexOutOfBoundsException if the column does not exist
     */
    public Optional<HxlTag> tag(int column) {
        Objects.checkIndex(column, names.size());
        return Optional.ofNullable(tags[column]);
    }

    /**
     * Returns the delimiter, given or detected.
     *
     * @return {@code ,}, {@code ;}, tab or the delimiter set on the builder
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * Returns the encoding the input was read in (UTF-16 input is reported as UTF-16LE or UTF-16BE).
     *
     * @return the charset
     */
    public Charset encoding() {
        return encoding;
    }

    /**
     * Returns the 1-based line the header starts on (after blank lines, if any).
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * Finds a column by name, ignoring case, spaces, underscores, hyphens and diacritics.
     *
     * @param name a column name, not null
     * @return the 0-based index of the first column with that name, or empty
     */
    public Optional<Integer> indexOf(String name) {
        return Optional.ofNullable(byKey.get(Names.key(Objects.requireNonNull(name, "name"))));
    }

    /**
     * Maps the columns of a table schema to the columns of this header: the hook the typed layer uses for aliases,
     * extra and missing columns.
     *
     * @param accepted for each schema column, the names it may have in a file (its name and aliases), not null
     * @return for each schema column, the 0-based index of the first header column matching one of its names
     *     (ignoring case, spaces, underscores, hyphens and diacritics), or -1 when the file lacks it
     */
    public int[] match(List<? extends Collection<String>> accepted) {
        int[] out = new int[accepted.size()];
        Arrays.fill(out, -1);
        for (int i = 0; i < out.length; i++) {
            int best = Integer.MAX_VALUE;
            for (String n : accepted.get(i)) {
                Integer at = byKey.get(Names.key(n));
                if (at != null && at < best) {
                    best = at;
                }
            }
            if (best != Integer.MAX_VALUE) {
                out[i] = best;
            }
        }
        return out;
    }

    /**
     * Returns the header columns that no schema column claimed, for reporting extra columns.
     *
     * @param matched the result of {@link #match(List)}, not null
     * @return the 0-based indices of unmatched columns, in file order
     */
    public List<Integer> unmatched(int[] matched) {
        boolean[] used = new boolean[names.size()];
        for (int m : matched) {
            if (m >= 0) {
                used[m] = true;
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < used.length; i++) {
            if (!used[i]) {
                out.add(i);
            }
        }
        return out;
    }

    /** Returns the names, and the tags when there is an HXL row, e.g. {@code [id #x_id, date #date]}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < names.size(); i++) {
            b.append(i > 0 ? ", " : "").append(names.get(i));
            if (tags[i] != null) {
                b.append(' ').append(tags[i]);
            }
        }
        return b.append(']').toString();
    }
}
