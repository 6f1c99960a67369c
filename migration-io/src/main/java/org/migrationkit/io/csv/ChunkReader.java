package org.migrationkit.io.csv;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * Scans a run of records from a byte input into batches: from a start position up to the first record starting
 * at or after a stop position (or the end of the input). Each batch owns its buffer; an incomplete record at the
 * end of a buffer is carried into the next one, and one too long for any buffer goes to the {@link SlowScanner}.
 */
final class ChunkReader {
    private final Scanner scanner;
    private final SlowScanner slow;
    private final Settings s;
    private final ByteInput in;
    private final long stopAt;
    private byte[] buf;
    private int pos;
    private int len;
    private long base;
    private boolean eof;
    private long lines;
    private boolean done;
    /**
     * Records and fields per byte of the batches scanned so far, to size the next batch's arrays: shared by the
     * ranges of a parallel read, whose readers each scan only a batch or two. Racy updates are harmless: any
     * recent estimate will do.
     */
    static final class Density {
        volatile double recordsPerByte = 1.0 / 128;
        volatile double fieldsPerByte = 1.0 / 8;
    }

    private final Density density;
    /** Where buffers and batch arrays come from and go back to, or null to allocate them. */
    private @Nullable Recycler recycler;
    /** Size of the first buffer: no more than the run is expected to need. */
    private int firstCap;

    /**
     * @param start absolute position of the input's first byte, a record start
     * @param stopAt absolute position past which no record is started
     */
    ChunkReader(Scanner scanner, ByteInput in, long start, long stopAt) {
        this(scanner, in, start, stopAt, new Density());
    }

    ChunkReader(Scanner scanner, ByteInput in, long start, long stopAt, Density density) {
        this.density = density;
        this.scanner = scanner;
        this.slow = new SlowScanner(scanner);
        this.s = scanner.settings;
        this.in = in;
        this.stopAt = stopAt;
        this.base = start;
        this.buf = new byte[0];
        long expected = stopAt - start + 8192;
        this.firstCap = (int) Math.max(1, Math.min(s.bufferSize, expected < 0 ? Long.MAX_VALUE : expected));
    }

    /** Takes buffers and batch arrays from a recycler (a typed read's). */
    ChunkReader recycling(@Nullable Recycler r) {
        recycler = r;
        return this;
    }

    /** Caps the first buffer, e.g. at the size of a small file. */
    ChunkReader sizeHint(long bytes) {
        firstCap = (int) Math.max(1, Math.min(firstCap, bytes + 1));
        return this;
    }

    Scanner scanner() {
        return scanner;
    }

    /** Returns the next batch (possibly without records when the run ended), or null after the last one. */
    @Nullable Batch next(int maxRecords) throws IOException {
        if (done) {
            return null;
        }
        while (true) {
            int bytes = len - pos;
            // Sized by the density of the batch before (rows of 29 short cells have a field every 7 bytes), so that
            // the arrays are not grown and copied once per batch.
            Batch b = new Batch(buf, Math.max(16, (int) (bytes * density.recordsPerByte) + 16),
                    Math.max(64, (int) (bytes * density.fieldsPerByte) + 64), recycler);
            int from = pos;
            // Up to the buffer's last line break (all of it at the end of the input): a record cut by the end of the
            // buffer is then rare (a quoted line break), so the scanner's branches for one stay untaken, and C2 does
            // not recompile the scanner each time one of them is first taken (6 of 8 compilations on a 1M-row file).
            pos = scanner.scan(b, buf, pos, eof ? len : afterLastBreak(buf, pos, len), eof, base, stopAt, maxRecords,
                    lines);
            if (b.records > 16 && pos > from) {
                density.recordsPerByte = 1.1 * b.records / (pos - from);
                density.fieldsPerByte = 1.1 * b.fields / (pos - from);
            }
            lines = b.endLines;
            if (b.finished) {
                done = true;
                b.ownsData = true;
                return b;
            }
            if (!scanner.incomplete) {
                return b; // maxRecords reached
            }
            if (b.records > 0) {
                refill(); // the batch keeps the old buffer
                b.ownsData = true;
                return b;
            }
            // (a lone CR at the end of the buffer is a blank line waiting for its LF, not a record)
            if (len - pos > s.slowThreshold && buf[pos] != '\r') {
                Batch r = slow.read(buf, pos, len, base, in, lines);
                lines += slow.recordBreaks;
                int rest = slow.restEnd - slow.restPos;
                byte[] nb = new byte[Math.max(s.bufferSize, rest)];
                System.arraycopy(slow.rest, slow.restPos, nb, 0, rest);
                buf = nb;
                base = slow.restBase + slow.restPos;
                pos = 0;
                len = rest;
                eof = slow.restEof;
                r.endPos = base;
                r.endLines = lines;
                return r;
            }
            refill();
        }
    }

    private static int afterLastBreak(byte[] buf, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (buf[i] == '\n' || buf[i] == '\r' && i + 1 < to) { // (a CR last may be half of a CRLF)
                return i + 1;
            }
        }
        return from;
    }

    private void refill() throws IOException {
        int tail = len - pos;
        // Once the buffer reaches the stop position, only the record begun at pos is left to read (a range's
        // last): a buffer of its own size, not a whole new one.
        int cap = base + len >= stopAt ? Math.max(16384, tail * 2) : Math.max(firstCap, tail * 2);
        firstCap = s.bufferSize;
        byte[] nb = recycler == null ? new byte[cap] : recycler.buffer(cap, buf);
        System.arraycopy(buf, pos, nb, 0, tail);
        base += pos;
        pos = 0;
        len = tail;
        buf = nb;
        if (!eof) {
            int n = in.readFully(nb, len, cap - len);
            len += n;
            if (len < cap) {
                eof = true;
            }
        }
    }
}
