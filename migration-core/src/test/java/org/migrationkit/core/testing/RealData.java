package org.migrationkit.core.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place tests find the real public datasets in {@code ../shared/datasets/}, resolved from the repository
 * root through the {@code migrationkit.shared} system property the root pom passes to surefire (STYLE §6).
 *
 * <p>When a file is absent the calling test is skipped with a message naming the path — except under CI
 * ({@code CI=true}), where absence fails the test, because a silent skip there would hide broken tests.
 */
public final class RealData {
    /** The system property the root pom sets to {@code <repository root>/../shared}. */
    public static final String PROPERTY = "migrationkit.shared";

    private RealData() {
    }

    /**
     * Returns a readable dataset file, or skips (fails under CI) the calling test.
     *
     * @param name the file name inside {@code shared/datasets/}
     * @return the path of the readable file
     */
    public static Path file(String name) {
        return require(shared().resolve("datasets").resolve(name));
    }

    /**
     * Returns a readable reference file, or skips (fails under CI) the calling test.
     *
     * @param name the file name inside {@code shared/reference/}
     * @return the path of the readable file
     */
    public static Path reference(String name) {
        return require(shared().resolve("reference").resolve(name));
    }

    private static Path shared() {
        String dir = System.getProperty(PROPERTY);
        if (dir == null || dir.isBlank()) {
            // Run outside Maven (an IDE): fall back to the sibling of the working directory's repository.
            return Path.of("..", "shared").toAbsolutePath().normalize();
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    private static Path require(Path file) {
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
