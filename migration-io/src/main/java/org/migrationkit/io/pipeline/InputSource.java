package org.migrationkit.io.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;

/**
 * One input of a dataset before it is read: its name for locations (DESIGN §10), the file name it is recognised by,
 * how to open its bytes, and the problems found while finding it (a refused zip entry has no bytes, only issues).
 */
final class InputSource {
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final String fileName;
    private final @Nullable Path path;
    private final @Nullable Opener opener;
    private final List<Issue> issues;

    private InputSource(String name, String fileName, @Nullable Path path, @Nullable Opener opener,
            List<Issue> issues) {
        this.name = name;
        this.fileName = fileName;
        this.path = path;
        this.opener = opener;
        this.issues = List.copyOf(issues);
    }

    /** A regular file, read seekably when the reader can. */
    static InputSource file(String name, Path path) {
        Path fn = path.getFileName();
        return new InputSource(name, fn == null ? name : fn.toString(), path, null, List.of());
    }

    /** A stream: stdin, a zip entry. */
    static InputSource stream(String name, String fileName, Opener opener) {
        return new InputSource(name, fileName, null, opener, List.of());
    }

    /** An input that cannot be read: only its issues are reported. */
    static InputSource refused(String name, List<Issue> issues) {
        return new InputSource(name, name, null, null, issues);
    }

    String name() {
        return name;
    }

    /** The entry's own file name, e.g. {@code legs.csv.gz}. */
    String fileName() {
        return fileName;
    }

    @Nullable Path path() {
        return path;
    }

    boolean isReadable() {
        return path != null || opener != null;
    }

    InputStream open() throws IOException {
        if (path != null) {
            return java.nio.file.Files.newInputStream(path);
        }
        if (opener == null) {
            throw new IllegalStateException(name + " cannot be opened");
        }
        return opener.open();
    }

    List<Issue> issues() {
        return issues;
    }

    @Override
    public String toString() {
        return name;
    }
}
