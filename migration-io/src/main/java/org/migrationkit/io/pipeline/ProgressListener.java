package org.migrationkit.io.pipeline;

import org.jspecify.annotations.Nullable;

/**
 * Told how far a dataset validation has got, for a progress display (DESIGN §10: records/s, bytes read, ETA). The
 * validator calls it on its checking thread, at most about ten times a second and once more at the end, so it may
 * print but must be quick.
 *
 * <pre>{@code
 * DatasetValidator.builder()
 *         .progress((records, bytes, total) -> System.err.print("\r" + records + " records"))
 *         .build();
 * }</pre>
 */
@FunctionalInterface
public interface ProgressListener {
    /**
     * Reports the progress so far.
     *
     * @param records the records of the dataset checked so far, all inputs together
     * @param bytesRead the bytes read so far from the inputs (compressed bytes for {@code .gz} files)
     * @param totalBytes the bytes of all inputs, or null when unknown (stdin, zip entries)
     */
    void progress(long records, long bytesRead, @Nullable Long totalBytes);
}
