package org.migrationkit.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.jspecify.annotations.Nullable;

/**
 * Record numbers without a shuffle: a first pass counts, per partition, the runs of rows of one file; the driver
 * turns them into each run's first 1-based record number within its file (DESIGN §10 numbering: a file split over
 * partitions continues its count) and first position in the whole input (the order "first" means for duplicates).
 * Partitions of a file scan are read in file order, and the rows of a file are contiguous.
 */
final class Runs {
    /**
     * A run of rows of one file in one partition.
     *
     * @param file the file, or null when the source has no files
     * @param first the 1-based record number of the run's first row in its file
     * @param count the number of rows
     * @param seq the 0-based position of the run's first row in the input
     */
    record Run(@Nullable String file, long first, long count, long seq) implements Serializable {
    }

    /** A counted run, before numbering: partition, file, rows. */
    record Counted(int partition, @Nullable String file, long count) implements Serializable {
    }

    private Runs() {
    }

    /** Counts and numbers the runs of the rows of an input. */
    static Map<Integer, List<Run>> of(JavaRDD<Row> rows, int fileIndex) {
        List<Counted> counted = rows.mapPartitionsWithIndex((Integer p, Iterator<Row> it) -> {
            List<Counted> out = new ArrayList<>();
            String file = null;
            long n = 0;
            while (it.hasNext()) {
                Row r = it.next();
                String f = fileIndex < 0 || r.isNullAt(fileIndex) ? null : r.getString(fileIndex);
                if (f != null && f.isEmpty()) {
                    f = null; // input_file_name() is "" where the source has no file
                }
                if (n > 0 && !Objects.equals(f, file)) {
                    out.add(new Counted(p, file, n));
                    n = 0;
                }
                file = f;
                n++;
            }
            if (n > 0) {
                out.add(new Counted(p, file, n));
            }
            return out.iterator();
        }, true).collect();
        Map<Integer, List<Run>> runs = new HashMap<>();
        Map<String, Long> seen = new HashMap<>();
        long seq = 0;
        for (Counted c : counted) {
            String key = c.file() == null ? "" : c.file();
            long before = seen.getOrDefault(key, 0L);
            runs.computeIfAbsent(c.partition(), k -> new ArrayList<>()).add(new Run(c.file(), before + 1, c.count(),
                    seq));
            seen.put(key, before + c.count());
            seq += c.count();
        }
        return runs;
    }
}
