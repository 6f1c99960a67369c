package org.migrationkit.io.pipeline;

/**
 * A primitive open-addressing hash table from 128-bit fingerprints to an {@code int} (linear probing, two
 * {@code long}s, one {@code int} and a one-byte tag per slot, at most 3/4 full): 21 bytes a slot, about 27 bytes an
 * id, whatever the width of the ids. The tags (seven bits of the fingerprint and a bit saying the slot is taken) are
 * an array of their own, 1/20 of the table: a lookup probes them, and reads a slot's fingerprint only when its tag
 * matches (one time in 128 for another id), so most lookups of an absent id, the common case, stay in that small
 * array rather than in the fingerprints'. Tables share a {@link Budget} of bytes: a table stops growing when its growth would take the
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
    /** Two longs a slot (the fingerprint 0, 0 is kept aside, in zero). */
    private long[] keys;
    /** A slot's tag: 0 when it is empty, else {@link #tag}. */
    private byte[] tags;
    private int[] values;
    private int slots;
    private int size;
    private boolean full;
    private boolean zero;
    private int zeroValue;

    FingerprintTable(Budget budget) {
        this.budget = budget;
        allocate(1024);
        budget.used += bytesFor(1024);
    }

    private void allocate(int n) {
        keys = new long[n * 2];
        tags = new byte[n];
        values = new int[n];
        slots = n;
    }

    /** The bytes {@code slots} slots are counted for: 21 each (two fingerprint halves, a value and a tag). */
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
        if ((hi | lo) == 0) {
            if (zero) {
                return zeroValue;
            }
            if (!room()) {
                return ABSENT;
            }
            zero = true;
            zeroValue = value;
            size++;
            return ABSENT;
        }
        int slot = find(hi, lo);
        if (tags[slot] != 0) {
            return values[slot];
        }
        int before = slots;
        if (!room()) {
            return ABSENT;
        }
        if (slots != before) {
            slot = find(hi, lo);
        }
        keys[slot * 2] = hi;
        keys[slot * 2 + 1] = lo;
        values[slot] = value;
        tags[slot] = tag(lo);
        size++;
        return ABSENT;
    }

    /** Makes room for one more fingerprint, growing the table if it would be over three quarters full. */
    private boolean room() {
        if ((size + 1) * 4L > slots * 3L) {
            long more = bytesFor(slots * 2) - bytesFor(slots);
            if (slots >= (1 << 29) || budget.used + more > budget.limit) {
                full = true;
                return false;
            }
            budget.used += more;
            grow(slots * 2);
        }
        return true;
    }

    /**
     * Grows the table at once to hold {@code ids} fingerprints in all, or as many as the budget allows, rather than
     * doubling its way there, which moves every fingerprint again at each step (sized at once, a 1M-row
     * validation took 4-10 % less CPU).
     */
    void reserve(long ids) {
        int target = slots;
        while (target < (1 << 29) && ids * 4 > target * 3L) {
            target <<= 1;
        }
        while (target > slots && budget.used + bytesFor(target) - bytesFor(slots) > budget.limit) {
            target >>= 1;
        }
        if (target > slots) {
            budget.used += bytesFor(target) - bytesFor(slots);
            grow(target);
        }
    }

    /** Lowers the value of a fingerprint to {@code value} if it is higher, adding it if absent. */
    void putMin(long hi, long lo, int value) {
        if ((hi | lo) == 0) {
            if (!zero) {
                putIfAbsent(hi, lo, value);
            } else if (value < zeroValue) {
                zeroValue = value;
            }
            return;
        }
        int slot = find(hi, lo);
        if (tags[slot] == 0) {
            putIfAbsent(hi, lo, value);
        } else if (value < values[slot]) {
            values[slot] = value;
        }
    }

    int get(long hi, long lo) {
        if ((hi | lo) == 0) {
            return zero ? zeroValue : ABSENT;
        }
        int slot = find(hi, lo);
        return tags[slot] != 0 ? values[slot] : ABSENT;
    }

    boolean contains(long hi, long lo) {
        return get(hi, lo) != ABSENT;
    }

    /**
     * Reads the tag where a fingerprint's search starts, so that its cache line is on its way before the lookup of
     * that fingerprint needs it: the lookups of a batch of ids then wait for memory together rather than one after the
     * other.
     *
     * @return a value that depends on the read, for the caller to keep (so the read is not left out)
     */
    long touch(long hi) {
        return tags[(int) (hi ^ (hi >>> 32)) & (slots - 1)];
    }

    /** The slot holding the fingerprint, or the empty slot where it would go; the fingerprint is not 0, 0. */
    private int find(long hi, long lo) {
        int mask = slots - 1;
        int slot = (int) (hi ^ (hi >>> 32)) & mask;
        byte tag = tag(lo);
        while (true) {
            byte t = tags[slot];
            if (t == 0 || t == tag && keys[slot * 2] == hi && keys[slot * 2 + 1] == lo) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** A taken slot's tag: the top seven bits of the fingerprint's low half (the slot comes from the high half). */
    private static byte tag(long lo) {
        return (byte) (0x80 | (lo >>> 57));
    }

    private void grow(int newSlots) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        byte[] oldTags = tags;
        int oldSlots = slots;
        allocate(newSlots);
        for (int i = 0; i < oldSlots; i++) {
            if (oldTags[i] != 0) {
                long h = oldKeys[i * 2];
                long l = oldKeys[i * 2 + 1];
                int slot = find(h, l);
                keys[slot * 2] = h;
                keys[slot * 2 + 1] = l;
                values[slot] = oldValues[i];
                tags[slot] = oldTags[i];
            }
        }
    }
}
