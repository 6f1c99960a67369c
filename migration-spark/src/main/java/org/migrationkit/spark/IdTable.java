package org.migrationkit.spark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.unsafe.Platform;
import org.apache.spark.unsafe.array.ByteArrayMethods;
import org.apache.spark.unsafe.types.UTF8String;

/**
 * The ids of one input met in a partition of the exchange, and where each was first met: an open-addressing table
 * over the ids' UTF-8 bytes kept in one array, so that a million ids cost a few arrays rather than a map entry, a
 * key copy and a place object each. Most ids are met once; the places of repeats are kept aside.
 */
final class IdTable {
    /** A row's place in its input: partition, run, offset; ordered as the input is read. */
    record Loc(int part, int run, long offset) implements Comparable<Loc> {
        @Override
        public int compareTo(Loc o) {
            int c = Integer.compare(part, o.part);
            if (c == 0) {
                c = Integer.compare(run, o.run);
            }
            return c != 0 ? c : Long.compare(offset, o.offset);
        }
    }

    private int[] slots = new int[1 << 12]; // entry + 1, 0 for empty
    private int[] hashes = new int[1 << 11];
    private int[] keyAt = new int[1 << 11];
    private int[] keyLen = new int[1 << 11];
    private int[] parts = new int[1 << 11];
    private int[] runs = new int[1 << 11];
    private long[] offsets = new long[1 << 11];
    private byte[] bytes = new byte[1 << 16];
    private int used;
    private int size;
    /** For an entry met more than once, the later places. */
    private final Map<Integer, List<Loc>> repeats = new HashMap<>();

    /** Spreads a String hash over the table's bits. */
    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }

    /** The entry of an id, or -1. */
    private int find(int hash, UTF8String id) {
        int mask = slots.length - 1;
        for (int s = mix(hash) & mask; ; s = (s + 1) & mask) {
            int e = slots[s] - 1;
            if (e < 0) {
                return -1;
            }
            if (hashes[e] == hash && keyLen[e] == id.numBytes() && ByteArrayMethods.arrayEquals(bytes,
                    Platform.BYTE_ARRAY_OFFSET + keyAt[e], id.getBaseObject(), id.getBaseOffset(), keyLen[e])) {
                return e;
            }
        }
    }

    /**
     * Notes an id met at a place.
     *
     * @param hash the id's String hash (the exchange's bucket)
     * @param id the id's bytes (read now, not kept)
     */
    void add(int hash, UTF8String id, int part, int run, long offset) {
        int e = find(hash, id);
        if (e >= 0) {
            repeats.computeIfAbsent(e, k -> new ArrayList<>(1)).add(new Loc(part, run, offset));
            return;
        }
        if (size == hashes.length) {
            int n = size * 2;
            hashes = Arrays.copyOf(hashes, n);
            keyAt = Arrays.copyOf(keyAt, n);
            keyLen = Arrays.copyOf(keyLen, n);
            parts = Arrays.copyOf(parts, n);
            runs = Arrays.copyOf(runs, n);
            offsets = Arrays.copyOf(offsets, n);
        }
        int len = id.numBytes();
        if (used + len > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + len));
        }
        id.writeToMemory(bytes, Platform.BYTE_ARRAY_OFFSET + used);
        e = size++;
        hashes[e] = hash;
        keyAt[e] = used;
        keyLen[e] = len;
        parts[e] = part;
        runs[e] = run;
        offsets[e] = offset;
        used += len;
        if (size * 2 > slots.length) {
            rehash();
        } else {
            place(e);
        }
    }

    private void place(int e) {
        int mask = slots.length - 1;
        int s = mix(hashes[e]) & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = e + 1;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        for (int e = 0; e < size; e++) {
            place(e);
        }
    }

    /** Whether an id was met. */
    boolean contains(int hash, UTF8String id) {
        return find(hash, id) >= 0;
    }

    /** The ids met more than once: for each, every place it was met, the first met first. */
    List<List<Loc>> repeated() {
        List<List<Loc>> out = new ArrayList<>(repeats.size());
        repeats.forEach((e, later) -> {
            List<Loc> all = new ArrayList<>(later.size() + 1);
            all.add(new Loc(parts[e], runs[e], offsets[e]));
            all.addAll(later);
            out.add(all);
        });
        return out;
    }
}
