package org.migrationkit.io.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The inflated bytes of a zip entry, counted: past the first 100 KiB an entry may inflate at most 100 times its
 * compressed size, and all entries of the archive together at most the total budget (DESIGN §5). Declared sizes
 * can lie, so the bytes are counted as they come.
 */
final class GuardedEntryStream extends FilterInputStream {
    static final long FREE_BYTES = 100 * 1024;
    static final long MAX_RATIO = 100;

    private final String name;
    private final long compressed;
    private final AtomicLong total;
    private final long budget;
    private long inflated;

    GuardedEntryStream(InputStream in, String name, long compressed, AtomicLong total, long budget) {
        super(in);
        this.name = name;
        this.compressed = Math.max(compressed, 1);
        this.total = total;
        this.budget = budget;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) throws ZipBombException {
        inflated += n;
        if (inflated > FREE_BYTES && inflated > MAX_RATIO * compressed) {
            throw new ZipBombException("Zip entry " + name + " inflates past " + MAX_RATIO + " times its compressed "
                    + "size (" + compressed + " bytes): refused as a zip bomb.");
        }
        if (total.addAndGet(n) > budget) {
            throw new ZipBombException("Zip entry " + name + " takes the archive past its budget of " + budget
                    + " inflated bytes: refused as a zip bomb.");
        }
    }
}
