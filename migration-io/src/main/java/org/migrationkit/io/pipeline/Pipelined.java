package org.migrationkit.io.pipeline;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;
import org.migrationkit.io.ReadResult;

/**
 * Two stages on two cores: a reader thread parses and types records into batches, the caller's thread checks them
 * (DESIGN §5: streams use a two-stage pipeline). The queue holds at most {@value #DEPTH} batches of
 * {@value #BATCH} records, so memory stays bounded whatever the input's size, and order is kept.
 */
final class Pipelined implements Iterator<ReadResult<?>>, AutoCloseable {
    static final int BATCH = 512;
    static final int DEPTH = 8;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread thread;
    private @Nullable List<ReadResult<?>> batch;
    private int next;
    private boolean done;
    private volatile boolean stopped;

    Pipelined(Iterator<? extends ReadResult<?>> source, String name) {
        this.thread = new Thread(() -> produce(source), "migrationkit-reader " + name);
        thread.setDaemon(true);
    }

    static Pipelined start(Iterator<? extends ReadResult<?>> source, String name) {
        Pipelined p = new Pipelined(source, name);
        p.thread.start();
        return p;
    }

    private void produce(Iterator<? extends ReadResult<?>> source) {
        try {
            List<ReadResult<?>> b = new ArrayList<>(BATCH);
            while (!stopped && source.hasNext()) {
                b.add(source.next());
                if (b.size() == BATCH) {
                    queue.put(b);
                    b = new ArrayList<>(BATCH);
                }
            }
            if (!b.isEmpty()) {
                queue.put(b);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException | Error e) {
            try {
                queue.put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    // Only this class puts lists of read results into the queue.
    @SuppressWarnings("unchecked")
    @Override
    public boolean hasNext() {
        while (!done && (batch == null || next == batch.size())) {
            Object o;
            try {
                o = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading", e);
            }
            if (o == END) {
                done = true;
                batch = null;
            } else if (o instanceof RuntimeException r) {
                done = true;
                throw r;
            } else if (o instanceof Error err) {
                done = true;
                throw err;
            } else {
                batch = (List<ReadResult<?>>) o;
                next = 0;
            }
        }
        return !done;
    }

    @Override
    public ReadResult<?> next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return java.util.Objects.requireNonNull(batch).get(next++);
    }

    /** Stops the reader thread (after a failure of the checking side) and waits for it. */
    @Override
    public void close() {
        stopped = true;
        while (thread.isAlive()) {
            queue.poll();
            try {
                thread.join(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Makes the failure of an input's bytes an unchecked exception the validator recognises. */
    static @Nullable Throwable ioCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof UncheckedIOException || c instanceof java.io.IOException) {
                Throwable inner = c instanceof UncheckedIOException u ? u.getCause() : c;
                for (Throwable d = inner; d != null; d = d.getCause()) {
                    if (d instanceof ZipBombException) {
                        return d;
                    }
                }
                return inner;
            }
        }
        return null;
    }
}
