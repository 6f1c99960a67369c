package org.migrationkit.io.pipeline;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.csv.CsvHeader;
import org.migrationkit.io.csv.CsvReader;
import org.migrationkit.io.csv.CsvRecords;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.layout.Detection;
import org.migrationkit.io.layout.LayoutReader;
import org.migrationkit.io.layout.LayoutRecords;
import org.migrationkit.io.layout.Layouts;
import org.migrationkit.io.schema.Entity;

/** Chooses and opens the reader of an input: the one place that knows which adapter reads what. */
final class Readers {
    private static final JsonFactory JSON = new JsonFactory();
    /**
     * Threads typing a CSV file over byte ranges. A validation already keeps two threads busy (the reader's, and the
     * checking thread's: record rules, facts, dataset rules; see Pipelined), so ranges only pay where cores are left:
     * on two cores, range threads made a 1M-row validation 15 % slower and cost 25 % more CPU.
     */
    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors() - 2);

    private Readers() {
    }

    /** What a run reads its inputs with: the options that decide the reader of each. */
    record Options(@Nullable String layout, Charset encoding, Predicate<IssueCode> isError, LocalDate today,
            LongAdder bytesRead) {
    }

    /** Our table an input is by the forced layout, else by its name; null for a public layout or a name of none. */
    private static @Nullable Entity named(String fileName, @Nullable String layout) {
        return isPublic(layout) ? null : layout != null ? EntityLayouts.byLayoutId(layout).orElseThrow()
                : EntityLayouts.byFileName(fileName).orElse(null);
    }

    private static boolean isPublic(@Nullable String layout) {
        return layout != null && !layout.startsWith("entity:");
    }

    /**
     * Which of our tables the inputs may be before they are read, as {@link #open} decides: by the forced layout or
     * their names, and any when one names none of them (its header will say).
     */
    static Set<Entity> tables(List<InputSource> sources, @Nullable String layout) {
        Set<Entity> tables = EnumSet.noneOf(Entity.class);
        for (InputSource s : sources) {
            if (s.isReadable() && !isPublic(layout)) {
                Entity e = named(s.fileName(), layout);
                if (e == null) {
                    return EnumSet.allOf(Entity.class);
                }
                tables.add(e);
            }
        }
        return tables;
    }

    /**
     * Opens the reader of an input. Our own tables are recognised by the forced layout, else the file name, else the
     * header; public datasets by the forced layout, else the header. JSON goes by the extension.
     *
     * @return the reader, or null when the input is not a table we read (the reason is added to {@code fileIssues})
     */
    static @Nullable InputReader open(InputSource source, Options options, List<Issue> fileIssues)
            throws IOException {
        String fileName = source.fileName();
        String layout = options.layout();
        boolean forcedPublic = isPublic(layout);
        Entity entity = named(fileName, layout);
        boolean json = EntityLayouts.isJson(fileName);
        if (entity != null) {
            if (json) {
                return new JsonTableInput(entity, new CountingInputStream(source.open(), options.bytesRead()),
                        source.name(), fileName, options.isError());
            }
            Path path = source.path();
            return CsvTableInput.open(entity, path, path == null ? source.open() : null, source.name(), options,
                    THREADS, null);
        }
        // Named after no table of ours: read the header first, which a stream cannot give twice.
        Path path = source.path();
        Path spooled = path == null ? spool(source) : null;
        Path file = path != null ? path : spooled;
        boolean handedOver = false;
        try {
            if (!forcedPublic && !json) {
                CsvHeader header;
                try (CsvRecords r = CsvReader.builder().encoding(options.encoding()).parallelism(1).build()
                        .open(file, source.name())) {
                    header = r.header();
                    if (header.size() == 0) {
                        fileIssues.addAll(r.fileIssues()); // empty or binary: the reader says which
                        return null;
                    }
                }
                Entity byHeader = CsvTableInput.byHeader(header);
                if (byHeader != null) {
                    InputReader in = CsvTableInput.open(byHeader, file, null, source.name(), options, THREADS,
                            spooled);
                    handedOver = true;
                    return in;
                }
                Detection d = Layouts.detect(header);
                if (!d.isRecognised()) {
                    fileIssues.add(unrecognised(source.name(), header, d));
                    return null;
                }
            } else if (!forcedPublic) {
                // A JSON document named after no table of ours: a public layout (the MMP API) by its first record.
                List<String> keys = firstObjectKeys(file);
                Detection d = keys.isEmpty() ? null : Layouts.detect(keys);
                if (d == null || !d.isRecognised()) {
                    fileIssues.add(d != null ? d.toIssue(source.name()) : Issue.of(IssueCode.LAYOUT_UNRECOGNISED,
                            "The JSON input " + source.name() + " has no record to recognise it by: name it after "
                            + "its entity (migrants.json, legs.jsonl, ...) or choose the layout with --layout.",
                            new IssueLocation(source.name(), null, null, null, null)));
                    return null;
                }
            }
            LayoutRecords<?> records = LayoutReader.builder().layout(forcedPublic ? layout : null)
                    .csvReader(CsvReader.builder().encoding(options.encoding()).bytesRead(options.bytesRead()).build())
                    .today(options.today()).rejecting(options.isError())
                    .build().read(file, source.name());
            if (records.layout() == null) {
                fileIssues.addAll(records.fileIssues());
                records.close();
                return null;
            }
            handedOver = true;
            return new LayoutInput(records, spooled);
        } finally {
            if (!handedOver && spooled != null) {
                Files.deleteIfExists(spooled);
            }
        }
    }

    /**
     * The property names of the first record of a JSON document: the first object of a top-level array (the MMP API),
     * of the {@code items} array of an object (the UNHCR API), or a lone object's own; empty when there is none.
     */
    private static List<String> firstObjectKeys(Path file) throws IOException {
        List<String> keys = new ArrayList<>();
        try (JsonParser p = JSON.createParser(file.toFile())) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                t = p.nextToken();
            }
            if (t != JsonToken.START_OBJECT) {
                return keys;
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                if (p.nextToken() == JsonToken.START_ARRAY && name.equals("items")) {
                    keys.clear(); // the envelope's own names (page, total) are not the records'
                    if (p.nextToken() == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            keys.add(p.currentName());
                            p.nextToken();
                            p.skipChildren();
                        }
                    }
                    return keys;
                }
                keys.add(name);
                p.skipChildren();
            }
        } catch (JsonProcessingException e) {
            // Not well-formed: the names read so far, if any, still tell the layout; the reader reports the rest.
        }
        return keys;
    }

    /** Copies a stream input (stdin, a zip entry, a {@code .gz} file) to a temporary file, to read it twice. */
    private static Path spool(InputSource source) throws IOException {
        String lower = source.fileName().toLowerCase(Locale.ROOT);
        Path tmp = Files.createTempFile("migrationkit-input-", lower.endsWith(".json") ? ".json" : ".csv");
        try (InputStream in = source.open()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return tmp;
    }

    /**
     * The {@code layout.unrecognised} issue of a header that is neither a table of ours nor a public dataset: it
     * names whichever is closest, an entity table or a public layout, and the columns that differ.
     */
    static Issue unrecognised(String name, CsvHeader header, Detection publicDetection) {
        Entity closest = null;
        List<String> missing = List.of();
        List<String> extra = List.of();
        for (Entity e : Entity.values()) {
            Table<?, ?> t = Tables.of(e);
            List<String> m = new ArrayList<>();
            boolean[] claimed = new boolean[header.size()];
            for (Field<?, ?> f : t.fields()) {
                int at = header.match(List.of(f.column().acceptedNames()))[0];
                if (at >= 0) {
                    claimed[at] = true;
                } else if (f.column().isRequired()) {
                    m.add(f.name());
                }
            }
            List<String> x = new ArrayList<>();
            for (int i = 0; i < claimed.length; i++) {
                if (!claimed[i]) {
                    x.add(header.names().get(i));
                }
            }
            if (closest == null || m.size() + x.size() < missing.size() + extra.size()) {
                closest = e;
                missing = m;
                extra = x;
            }
        }
        if (closest == null || missing.size() + extra.size()
                >= publicDetection.missing().size() + publicDetection.unexpected().size()) {
            return publicDetection.toIssue(name);
        }
        String message = "The header matches no known layout; the closest is entity:" + closest.id() + " (the "
                + closest.fileName() + " table): " + (missing.isEmpty() ? "" : "missing required " + shown(missing))
                + (missing.isEmpty() || extra.isEmpty() ? "" : "; ")
                + (extra.isEmpty() ? "" : "unexpected " + shown(extra))
                + ". Name the file " + closest.fileName() + ", rename the columns, or choose a layout with --layout "
                + "(see `migration layouts`).";
        return new Issue(IssueCode.LAYOUT_UNRECOGNISED, IssueCode.LAYOUT_UNRECOGNISED.severity(), message,
                new IssueLocation(name, null, null, null, null), null, "entity:" + closest.id());
    }

    /** Deletes a temporary copy, if any; a copy that cannot be deleted now goes when the JVM exits. */
    static void delete(@Nullable Path spooled) {
        if (spooled == null) {
            return;
        }
        try {
            Files.deleteIfExists(spooled);
        } catch (IOException e) {
            spooled.toFile().deleteOnExit();
        }
    }

    private static String shown(List<String> names) {
        int n = Math.min(8, names.size());
        String s = String.join(", ", names.subList(0, n));
        return names.size() > n ? s + " and " + (names.size() - n) + " more" : s;
    }
}
