package org.migrationkit.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.jspecify.annotations.Nullable;

/**
 * The two-stage pipeline for inputs that cannot be split (streams, gzip, transcoded UTF-16): a parser thread
 * scans batches into a small bounded queue, the consumer takes them in order.
 */
final class StreamSource implements BatchSource {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue;
    private final Thread parser;
    private final Closeable resource;
    private boolean ended;

    StreamSource(SerialSource source, Closeable resource, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.resource = resource;
        this.parser = new Thread(() -> run(source), "migrationkit-csv-parser");
        parser.setDaemon(true);
        parser.start();
    }

    private void run(SerialSource source) {
        try {
            Batch b;
            while ((b = source.next()) != null) {
                queue.put(b);
            }
            queue.put(END);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            try {
                queue.put(e);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public @Nullable Batch next() throws IOException {
        if (ended) {
            return null;
        }
        Object o;
        try {
            o = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for the CSV parser thread");
        }
        if (o == END) {
            ended = true;
            return null;
        }
        if (o instanceof IOException) {
            throw (IOException) o;
        }
        if (o instanceof RuntimeException) {
            throw (RuntimeException) o;
        }
        if (o instanceof Error) {
            throw (Error) o;
        }
        return (Batch) o;
    }

    @Override
    public void close() throws IOException {
        parser.interrupt();
        try {
            resource.close();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
