package org.migrationkit.io.csv;

/**
 * Types the records of a batch into {@link Batch#typed}; one per thread, so it may keep state between batches. Run
 * by the range workers of a parallel read, else by the consumer.
 */
interface BatchTyper {
    /** Types every record of the batch that has no scanner issue; fills {@link Batch#typed}. */
    void type(Batch b);
}
