package org.migrationkit.io.pipeline;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.ReadResult;

/**
 * Two stages on two cores: a reader thread parses and types records into batches and runs each value's record rules,
 * the caller's thread runs the dataset rules and counts (DESIGN §5: streams use a two-stage pipeline). The queue holds
 * at most {@value #DEPTH} batches of {@value #BATCH} records, so memory stays bounded whatever the input's size, and
 * order is kept.
 */
final class Pipelined implements Iterator<ReadResult<?>>, AutoCloseable {
    static final int BATCH = 512;
    static final int DEPTH = 8;

    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
    private final Thread thread;
    private final @Nullable Function<ReadResult<?>, List<Issue>> rules;
    private @Nullable Batch batch;
    private int next;
    private boolean done;
    private volatile boolean stopped;

    /** Read results with the issues their record rules found, position by position. */
    private record Batch(List<ReadResult<?>> results, List<List<Issue>> rules) {
        Batch() {
            this(new ArrayList<>(BATCH), new ArrayList<>(BATCH));
        }
    }

    Pipelined(Iterator<? extends ReadResult<?>> source, String name,
            @Nullable Function<ReadResult<?>, List<Issue>> rules) {
        this.rules = rules;
        this.thread = new Thread(() -> produce(source), "migrationkit-reader " + name);
        thread.setDaemon(true);
    }

    /**
     * Starts reading. {@code rules}, run on the reader thread, gives each result's record-rule issues (thread-safe:
     * it sees one result at a time).
     */
    static Pipelined start(Iterator<? extends ReadResult<?>> source, String name,
            @Nullable Function<ReadResult<?>, List<Issue>> rules) {
        Pipelined p = new Pipelined(source, name, rules);
        p.thread.start();
        return p;
    }

    private void produce(Iterator<? extends ReadResult<?>> source) {
        try {
            Batch b = new Batch();
            while (!stopped && source.hasNext()) {
                ReadResult<?> r = source.next();
                b.results().add(r);
                b.rules().add(rules == null ? List.of() : rules.apply(r));
                if (b.results().size() == BATCH) {
                    queue.put(b);
                    b = new Batch();
                }
            }
            if (!b.results().isEmpty()) {
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

    @Override
    public boolean hasNext() {
        while (!done && (batch == null || next == batch.results().size())) {
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
                batch = (Batch) o;
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
        return java.util.Objects.requireNonNull(batch).results().get(next++);
    }

    /**
     * Returns the record-rule issues of the result {@link #next()} returned last.
     *
     * @return the issues, empty when none or when no rules were given
     */
    List<Issue> ruleIssues() {
        return java.util.Objects.requireNonNull(batch).rules().get(next - 1);
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
