package org.migrationkit.io.pipeline;

import java.io.Closeable;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.schema.Entity;

/**
 * The seam between the pipeline and the readers: one opened input read as records of one entity. Every reader of
 * the library (JSON tables, CSV tables, the public layouts) plugs in through one adapter implementing this.
 */
interface InputReader extends Closeable {
    /**
     * Returns the layout the input is read with.
     *
     * @return the layout
     */
    Layout layout();

    /**
     * Returns the entity the records become.
     *
     * @return the entity
     */
    Entity entity();

    /**
     * Returns the records, each once, as values or rejections; called once.
     *
     * @return the iterator; it throws {@link java.io.UncheckedIOException} only for failures of the input itself
     */
    Iterator<? extends ReadResult<?>> read();

    /**
     * Tells whether the reader runs the record rules itself (a public layout locates them at the file's own columns),
     * so that the pipeline does not run them twice.
     *
     * @return true when the values come checked
     */
    default boolean checksRecordRules() {
        return false;
    }

    /**
     * Tells whether threads of the reader's own read the records (a CSV file over byte ranges), so that the thread
     * taking them from it has room for more work.
     *
     * @return true when the records are read in parallel
     */
    default boolean readsInParallel() {
        return false;
    }

    /**
     * Returns the problems of the input as a whole; complete once {@link #read()} is exhausted.
     *
     * @return the issues
     */
    List<Issue> fileIssues();

    /**
     * Returns how an issue names a column in this input: the column name for CSV, the JSON pointer for JSON.
     *
     * @param column the schema column name
     * @return the field for locations
     */
    String field(String column);

    /**
     * Returns the 1-based position of a column in the input, for locations.
     *
     * @param column the schema column name
     * @return the position, or null when the input has no such column or no column positions (JSON)
     */
    @Nullable Integer column(String column);

    @Override
    void close();
}
