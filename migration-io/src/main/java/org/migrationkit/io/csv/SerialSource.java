package org.migrationkit.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jspecify.annotations.Nullable;

/** Scans on the consumer's thread. */
final class SerialSource implements BatchSource {
    private final ChunkReader reader;
    private final Deque<Batch> pending = new ArrayDeque<>();
    private final Closeable resource;

    SerialSource(ChunkReader reader, Closeable resource) {
        this.reader = reader;
        this.resource = resource;
    }

    /** Delivers an already scanned batch first (the record read while looking for the HXL row). */
    void push(Batch b) {
        pending.add(b);
    }

    @Override
    public @Nullable Batch next() throws IOException {
        if (!pending.isEmpty()) {
            return pending.poll();
        }
        return reader.next(Integer.MAX_VALUE);
    }

    @Override
    public void close() throws IOException {
        resource.close();
    }
}
