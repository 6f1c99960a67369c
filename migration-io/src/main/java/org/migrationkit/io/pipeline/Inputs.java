package org.migrationkit.io.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;

/**
 * Turns the paths of a dataset into its inputs, in order (DESIGN §10): a file, a folder's entries in name order
 * ({@code dir/entry}), a zip's entries in name order ({@code archive.zip!/entry}), a data package's resources, a
 * {@code .gz} file, {@code -} for stdin. Refusals (a symbolic link, a pipe, an unsafe zip entry) are inputs with a
 * file-level issue, never exceptions. Holds the open archives: close it after reading.
 */
final class Inputs implements Closeable {
    static final String STDIN = "-";
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    /** Made on first use: only a data package needs it, and an ObjectMapper takes 30-40 ms to set up. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final int maxZipEntries;
    private final long zipBudget;
    private final InputStream stdin;
    private final List<ZipFile> archives = new ArrayList<>();
    private final List<InputSource> sources = new ArrayList<>();
    private int opened;
    private final List<String> failures = new ArrayList<>();

    Inputs(int maxZipEntries, long zipBudget, InputStream stdin) {
        this.maxZipEntries = maxZipEntries;
        this.zipBudget = zipBudget;
        this.stdin = stdin;
    }

    /** Resolves the paths as given, in argument order. */
    List<InputSource> resolve(List<String> paths) {
        for (String p : paths) {
            resolveTop(p);
        }
        return Collections.unmodifiableList(sources);
    }

    /** Returns how many of the given paths could be opened. */
    int opened() {
        return opened;
    }

    /** Returns why paths could not be opened, one line each. */
    List<String> failures() {
        return failures;
    }

    private void resolveTop(String given) {
        if (given.equals(STDIN)) {
            opened++;
            sources.add(InputSource.stream(STDIN, STDIN, () -> new NonClosing(stdin)));
            return;
        }
        Path path = Path.of(given);
        String why = unreadable(path);
        if (why != null) {
            failures.add(given + ": " + why);
            sources.add(refused(given, IssueCode.FILE_UNREADABLE, "Cannot read " + given + ": " + why + "."));
            return;
        }
        opened++;
        if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            folder(given, path);
        } else {
            file(given, path);
        }
    }

    /** Why a path cannot be read, or null when it can. */
    private static @org.jspecify.annotations.Nullable String unreadable(Path path) {
        if (Files.isSymbolicLink(path)) {
            return "it is a symbolic link, which is not followed";
        }
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return "no such file or folder";
        }
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return "it is not a regular file or folder (a named pipe or a device is not opened)";
        }
        if (!Files.isReadable(path)) {
            return "permission denied";
        }
        return null;
    }

    private void file(String name, Path path) {
        String lower = fileName(path).toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            zip(name, path);
        } else if (lower.equals("datapackage.json")) {
            dataPackage(name, path);
        } else if (lower.endsWith(".gz")) {
            String inner = fileName(path).substring(0, fileName(path).length() - 3);
            sources.add(InputSource.stream(name, inner, () -> new GZIPInputStream(Files.newInputStream(path), 65536)));
        } else {
            sources.add(InputSource.file(name, path));
        }
    }

    private void folder(String given, Path dir) {
        Path pkg = dir.resolve("datapackage.json");
        if (Files.isRegularFile(pkg, LinkOption.NOFOLLOW_LINKS)) {
            dataPackage(join(given, "datapackage.json"), pkg);
            return;
        }
        List<Path> entries;
        try (Stream<Path> s = Files.list(dir)) {
            entries = s.sorted(Comparator.comparing(Inputs::fileName)).toList();
        } catch (IOException e) {
            sources.add(refused(given, IssueCode.FILE_UNREADABLE, "Cannot list the folder " + given + ": "
                    + e.getMessage() + "."));
            return;
        }
        for (Path e : entries) {
            String n = fileName(e);
            if (n.startsWith(".") || Files.isDirectory(e, LinkOption.NOFOLLOW_LINKS)) {
                // Hidden files (.DS_Store) and sub-folders are not part of a dataset's tables.
                continue;
            }
            String name = join(given, n);
            String why = unreadable(e);
            if (why != null) {
                sources.add(refused(name, IssueCode.FILE_UNREADABLE, "Cannot read " + name + ": " + why + "."));
            } else {
                file(name, e);
            }
        }
    }

    private static String join(String dir, String entry) {
        return dir.endsWith("/") ? dir + entry : dir + "/" + entry;
    }

    private void zip(String given, Path path) {
        ZipFile zip;
        try {
            zip = new ZipFile(path.toFile());
        } catch (IOException e) {
            sources.add(refused(given, IssueCode.ZIP_MALFORMED, "Cannot read " + given + " as a zip archive: "
                    + e.getMessage() + "."));
            return;
        }
        archives.add(zip);
        List<ZipEntry> entries = new ArrayList<>();
        int count = 0;
        boolean tooMany = false;
        for (java.util.Enumeration<? extends ZipEntry> en = zip.entries(); en.hasMoreElements();) {
            ZipEntry e = en.nextElement();
            if (++count > maxZipEntries) {
                tooMany = true;
                break;
            }
            entries.add(e);
        }
        if (tooMany) {
            sources.add(refused(given, IssueCode.ZIP_TOO_MANY_ENTRIES, "The zip archive " + given + " has more than "
                    + maxZipEntries + " entries: only the first " + maxZipEntries + " are read; split the archive."));
        }
        entries.sort(Comparator.comparing(ZipEntry::getName));
        AtomicLong total = new AtomicLong();
        for (ZipEntry e : entries) {
            String entryName = e.getName();
            if (e.isDirectory()) {
                continue;
            }
            String name = given + "!/" + entryName;
            if (!safe(entryName)) {
                sources.add(refused(name, IssueCode.ZIP_PATH_TRAVERSAL, "The zip entry name escapes the archive (.., "
                        + "an absolute path, a drive letter or a backslash): the entry is refused."));
                continue;
            }
            String base = entryName.substring(entryName.lastIndexOf('/') + 1);
            if (base.startsWith(".") || base.isEmpty()) {
                continue;
            }
            String lower = base.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".zip")) {
                sources.add(refused(name, IssueCode.ZIP_NESTED, "The zip entry is itself a zip archive, which is not "
                        + "opened: put its tables in the outer archive."));
                continue;
            }
            long size = e.getSize();
            long compressed = e.getCompressedSize();
            if (size > GuardedEntryStream.FREE_BYTES && compressed > 0 && size > GuardedEntryStream.MAX_RATIO * compressed) {
                sources.add(refused(name, IssueCode.ZIP_BOMB, "The zip entry declares " + size + " bytes inflated from "
                        + compressed + ": past " + GuardedEntryStream.MAX_RATIO + ":1 it is refused as a zip bomb."));
                continue;
            }
            boolean gz = lower.endsWith(".gz");
            String inner = gz ? base.substring(0, base.length() - 3) : base;
            sources.add(InputSource.stream(name, inner, () -> {
                InputStream in = new GuardedEntryStream(zip.getInputStream(e), name, compressed, total, zipBudget);
                return gz ? new GZIPInputStream(in, 65536) : in;
            }));
        }
    }

    static boolean safe(String entry) {
        if (entry.isEmpty() || entry.indexOf('\\') >= 0 || entry.startsWith("/") || DRIVE.matcher(entry).matches()) {
            return false;
        }
        for (String part : entry.split("/", -1)) {
            if (part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private void dataPackage(String given, Path file) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            sources.add(refused(given, IssueCode.DATAPACKAGE_INVALID, "The data package " + given + " is not JSON: "
                    + firstLine(e.getMessage()) + "."));
            return;
        }
        JsonNode resources = root == null ? null : root.get("resources");
        if (resources == null || !resources.isArray() || resources.isEmpty()) {
            sources.add(refused(given, IssueCode.DATAPACKAGE_INVALID, "The data package " + given + " names no "
                    + "resources: give a \"resources\" array whose items have a \"path\"."));
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        int slash = given.lastIndexOf('/');
        String prefix = slash < 0 ? "" : given.substring(0, slash + 1);
        for (JsonNode r : resources) {
            JsonNode p = r.get("path");
            List<String> parts = new ArrayList<>();
            if (p != null && p.isTextual()) {
                parts.add(p.asText());
            } else if (p != null && p.isArray()) {
                p.forEach(x -> parts.add(x.asText()));
            }
            if (parts.isEmpty()) {
                sources.add(refused(given, IssueCode.DATAPACKAGE_INVALID, "A resource of the data package " + given
                        + " has no \"path\": give the relative path of its file."));
            }
            for (String part : parts) {
                String name = prefix + part;
                if (!safe(part) || part.contains("://")) {
                    sources.add(refused(name, IssueCode.DATAPACKAGE_INVALID, "The resource path " + part + " of the "
                            + "data package " + given + " is refused: give a relative path inside its folder "
                            + "(no .., no absolute path, no URL)."));
                    continue;
                }
                Path target = dir.resolve(part);
                String why = unreadable(target);
                if (why != null) {
                    sources.add(refused(name, IssueCode.FILE_UNREADABLE, "Cannot read " + name + ": " + why + "."));
                } else {
                    file(name, target);
                }
            }
        }
    }

    private static String firstLine(@org.jspecify.annotations.Nullable String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static InputSource refused(String name, IssueCode code, String message) {
        return InputSource.refused(name, List.of(Issue.of(code, message, new IssueLocation(name, null, null, null,
                null))));
    }

    private static String fileName(Path p) {
        Path f = p.getFileName();
        return f == null ? p.toString() : f.toString();
    }

    @Override
    public void close() {
        for (ZipFile z : archives) {
            try {
                z.close();
            } catch (IOException e) {
                // Closing a read-only archive cannot lose data; nothing to report.
            }
        }
    }

    /** Stdin stays open after its reader closes it: it belongs to the process. */
    private static final class NonClosing extends java.io.FilterInputStream {
        NonClosing(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // Not ours to close.
        }
    }
}
