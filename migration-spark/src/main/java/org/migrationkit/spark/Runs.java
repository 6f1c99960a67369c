package org.migrationkit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Record numbers without a numbering pass: the per-record pass locates each row by partition, run (the rows of one
 * file in that partition) and offset in the run, and counts each run; once the pass is over, the driver turns the
 * counts into each run's first 1-based record number within its file (DESIGN §10 numbering: a file split over
 * partitions continues its count) and first position in the whole input (the order "first" means for duplicates
 * and for the summary). Partitions of a file scan are read in file order, and the rows of a file are contiguous.
 */
final class Runs implements Serializable {
    private static final long serialVersionUID = 1L;

    /**
     * A run of rows of one file in one partition, as counted by the pass.
     *
     * @param input the input's index in the run
     * @param part the partition
     * @param run the run's index in its partition
     * @param file the file, or null when the source has no files
     * @param count the number of rows
     * @param keys the number of its records that gave an id
     * @param rejected the number of its records rejected as a whole, without an issue of their own
     */
    record Counted(int input, int part, int run, @Nullable String file, long count, long keys, long rejected) {
    }

    /**
     * A numbered run.
     *
     * @param file the file, or the input's name when the source has no files
     * @param first the 1-based record number of the run's first row in its file
     * @param seq the 0-based position of the run's first row in its input
     */
    record Run(String file, long first, long seq) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Where a run is: input, partition, index in the partition. */
    private record Loc(int input, int part, int run) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    private final Map<Loc, Run> runs;
    private final long[] records;
    private final long[] keys;
    private final long[] rejected;

    private Runs(Map<Loc, Run> runs, long[] records, long[] keys, long[] rejected) {
        this.runs = runs;
        this.records = records;
        this.keys = keys;
        this.rejected = rejected;
    }

    /**
     * Numbers the runs of every input.
     *
     * @param counted the runs as counted, in any order
     * @param names the inputs' names (for a source without files)
     */
    static Runs of(List<Counted> counted, List<String> names) {
        List<Counted> sorted = new ArrayList<>(counted);
        sorted.sort(Comparator.comparingInt(Counted::input).thenComparingInt(Counted::part)
                .thenComparingInt(Counted::run));
        Map<Loc, Run> runs = new HashMap<>();
        long[] records = new long[names.size()];
        long[] keys = new long[names.size()];
        long[] rejected = new long[names.size()];
        Map<String, Long> seen = new HashMap<>();
        int input = -1;
        for (Counted c : sorted) {
            if (c.input() != input) {
                input = c.input();
                seen.clear();
            }
            String file = c.file() == null ? names.get(input) : c.file();
            String key = c.file() == null ? "" : c.file();
            long before = seen.getOrDefault(key, 0L);
            runs.put(new Loc(c.input(), c.part(), c.run()), new Run(file, before + 1, records[input]));
            seen.put(key, before + c.count());
            records[input] += c.count();
            keys[input] += c.keys();
            rejected[input] += c.rejected();
        }
        return new Runs(runs, records, keys, rejected);
    }

    /** The numbered run of a row's location. */
    Run run(int input, int part, int run) {
        Run r = runs.get(new Loc(input, part, run));
        if (r == null) {
            throw new IllegalStateException("No run " + run + " in partition " + part + " of input " + input);
        }
        return r;
    }

    /** The records read from an input. */
    long records(int input) {
        return records[input];
    }

    /** The records of an input rejected as a whole (their file misses a required column). */
    long rejectedWhole(int input) {
        return rejected[input];
    }

    /** Whether an input gave at least one id (the reference rules check references to a table only then). */
    boolean hasKeys(int input) {
        return keys[input] > 0;
    }
}
