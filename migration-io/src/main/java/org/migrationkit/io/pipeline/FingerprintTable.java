package org.migrationkit.io.pipeline;

/**
 * A primitive open-addressing hash table from 128-bit fingerprints to an {@code int} (linear probing, two
 * {@code long}s and one {@code int} per slot, at most 3/4 full): 20 bytes a slot, about 27 bytes an id, whatever
 * the width of the ids. Tables share a {@link Budget} of bytes: a table stops growing when its growth would take the
 * live tables past it, and {@link #isFull()} then says that adding failed.
 */
final class FingerprintTable {
    /** The bytes that tables sharing it may hold together. Not thread-safe, like the tables. */
    static final class Budget {
        final long limit;
        long used;

        Budget(long limit) {
            this.limit = limit;
        }
    }

    /** The value {@link #get} returns for a fingerprint that is not in the table. */
    static final int ABSENT = Integer.MIN_VALUE;

    private final Budget budget;
    private long[] keys;
    private int[] values;
    private boolean[] used;
    private int size;
    private boolean full;

    FingerprintTable(Budget budget) {
        this.budget = budget;
        allocate(1024);
        budget.used += bytesFor(1024);
    }

    private void allocate(int slots) {
        keys = new long[slots * 2];
        values = new int[slots];
        used = new boolean[slots];
    }

    static long bytesFor(int slots) {
        return slots * 21L;
    }

    int size() {
        return size;
    }

    boolean isFull() {
        return full;
    }

    /**
     * Puts a value unless the fingerprint is there.
     *
     * @return the value already there, or {@link #ABSENT} when it was added (or could not be: see {@link #isFull()})
     */
    int putIfAbsent(long hi, long lo, int value) {
        int slot = find(hi, lo);
        if (used[slot]) {
            return values[slot];
        }
        if ((size + 1) * 4L > used.length * 3L) {
            long more = bytesFor(used.length * 2) - bytesFor(used.length);
            if (used.length >= (1 << 29) || budget.used + more > budget.limit) {
                full = true;
                return ABSENT;
            }
            budget.used += more;
            grow();
            slot = find(hi, lo);
        }
        used[slot] = true;
        keys[slot * 2] = hi;
        keys[slot * 2 + 1] = lo;
        values[slot] = value;
        size++;
        return ABSENT;
    }

    /** Lowers the value of a fingerprint to {@code value} if it is higher, adding it if absent. */
    void putMin(long hi, long lo, int value) {
        int slot = find(hi, lo);
        if (used[slot]) {
            if (value < values[slot]) {
                values[slot] = value;
            }
        } else {
            putIfAbsent(hi, lo, value);
        }
    }

    int get(long hi, long lo) {
        int slot = find(hi, lo);
        return used[slot] ? values[slot] : ABSENT;
    }

    boolean contains(long hi, long lo) {
        return used[find(hi, lo)];
    }

    private int find(long hi, long lo) {
        int mask = used.length - 1;
        int slot = (int) (hi ^ (hi >>> 32)) & mask;
        while (used[slot] && (keys[slot * 2] != hi || keys[slot * 2 + 1] != lo)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        boolean[] oldUsed = used;
        allocate(oldUsed.length * 2);
        for (int i = 0; i < oldUsed.length; i++) {
            if (oldUsed[i]) {
                int slot = find(oldKeys[i * 2], oldKeys[i * 2 + 1]);
                used[slot] = true;
                keys[slot * 2] = oldKeys[i * 2];
                keys[slot * 2 + 1] = oldKeys[i * 2 + 1];
                values[slot] = oldValues[i];
            }
        }
    }
}
