package org.migrationkit.io.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;

/** A sequential source of bytes: a stream, or a file channel read from a position on. */
interface ByteInput {
    /**
     * Reads up to {@code len} bytes.
     *
     * @return the number of bytes read, or -1 at the end of the input
     */
    int read(byte[] b, int off, int len) throws IOException;

    /**
     * Fills {@code b[off, off + len)} as far as the input goes.
     *
     * @return the number of bytes read; less than {@code len} only at the end of the input
     */
    default int readFully(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            int r = read(b, off + n, len - n);
            if (r < 0) {
                break;
            }
            n += r;
        }
        return n;
    }

    static ByteInput of(InputStream in) {
        return in::read;
    }

    /** Reads a channel from {@code position} with positional reads, so that several threads can share it. */
    static ByteInput of(FileChannel channel, long position) {
        return new ByteInput() {
            private long pos = position;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = channel.read(ByteBuffer.wrap(b, off, len), pos);
                if (n > 0) {
                    pos += n;
                }
                return n;
            }
        };
    }

    /** The input, adding what it reads to {@code counter} when there is one. */
    static ByteInput counted(ByteInput in, @Nullable LongAdder counter) {
        if (counter == null) {
            return in;
        }
        return (b, off, len) -> {
            int n = in.read(b, off, len);
            if (n > 0) {
                counter.add(n);
            }
            return n;
        };
    }

    /** An input that first yields {@code prefix[off, off + len)}, then the rest of {@code rest}. */
    static ByteInput prefixed(byte[] prefix, int off, int len, ByteInput rest) {
        return new ByteInput() {
            private int p = off;

            @Override
            public int read(byte[] b, int o, int l) throws IOException {
                if (p < off + len) {
                    int n = Math.min(l, off + len - p);
                    System.arraycopy(prefix, p, b, o, n);
                    p += n;
                    return n;
                }
                return rest.read(b, o, l);
            }
        };
    }
}
