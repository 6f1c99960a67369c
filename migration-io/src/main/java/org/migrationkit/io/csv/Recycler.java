package org.migrationkit.io.csv;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * The arrays of batches a typed read is done with, handed back to the scanning side: a read of a large file would
 * otherwise allocate (and the JVM zero) a new buffer and new field arrays for every 256 KiB, and touch fresh memory
 * each time, where a few recycled ones stay in the cache. Only the typed reads recycle: their results do not point
 * into the batch, unlike the untyped {@link CsvRecord} views. Shared by a read's threads.
 */
final class Recycler {
    /** Arrays kept per kind at the most: enough for the batches a parallel read has in flight. */
    private static final int KEPT = 8;

    private final ArrayDeque<byte[]> buffers = new ArrayDeque<>();
    private final ArrayDeque<int[]> ints = new ArrayDeque<>();
    private final ArrayDeque<long[]> longs = new ArrayDeque<>();

    /** A buffer of exactly {@code n} bytes, never {@code current}; its old content is left in it. */
    synchronized byte[] buffer(int n, byte[] current) {
        for (Iterator<byte[]> it = buffers.iterator(); it.hasNext();) {
            byte[] b = it.next();
            if (b.length == n && b != current) {
                it.remove();
                return b;
            }
        }
        return new byte[n];
    }

    /** An array of exactly {@code n} ints; its old content is left in it. */
    synchronized int[] ints(int n) {
        for (Iterator<int[]> it = ints.iterator(); it.hasNext();) {
            int[] a = it.next();
            if (a.length == n) {
                it.remove();
                return a;
            }
        }
        return new int[n];
    }

    /** An array of exactly {@code n} longs; its old content is left in it. */
    synchronized long[] longs(int n) {
        for (Iterator<long[]> it = longs.iterator(); it.hasNext();) {
            long[] a = it.next();
            if (a.length == n) {
                it.remove();
                return a;
            }
        }
        return new long[n];
    }

    /** Takes back the arrays of a batch whose records were all delivered; the oldest go when the pools are full. */
    synchronized void give(Batch b) {
        if (b.ownsData) {
            keep(buffers, b.data, KEPT);
        }
        keep(ints, b.fieldOff, 4 * KEPT);
        keep(ints, b.fieldLen, 4 * KEPT);
        keep(ints, b.recFirstField, 4 * KEPT);
        keep(ints, b.recFieldCount, 4 * KEPT);
        keep(longs, b.recLines, KEPT);
    }

    private static <A> void keep(ArrayDeque<A> pool, A array, int most) {
        if (pool.size() >= most) {
            pool.removeFirst();
        }
        pool.add(array);
    }
}
