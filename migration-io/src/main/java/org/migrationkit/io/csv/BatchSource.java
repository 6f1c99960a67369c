package org.migrationkit.io.csv;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Batches of records in input order, each with {@link Batch#lineBase} set. */
interface BatchSource extends AutoCloseable {
    /** Returns the next batch, or null at the end. */
    @Nullable Batch next() throws IOException;

    @Override
    void close() throws IOException;
}
