package org.migrationkit.core.people;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

/**
 * Counts of people by sex and age band, with a total: the shape of UNHCR demographics
 * ({@code Female_0_4} ... {@code Male_60}, {@code Total}), DTM {@code numberFemales}/{@code numberMales} and MMP's
 * partial female/male counts (domain-standards §1.4, §2.5, §10.6).
 *
 * <p>A cell is the number of people of one {@link Sex} in one {@link AgeBand}; a cell with a null band counts the
 * people of that sex whose age is unknown or not broken down (UNHCR {@code Female_Unknown}, DTM
 * {@code numberFemales}). Cells are disjoint: the bands of one sex may not overlap. An absent cell is not
 * reported, never zero.
 *
 * <p>A <em>complete</em> breakdown's cells cover everyone in the total; a <em>partial</em> one (the default)
 * covers only those whose sex and age are known. Construction rejects what can never be right (a negative count);
 * arithmetic that real data gets wrong is reported by {@link #check()}, which never throws.
 *
 * <pre>{@code
 * Breakdown b = Breakdown.builder().total(120).complete(true).bandSet(AgeBandSet.UNHCR)
 *         .cell(Sex.FEMALE, AgeBand.of(0, 4), 10).cell(Sex.MALE, AgeBand.of(0, 4), 12)
 *         .build();
 * b.check();      // [count.breakdown-mismatch: cells add up to 22 but the total is 120 ...]
 * }</pre>
 */
public final class Breakdown {
    /**
     * The key of a cell: a sex and an age band. Cells order by sex, then by band, with the unknown-age cell last.
     *
     * @param sex the sex, not null
     * @param band the age band, or null for the people of that sex whose age is unknown or not broken down
     */
    public record Cell(Sex sex, @Nullable AgeBand band) implements Comparable<Cell> {
        private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::sex)
                .thenComparing(Cell::band, Comparator.nullsLast(Comparator.naturalOrder()));

        /**
         * Creates the key.
         *
         * @param sex the sex, not null
         * @param band the age band, or null
         */
        public Cell {
            Objects.requireNonNull(sex, "sex");
        }

        @Override
        public int compareTo(Cell other) {
            return ORDER.compare(this, other);
        }

        /**
         * Returns the sex code and the band.
         *
         * @return e.g. {@code female 0-4}, or {@code female age unknown}
         */
        @Override
        public String toString() {
            return sex.code() + " " + (band == null ? "age unknown" : band.toString());
        }
    }

    private final @Nullable Integer total;
    private final boolean complete;
    private final @Nullable AgeBandSet bandSet;
    private final Map<Cell, Integer> cells;

    private Breakdown(Builder b) {
        if (b.total != null && b.total < 0) {
            throw new InvalidValueException(IssueCode.COUNT_NEGATIVE, "Breakdown total " + b.total
                    + " is negative: a count is zero or more; leave it null when not reported.");
        }
        for (Map.Entry<Cell, Integer> e : b.cells.entrySet()) {
            Cell cell = e.getKey();
            if (e.getValue() < 0) {
                throw new InvalidValueException(IssueCode.COUNT_NEGATIVE, "Breakdown cell " + cell + " count "
                        + e.getValue() + " is negative: a count is zero or more; leave it null when not reported.");
            }
            AgeBand band = cell.band();
            if (band != null && b.bandSet != null && !b.bandSet.contains(band)) {
                throw new InvalidValueException(IssueCode.AGE_BAND_NOT_IN_SET, "Breakdown cell " + cell
                        + " has age band " + band + ", which is not in band set " + b.bandSet
                        + ": use the set's bands or no band set.");
            }
        }
        Cell previous = null;
        for (Cell cell : b.cells.keySet()) {
            AgeBand band = cell.band();
            AgeBand before = previous == null ? null : previous.band();
            if (previous != null && previous.sex() == cell.sex() && band != null && before != null
                    && before.overlaps(band)) {
                throw new IllegalArgumentException("Breakdown cells " + previous + " and " + cell
                        + " overlap: the bands of one sex must not overlap, or people are counted twice.");
            }
            previous = cell;
        }
        this.total = b.total;
        this.complete = b.complete;
        this.bandSet = b.bandSet;
        this.cells = Collections.unmodifiableMap(new LinkedHashMap<>(b.cells));
    }

    /**
     * Returns a builder: no total, no cells, partial, no band set.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the total.
     *
     * @return the total, or null if not reported
     */
    public @Nullable Integer total() {
        return total;
    }

    /**
     * Returns whether the cells cover everyone in the total.
     *
     * @return true for a complete breakdown, false for a partial one
     */
    public boolean isComplete() {
        return complete;
    }

    /**
     * Returns the band set the age bands come from.
     *
     * @return the band set, or null if none was given
     */
    public @Nullable AgeBandSet bandSet() {
        return bandSet;
    }

    /**
     * Returns the count of one cell.
     *
     * @param sex the sex, not null
     * @param band the band, or null for the unknown-age cell
     * @return the count, or null if not reported
     */
    public @Nullable Integer cell(Sex sex, @Nullable AgeBand band) {
        return cells.get(new Cell(sex, band));
    }

    /**
     * Returns the reported cells, ordered by sex, then band.
     *
     * @return an unmodifiable map, empty when no cell is reported
     */
    public Map<Cell, Integer> cells() {
        return cells;
    }

    /**
     * Returns the sum of the reported cells.
     *
     * @return the sum, 0 when no cell is reported
     */
    public long sum() {
        long s = 0;
        for (int v : cells.values()) {
            s += v;
        }
        return s;
    }

    /**
     * Returns the sum of the reported cells of one sex.
     *
     * @param sex the sex, not null
     * @return the sum, 0 when no cell of that sex is reported
     */
    public long sumFor(Sex sex) {
        Objects.requireNonNull(sex, "sex");
        long s = 0;
        for (Map.Entry<Cell, Integer> e : cells.entrySet()) {
            if (e.getKey().sex() == sex) {
                s += e.getValue();
            }
        }
        return s;
    }

    /**
     * Checks the arithmetic without throwing: a complete breakdown's cells must add up to its total
     * ({@code count.breakdown-mismatch}); a partial breakdown's known cells must not exceed it
     * ({@code count.breakdown-exceeds-total}). Nothing is checked when the total is not reported.
     *
     * @return the problems found, empty when none
     */
    public List<BreakdownProblem> check() {
        if (total == null) {
            return List.of();
        }
        long sum = sum();
        List<BreakdownProblem> problems = new ArrayList<>(1);
        if (complete && sum != total) {
            problems.add(new BreakdownProblem(IssueCode.COUNT_BREAKDOWN_MISMATCH, "Breakdown cells add up to " + sum
                    + " but the total is " + total + ": the cells of a complete breakdown add up to its total."));
        } else if (!complete && sum > total) {
            problems.add(new BreakdownProblem(IssueCode.COUNT_BREAKDOWN_EXCEEDS_TOTAL, "Breakdown cells add up to "
                    + sum + ", above the total " + total
                    + ": the known cells of a partial breakdown add up to at most its total."));
        }
        return List.copyOf(problems);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        if (!(o instanceof Breakdown)) {
            return false;
        }
        Breakdown b = (Breakdown) o;
        return Objects.equals(total, b.total) && complete == b.complete && Objects.equals(bandSet, b.bandSet)
                && cells.equals(b.cells);
    }

    @Override
    public int hashCode() {
        return Objects.hash(total, complete, bandSet, cells);
    }

    /**
     * Returns a summary for logs.
     *
     * @return e.g. {@code Breakdown[total=120, complete, unhcr, {female 0-4=10}]}
     */
    @Override
    public String toString() {
        return "Breakdown[total=" + total + ", " + (complete ? "complete" : "partial")
                + (bandSet == null ? "" : ", " + bandSet.id()) + ", " + cells + "]";
    }

    /**
     * Builds a {@link Breakdown}. Defaults: no total (null), no cells, partial ({@code complete(false)}), no band
     * set. Setting a cell twice keeps the last count.
     */
    public static final class Builder {
        private @Nullable Integer total;
        private boolean complete;
        private @Nullable AgeBandSet bandSet;
        private final Map<Cell, Integer> cells = new TreeMap<>();

        private Builder() {
        }

        /**
         * Sets the total.
         *
         * @param total the total, zero or more, or null if not reported
         * @return this builder
         */
        public Builder total(@Nullable Integer total) {
            this.total = total;
            return this;
        }

        /**
         * Sets whether the cells cover everyone in the total.
         *
         * @param complete true for complete, false (the default) for partial
         * @return this builder
         */
        public Builder complete(boolean complete) {
            this.complete = complete;
            return this;
        }

        /**
         * Sets the band set every cell's band must belong to.
         *
         * @param bandSet the band set, or null (the default) for any bands
         * @return this builder
         */
        public Builder bandSet(@Nullable AgeBandSet bandSet) {
            this.bandSet = bandSet;
            return this;
        }

        /**
         * Sets the count of one cell.
         *
         * @param sex the sex, not null
         * @param band the band, or null for the people of that sex whose age is unknown or not broken down
         * @param count the count, zero or more, or null to leave the cell not reported
         * @return this builder
         */
        public Builder cell(Sex sex, @Nullable AgeBand band, @Nullable Integer count) {
            Cell key = new Cell(sex, band);
            if (count == null) {
                cells.remove(key);
            } else {
                cells.put(key, count);
            }
            return this;
        }

        /**
         * Builds the breakdown.
         *
         * @return the breakdown
         * @throws InvalidValueException ({@code count.negative}) if the total or a cell is negative;
         *     ({@code age.band-not-in-set}) if a band is not in the band set
         * @throws IllegalArgumentException if two bands of one sex overlap
         */
        public Breakdown build() {
            return new Breakdown(this);
        }

        /**
         * Returns the settings so far.
         *
         * @return e.g. {@code Breakdown.Builder[total=null, partial, bandSet=null, cells={}]}
         */
        @Override
        public String toString() {
            return "Breakdown.Builder[total=" + total + ", " + (complete ? "complete" : "partial") + ", bandSet="
                    + (bandSet == null ? null : bandSet.id()) + ", cells=" + cells + "]";
        }
    }
}
