package org.migrationkit.io.pipeline;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.LongAdder;

/** Counts the bytes read from an input into a counter the progress display reads from another thread. */
final class CountingInputStream extends FilterInputStream {
    private final LongAdder count;

    CountingInputStream(InputStream in, LongAdder count) {
        super(in);
        this.count = count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count.increment();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            count.add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long s = in.skip(n);
        count.add(s);
        return s;
    }
}
