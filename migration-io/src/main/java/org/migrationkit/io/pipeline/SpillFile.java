package org.migrationkit.io.pipeline;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Fixed-shape entries written to a temporary file as records stream past (kept in memory while they fit a block),
 * read back once all inputs are read: the checks that need the whole dataset (references, dates across tables,
 * outliers) keep no per-record state in the heap. Deleted on close.
 *
 * <p>Entries are written field by field ({@link #entry()} then the {@code put}s) into a byte array flushed in 64 KiB
 * blocks, and read back the same way through a {@link Reader}: plain array stores and loads in the machine's byte
 * order, where a {@code DataOutputStream} takes a lock and a call per field (a third of the checking thread's time
 * at 1M rows). The file never leaves the process, so its byte order does not matter.
 */
final class SpillFile implements Closeable {
    private static final int BLOCK = 1 << 16;
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.nativeOrder());
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.nativeOrder());

    private final String prefix;
    // Made when the first block is full: entries that fit one block are read back from memory, and a small dataset
    // makes no file (nor the SecureRandom a temporary file's name takes, 9 ms of a start).
    private @Nullable Path file;
    private @Nullable FileChannel channel;
    private final byte[] block = new byte[BLOCK];
    private int at;
    private long entries;

    SpillFile(String prefix) {
        this.prefix = prefix;
    }

    /** Starts an entry (counted by {@link #entries()}); its fields follow. */
    SpillFile entry() {
        entries++;
        return this;
    }

    SpillFile putLong(long v) {
        room(Long.BYTES);
        LONG.set(block, at, v);
        at += Long.BYTES;
        return this;
    }

    SpillFile putInt(int v) {
        room(Integer.BYTES);
        INT.set(block, at, v);
        at += Integer.BYTES;
        return this;
    }

    SpillFile putDouble(double v) {
        return putLong(Double.doubleToRawLongBits(v));
    }

    SpillFile putByte(byte v) {
        room(1);
        block[at++] = v;
        return this;
    }

    SpillFile putBoolean(boolean v) {
        return putByte(v ? (byte) 1 : 0);
    }

    long entries() {
        return entries;
    }

    private void room(int bytes) {
        if (at + bytes > BLOCK) {
            flush();
        }
    }

    private void flush() {
        try {
            if (channel == null) {
                file = Files.createTempFile(prefix, ".bin");
                channel = FileChannel.open(file, StandardOpenOption.WRITE);
            }
            ByteBuffer b = ByteBuffer.wrap(block, 0, at);
            while (b.hasRemaining()) {
                channel.write(b);
            }
            at = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write dataset checks to a temporary file: " + e.getMessage(), e);
        }
    }

    /** Reads the entries written so far, in order; the caller reads each entry's fields as they were put. */
    Reader reader() {
        if (channel == null) {
            return new Reader(null, Arrays.copyOf(block, BLOCK), at);
        }
        flush();
        try {
            return new Reader(FileChannel.open(file, StandardOpenOption.READ), new byte[BLOCK], 0);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a spill file's fields back in the order they were put. Not thread-safe. */
    static final class Reader implements Closeable {
        private final @Nullable FileChannel channel;
        private final byte[] block;
        private int at;
        private int end;

        /** Reads {@code channel} after the {@code end} bytes of {@code block}, or only those when it is null. */
        private Reader(@Nullable FileChannel channel, byte[] block, int end) {
            this.channel = channel;
            this.block = block;
            this.end = end;
        }

        long getLong() throws IOException {
            need(Long.BYTES);
            long v = (long) LONG.get(block, at);
            at += Long.BYTES;
            return v;
        }

        int getInt() throws IOException {
            need(Integer.BYTES);
            int v = (int) INT.get(block, at);
            at += Integer.BYTES;
            return v;
        }

        double getDouble() throws IOException {
            return Double.longBitsToDouble(getLong());
        }

        byte getByte() throws IOException {
            need(1);
            return block[at++];
        }

        boolean getBoolean() throws IOException {
            return getByte() != 0;
        }

        /** Skips fields of {@code bytes} bytes in all, at most a block's worth. */
        void skip(int bytes) throws IOException {
            need(bytes);
            at += bytes;
        }

        private void need(int bytes) throws IOException {
            if (end - at >= bytes) {
                return;
            }
            if (channel == null) {
                throw new EOFException("A temporary file of dataset checks ends within an entry.");
            }
            int left = end - at;
            System.arraycopy(block, at, block, 0, left);
            at = 0;
            end = left;
            ByteBuffer b = ByteBuffer.wrap(block, end, BLOCK - end);
            while (end < bytes) {
                int n = channel.read(b);
                if (n < 0) {
                    throw new EOFException("A temporary file of dataset checks ends within an entry.");
                }
                end += n;
            }
        }

        @Override
        public void close() throws IOException {
            if (channel != null) {
                channel.close();
            }
        }
    }

    @Override
    public void close() {
        FileChannel c = channel;
        Path f = file;
        if (c != null) {
            try {
                c.close();
            } catch (IOException e) {
                // The file is deleted next; nothing written to it matters any more.
            }
        }
        if (f == null) {
            return;
        }
        try {
            Files.deleteIfExists(f);
        } catch (IOException e) {
            f.toFile().deleteOnExit();
        }
    }
}
