package org.migrationkit.examples.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real public datasets in {@code <repository root>/../shared/datasets}, for the examples' tests (the same
 * behaviour as the core and io test helpers, which this module's tests cannot see): the folder comes from the system
 * property {@code migrationkit.shared}; an absent file skips the test, except under {@code CI=true} where it fails
 * it. Never copy the DTM file anywhere: read it from here.
 */
public final class RealData {
    /** The system property naming the shared folder. */
    public static final String PROPERTY = "migrationkit.shared";

    private RealData() {
    }

    /**
     * Returns a dataset file, skipping (or under CI failing) the test when it is absent.
     *
     * @param name the file name in {@code shared/datasets}
     * @return the readable path
     */
    public static Path file(String name) {
        String dir = System.getProperty(PROPERTY);
        Path shared = dir == null || dir.isBlank() ? Path.of("..", "..", "..", "shared").toAbsolutePath().normalize()
                : Path.of(dir).toAbsolutePath().normalize();
        Path file = shared.resolve("datasets").resolve(name);
        if (!Files.isReadable(file)) {
            String message = file + " is absent; real-data test skipped (set -D" + PROPERTY + " to the shared folder)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message.replace("real-data test skipped", "real-data tests must run under CI=true"));
            }
            assumeTrue(false, message);
        }
        return file;
    }
}
