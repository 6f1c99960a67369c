package org.migrationkit.io.csv;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Parallel reading of a seekable file, with results identical to a serial read.
 *
 * <p>The data (after the header and HXL row) is cut into byte ranges of {@code chunkSize} bytes. Range k
 * starts, speculatively, at the first line start at or after its nominal start: as if no quoted field spanned
 * that point. Worker threads scan ranges ahead (at most {@code parallelism} at a time, so memory stays bounded),
 * each scanning the records that start inside its range — the last one may run past the range's end. The consumer
 * takes the ranges in order and checks each speculation against the truth that the previous range provides at no
 * extra cost: range k−1 ends exactly where its last record (and the blank lines after it) ends. If that is where
 * range k started, every record of range k is the one a serial read finds, since both scans start at a record
 * boundary in the same state. If not — range k started inside a quoted field with line breaks, or inside a huge
 * record — range k is scanned again, serially, from the true position, and the chain goes on from there. Record
 * numbers are assigned by the consumer in delivery order, and line numbers by adding each range's count of line
 * breaks, so both are exact.
 *
 * <p>A read has {@code parallelism} workers, each taking the next range as soon as it is done with one, up to a
 * window of twice as many ranges ahead of the consumer: a worker whose range finished early goes on scanning rather
 * than waiting for the consumer to take the slower range before it. The window bounds the memory.
 */
final class ParallelSource implements BatchSource {
    private final FileChannel channel;
    private final @Nullable LongAdder bytesRead;
    /** The bytes from the start of the file that were counted before the ranges (the sniffed sample). */
    private final long counted;
    private final Supplier<Scanner> scanners;
    private final @Nullable Supplier<BatchTyper> typers;
    private final long dataStart;
    private final long size;
    private final long chunkSize;
    private final int chunks;
    /** Shared by all reads: daemon threads that end after a minute idle. A read runs {@link #workers} of them. */
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "migrationkit-csv-range");
        t.setDaemon(true);
        return t;
    });

    private final int workers;
    /** The ranges scanned ahead of the consumer, at most; also the size of {@link #slots}. */
    private final int window;
    /** Range k's result is in slot {@code k % window} once a worker has claimed k. Guarded by itself. */
    private final CompletableFuture<Range>[] slots;
    /** The next range a worker will claim. Guarded by {@link #slots}. */
    private int claimed;
    /** Ranges taken by the consumer. Guarded by {@link #slots}. */
    private int taken;
    private boolean closed;
    /**
     * Typers between ranges: a typer's caches (decoded texts, parsed dates) and their switches (off for columns of
     * distinct values) are learnt over many ranges instead of being started cold every 256 KiB.
     */
    private final ConcurrentLinkedQueue<BatchTyper> idleTypers = new ConcurrentLinkedQueue<>();
    private final ChunkReader.Density density = new ChunkReader.Density();
    private final @Nullable Recycler recycler;
    private long expectedStart;
    private long lineBase;
    private @Nullable Iterator<Batch> current;
    private long currentLineBase;
    /** Ranges scanned again after a failed speculation (the tests check that the fallback runs). */
    int fallbacks;

    /** The outcome of scanning one range. */
    private static final class Range {
        final long start;
        final List<Batch> batches = new ArrayList<>();
        long endPos;
        long endLines;

        Range(long start) {
            this.start = start;
        }
    }

    ParallelSource(FileChannel channel, Supplier<Scanner> scanners, @Nullable Supplier<BatchTyper> typers,
                   long dataStart, long dataLine, long size, long chunkSize, int parallelism,
                   @Nullable LongAdder bytesRead, long counted, @Nullable Recycler recycler) {
        this.recycler = recycler;
        this.channel = channel;
        this.bytesRead = bytesRead;
        this.counted = counted;
        this.scanners = scanners;
        this.typers = typers;
        this.dataStart = dataStart;
        this.size = size;
        this.chunkSize = chunkSize;
        this.chunks = (int) Math.max(1, (size - dataStart + chunkSize - 1) / chunkSize);
        this.workers = Math.min(parallelism, chunks);
        this.window = parallelism + 1;
        @SuppressWarnings({"unchecked", "rawtypes"})
        CompletableFuture<Range>[] ring = new CompletableFuture[window];
        this.slots = ring;
        this.expectedStart = dataStart;
        this.lineBase = dataLine;
        for (int i = 0; i < workers; i++) {
            POOL.execute(this::work);
        }
    }

    /** A worker: claims ranges in order while the window allows and the read is open, and scans them. */
    private void work() {
        while (true) {
            int k;
            CompletableFuture<Range> f;
            synchronized (slots) {
                while (!closed && claimed < chunks && claimed >= taken + window) {
                    try {
                        slots.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed || claimed >= chunks) {
                    return;
                }
                k = claimed++;
                f = new CompletableFuture<>();
                slots[k % window] = f;
                slots.notifyAll();
            }
            try {
                f.complete(scan(k, k == 0 ? dataStart : lineStartAtOrAfter(nominalStart(k))));
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        }
    }

    private long nominalStart(int k) {
        return dataStart + k * chunkSize;
    }

    private Range scan(int k, long start) throws IOException {
        long stop = k == chunks - 1 ? Long.MAX_VALUE : nominalStart(k + 1);
        Range r = new Range(start);
        ChunkReader reader = new ChunkReader(scanners.get(), ByteInput.of(channel, start), start, stop, density)
                .recycling(recycler);
        // Typing runs here, on the range's worker thread, so the consumer only merges results in order.
        BatchTyper typer = null;
        if (typers != null) {
            typer = idleTypers.poll();
            if (typer == null) {
                typer = typers.get();
            }
        }
        Batch b;
        long endPos = start;
        long endLines = 0;
        while ((b = reader.next(Integer.MAX_VALUE)) != null) {
            if (b.records > 0) {
                if (typer != null) {
                    typer.type(b);
                }
                r.batches.add(b);
            }
            endPos = b.endPos;
            endLines = b.endLines;
        }
        r.endPos = endPos;
        r.endLines = endLines;
        if (typer != null) {
            idleTypers.add(typer);
        }
        if (bytesRead != null) {
            // Each range counts its own share of the file once, though its reader reads past its end to finish
            // its last record: the counts add up to the file's size.
            long lo = Math.max(k == 0 ? dataStart : nominalStart(k), counted);
            long hi = Math.min(stop, size);
            bytesRead.add(Math.max(0, hi - lo));
        }
        return r;
    }

    /** The first position at or after {@code p} that follows a line break (LF, CRLF or a lone CR), or the end. */
    private long lineStartAtOrAfter(long p) throws IOException {
        byte[] block = new byte[8192];
        long at = p - 1; // the byte before p decides whether p itself starts a line
        while (at < size) {
            int n = channel.read(ByteBuffer.wrap(block), at);
            if (n <= 0) {
                break;
            }
            for (int i = 0; i < n; i++) {
                byte c = block[i];
                if (c == '\n') {
                    return at + i + 1;
                }
                if (c == '\r') {
                    if (i + 1 < n) {
                        return at + i + (block[i + 1] == '\n' ? 2 : 1);
                    }
                    ByteBuffer one = ByteBuffer.allocate(1);
                    int m = channel.read(one, at + i + 1);
                    return at + i + (m == 1 && one.get(0) == '\n' ? 2 : 1);
                }
            }
            at += n;
        }
        return size;
    }

    @Override
    public @Nullable Batch next() throws IOException {
        while (true) {
            if (current != null && current.hasNext()) {
                Batch b = current.next();
                b.lineBase = currentLineBase;
                return b;
            }
            if (taken == chunks) { // read without the lock: only this thread writes taken
                return null;
            }
            CompletableFuture<Range> f;
            synchronized (slots) {
                while (claimed <= taken) {
                    try {
                        slots.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new InterruptedIOException("interrupted while waiting for a CSV range");
                    }
                }
                f = slots[taken % window];
            }
            Range r = await(f);
            int k;
            synchronized (slots) {
                k = taken++;
                slots.notifyAll();
            }
            if (r.start != expectedStart) {
                // The speculation failed: scan this range again from where the previous one really ended.
                r = scan(k, expectedStart);
                fallbacks++;
            }
            currentLineBase = lineBase;
            lineBase += r.endLines;
            expectedStart = r.endPos;
            current = r.batches.iterator();
        }
    }

    private static Range await(CompletableFuture<Range> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for a CSV range");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException) {
                throw (IOException) c;
            }
            if (c instanceof UncheckedIOException) {
                throw ((UncheckedIOException) c).getCause();
            }
            if (c instanceof RuntimeException) {
                throw (RuntimeException) c;
            }
            if (c instanceof Error) {
                throw (Error) c;
            }
            throw new IllegalStateException(c);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (slots) {
            closed = true;
            slots.notifyAll();
        }
        channel.close();
    }
}
