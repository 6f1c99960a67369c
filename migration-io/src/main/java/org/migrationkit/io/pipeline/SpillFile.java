package org.migrationkit.io.pipeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fixed-shape entries written to a temporary file as records stream past, read back once all inputs are read: the
 * checks that need the whole dataset (references, dates across tables, outliers) keep no per-record state in the
 * heap. Deleted on close.
 */
final class SpillFile implements Closeable {
    private final Path file;
    private final DataOutputStream out;
    private long entries;

    SpillFile(String prefix) {
        try {
            this.file = Files.createTempFile(prefix, ".bin");
            this.out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary file for dataset checks: " + e.getMessage(), e);
        }
    }

    DataOutputStream out() {
        entries++;
        return out;
    }

    long entries() {
        return entries;
    }

    /** Reads the entries written, in order; the caller reads each entry's fields. */
    DataInputStream reader() {
        try {
            out.flush();
            return new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            // The file is deleted next; nothing written to it matters any more.
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }

}
