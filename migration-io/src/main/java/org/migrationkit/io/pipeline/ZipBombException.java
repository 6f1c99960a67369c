package org.migrationkit.io.pipeline;

import java.io.IOException;

/** Thrown by a guarded zip entry stream when the entry inflates past the limits; the pipeline makes it an issue. */
final class ZipBombException extends IOException {
    private static final long serialVersionUID = 1L;

    ZipBombException(String message) {
        super(message);
    }
}
