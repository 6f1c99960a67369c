package org.migrationkit.io.layout;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.model.PopulationFigure;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvHeader;
import org.migrationkit.io.csv.CsvReader;
import org.migrationkit.io.csv.CsvRecord;
import org.migrationkit.io.csv.CsvRecords;

/**
 * Reads the public datasets of the field into the model: the Missing Migrants Project layouts into
 * {@link Incident}s, UNHCR and HXL/DTM tables into {@link PopulationFigure}s. The layout is detected from the header
 * unless one is chosen ({@code --layout}); CSV goes through {@link CsvReader}, JSON through Jackson: the MMP API
 * JSON (a top-level array of flat objects whose values are strings) and the UNHCR API JSON (an object whose
 * {@code items} array holds flat objects, counts as numbers or {@code "-"}; the layout is detected from the first
 * item's properties).
 *
 * <pre>{@code
 * LayoutReader reader = LayoutReader.builder().build();          // layout detected
 * try (LayoutRecords<Incident> records = reader.readIncidents(path)) {
 *     for (ReadResult<Incident> r : records) {
 *         if (r.isRejected()) { ... r.issues() ... } else { ... r.value().dead() ... }
 *     }
 * }
 * }</pre>
 *
 * <p>Every record comes out once, as a value or a rejection with located issues (DESIGN §10 numbering); the
 * record rules ({@code RecordRules}) run on every value, so {@code count.total-mismatch} rejects a record and the
 * partial-count warnings keep it valid. A header that matches no layout gives the file-level
 * {@code layout.unrecognised} naming the closest layout, and no records.
 */
public final class LayoutReader {
    private final @Nullable Layout layout;
    private final CsvReader csv;
    private final @Nullable LocalDate today;
    private final Predicate<IssueCode> rejects;

    private LayoutReader(Builder b) {
        this.layout = b.layout;
        this.csv = b.csv;
        this.today = b.today;
        this.rejects = b.rejects;
    }

    /**
     * Returns a builder: layout detected, {@code CsvReader.builder().build()}, rules checked as of the day read.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a file of incidents (a Missing Migrants Project layout).
     *
     * @param file the file, not null
     * @return the open records; close them
     * @throws UncheckedIOException if the file cannot be opened
     */
    @SuppressWarnings("unchecked")
    public LayoutRecords<Incident> readIncidents(Path file) {
        return (LayoutRecords<Incident>) read(file, file.toString(), "incident");
    }

    /**
     * Reads a file of population figures (UNHCR, DTM, HXL); one result per row holds the row's figures (a UNHCR
     * totals row has one figure per population-type column).
     *
     * @param file the file, not null
     * @return the open records; close them
     * @throws UncheckedIOException if the file cannot be opened
     */
    @SuppressWarnings("unchecked")
    public LayoutRecords<List<PopulationFigure>> readFigures(Path file) {
        return (LayoutRecords<List<PopulationFigure>>) read(file, file.toString(), "population-figure");
    }

    /**
     * Reads a file with whatever layout it has; see {@link LayoutRecords#layout()} for the entity.
     *
     * @param file the file, not null
     * @return the open records; close them
     * @throws UncheckedIOException if the file cannot be opened
     */
    public LayoutRecords<?> read(Path file) {
        return read(file, file.toString(), null);
    }

    /**
     * Reads a file with whatever layout it has, naming it {@code name} in issues (a zip entry, stdin, or a temporary
     * copy of either, is read from a file but named as the user gave it).
     *
     * @param file the file, not null
     * @param name the name issue locations give, not null
     * @return the open records; close them
     * @throws UncheckedIOException if the file cannot be opened
     */
    public LayoutRecords<?> read(Path file, String name) {
        return read(file, Objects.requireNonNull(name, "name"), null);
    }

    private LayoutRecords<?> read(Path file, String name, @Nullable String entity) {
        Objects.requireNonNull(file, "file");
        if (isJson(file)) {
            return readJson(file, name, entity);
        }
        CsvRecords records = csv.open(file, name);
        List<Issue> fileIssues = new CopyOnWriteArrayList<>(records.fileIssues());
        CsvHeader header = records.header();
        if (header.size() == 0) {
            records.close();
            return new LayoutRecords<>(null, name, fileIssues, empty());
        }
        PublicLayout<?> chosen = choose(header, name, entity, fileIssues);
        if (chosen == null) {
            records.close();
            return new LayoutRecords<>(null, name, fileIssues, empty());
        }
        if (chosen instanceof MmpLayout && ((MmpLayout) chosen).splitsShareId()) {
            chosen = ((MmpLayout) chosen).withRepeats(csvIdCounts(file, name, header, (MmpLayout) chosen));
        }
        return csvRecords(records, chosen.bind(header), name, fileIssues);
    }

    private <R> LayoutRecords<R> csvRecords(CsvRecords records, PublicLayout<R> p, String name,
                                             List<Issue> fileIssues) {
        CsvHeader header = records.header();
        int[] index = p.columns.isEmpty() ? identity(header.size()) : header.match(Layouts.accepted(p));
        Iterator<CsvRecord> it = records.iterator();
        int initial = records.fileIssues().size();
        LocalDate day = today != null ? today : LocalDate.now();
        Map<String, Integer> columnNumbers = new HashMap<>();
        Map<String, String> columnNames = new HashMap<>();
        p.tableColumns().forEach((tableColumn, column) -> {
            int i = column < index.length ? index[column] : -1;
            if (i >= 0) {
                columnNumbers.put(tableColumn, i + 1);
                columnNames.put(tableColumn, header.names().get(i));
            }
        });
        return new LayoutRecords<>(p.layout, name, fileIssues, new LayoutRecords.Source<R>() {
            @Override
            public @Nullable ReadResult<R> next() {
                if (!it.hasNext()) {
                    List<Issue> all = records.fileIssues();
                    if (all.size() > initial) {
                        fileIssues.addAll(all.subList(initial, all.size())); // found while reading
                    }
                    return null;
                }
                CsvRecord r = it.next();
                if (r.isRejected()) {
                    return ReadResult.rejection(r.number(), r.line(), String.join(",", r.fields()), r.issues());
                }
                Cells cells = new Cells(name, r.number(), r.line(), rejects) {
                    @Override
                    @Nullable String raw(int column) {
                        int i = column < 0 || column >= index.length ? -1 : index[column];
                        return i < 0 || i >= r.fieldCount() ? null : r.field(i);
                    }

                    @Override
                    @Nullable String field(int column) {
                        int i = column < 0 || column >= index.length ? -1 : index[column];
                        return i < 0 ? null : header.names().get(i);
                    }

                    @Override
                    @Nullable Integer csvColumn(int column) {
                        int i = column < 0 || column >= index.length ? -1 : index[column];
                        return i < 0 ? null : i + 1;
                    }
                };
                for (Issue issue : r.issues()) {
                    cells.add(issue); // warnings of the CSV reader stay with the record
                }
                return finish(p, cells, day, r.fields());
            }

            @Override
            public void close() {
                records.close();
            }
        }, columnNumbers, columnNames);
    }

    private static <R> ReadResult<R> finish(PublicLayout<R> p, Cells cells, LocalDate day, Object raw) {
        R value = null;
        try {
            value = p.map(cells);
        } catch (InvalidValueException e) {
            cells.issue(e.issueCode(), -1, e.getMessage(), null, e.suggestion());
        } catch (IllegalArgumentException e) {
            // A structural rule of the model (e.g. an admin area without p-code or name): the values do not make a
            // record together.
            cells.issue(IssueCode.JSON_INVALID_RECORD, -1, "The record's values do not make a record together: "
                    + e.getMessage(), null, null);
        }
        if (value != null && !cells.hasErrors()) {
            p.checkRules(value, cells, day);
        }
        if (value == null || cells.hasErrors()) {
            if (cells.issues().isEmpty()) {
                cells.issue(IssueCode.JSON_INVALID_RECORD, -1, "The record has no values this layout can read.", null,
                        null);
            }
            return ReadResult.rejection(cells.record, cells.line, raw.toString(), cells.issues());
        }
        return ReadResult.value(cells.record, cells.line, value, cells.issues());
    }

    private @Nullable PublicLayout<?> choose(CsvHeader header, String name, @Nullable String entity,
                                             List<Issue> fileIssues) {
        PublicLayout<?> chosen;
        if (layout != null) {
            chosen = Layouts.publicLayout(layout);
            List<String> keys = new ArrayList<>();
            header.names().forEach(n -> keys.add(org.migrationkit.core.internal.Names.key(n)));
            List<String> missing = Layouts.missing(chosen, keys);
            if (!missing.isEmpty()) {
                fileIssues.add(Issue.of(IssueCode.LAYOUT_COLUMNS_MISSING, "The header lacks columns of layout "
                        + chosen.layout.id() + ": " + missing + "; they read as blank. Check the file, or let the "
                        + "layout be detected (--layout auto).", new IssueLocation(name, null, header.line(), null,
                        null)));
            }
        } else {
            Detection d = Layouts.detect(header);
            if (!d.isRecognised()) {
                fileIssues.add(d.toIssue(name));
                return null;
            }
            chosen = Layouts.publicLayout(Objects.requireNonNull(d.layout()));
        }
        if (entity != null && !chosen.layout.entity().equals(entity)) {
            fileIssues.add(new Issue(IssueCode.LAYOUT_UNRECOGNISED, IssueCode.LAYOUT_UNRECOGNISED.severity(),
                    "The file has layout " + chosen.layout.id() + ", whose records are " + chosen.layout.entity()
                            + ", not " + entity + ": read it as " + chosen.layout.entity() + ".",
                    new IssueLocation(name, null, null, null, null), null, chosen.layout.id()));
            return null;
        }
        return chosen;
    }

    private Map<String, Integer> csvIdCounts(Path file, String name, CsvHeader header, MmpLayout p) {
        int[] index = header.match(Layouts.accepted(p));
        int idAt = index[p.idColumn()];
        Map<String, Integer> counts = new HashMap<>();
        if (idAt < 0) {
            return counts;
        }
        // A first pass over the ids: split incidents repeat web_id, and every one of them is a split (§1.3).
        csv.read(file, name, r -> {
            if (idAt < r.fieldCount()) {
                counts.merge(r.field(idAt).strip(), 1, Integer::sum);
            }
        });
        return counts;
    }

    private static int[] identity(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) {
            a[i] = i;
        }
        return a;
    }

    private static <R> LayoutRecords.Source<R> empty() {
        return new LayoutRecords.Source<>() {
            @Override
            public @Nullable ReadResult<R> next() {
                return null;
            }

            @Override
            public void close() {
                // nothing open
            }
        };
    }

    private static JsonParser openJson(Path file, String name) {
        try {
            return MAPPER.createParser(Files.newInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean isJson(Path file) {
        Path n = file.getFileName();
        return n != null && n.toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    // ---- MMP API JSON: a top-level array of flat objects, every value a string (domain-standards §1.2, layout D)

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    private LayoutRecords<?> readJson(Path file, String name, @Nullable String entity) {
        List<Issue> fileIssues = new CopyOnWriteArrayList<>();
        if (firstToken(file, name) == JsonToken.START_OBJECT) {
            return readUnhcrJson(file, name, entity, fileIssues); // the UNHCR API's {"items": [...]} (§4.2)
        }
        MmpLayout api = (MmpLayout) Layouts.PUBLIC.stream().filter(l -> l instanceof MmpLayout && l.readsJson())
                .findFirst().orElseThrow();
        if (layout != null && !layout.equals(api.layout) || entity != null && !entity.equals("incident")) {
            fileIssues.add(new Issue(IssueCode.LAYOUT_UNRECOGNISED, IssueCode.LAYOUT_UNRECOGNISED.severity(),
                    "A JSON array of objects is read with layout mmp-api only (the MMP API's array of objects); "
                            + "the UNHCR API layouts read a {\"items\": [...]} document.",
                    new IssueLocation(name, null, null, null, null), null, api.layout.id()));
            return new LayoutRecords<>(null, name, fileIssues, empty());
        }
        MmpLayout p = api.withRepeats(jsonIdCounts(file, api));
        JsonParser parser = openJson(file, name);
        LocalDate day = today != null ? today : LocalDate.now();
        List<String> names = p.names();
        return new LayoutRecords<>(p.layout, name, fileIssues, new LayoutRecords.Source<Incident>() {
            private long element;
            private boolean started;
            private boolean done;

            @Override
            public @Nullable ReadResult<Incident> next() throws IOException {
                if (done) {
                    return null;
                }
                try {
                    JsonToken t = parser.nextToken();
                    if (!started) {
                        started = true;
                        if (t == null) {
                            done = true;
                            fileIssues.add(Issue.of(IssueCode.FILE_EMPTY, "The JSON document is empty: the MMP API "
                                    + "writes an array of objects.", new IssueLocation(name, null, null, null, null)));
                            return null;
                        }
                        if (t != JsonToken.START_ARRAY) {
                            done = true;
                            fileIssues.add(Issue.of(IssueCode.JSON_WRONG_TYPE, "The JSON document is not an array: "
                                    + "the MMP API writes a top-level array of objects.",
                                    new IssueLocation(name, null, 1L, null, null)));
                            return null;
                        }
                        t = parser.nextToken();
                    }
                    if (t == JsonToken.END_ARRAY || t == null) {
                        done = true;
                        return null;
                    }
                    element++;
                    long line = Math.max(1, parser.currentTokenLocation().getLineNr());
                    JsonNode node = MAPPER.readTree(parser);
                    if (node == null || !node.isObject()) {
                        Issue issue = Issue.of(IssueCode.JSON_WRONG_TYPE, "Array element " + element
                                + " is not an object: the MMP API writes one flat object per record.",
                                new IssueLocation(name, element, line, null, null));
                        return ReadResult.rejection(element, line, null, List.of(issue));
                    }
                    return finish(p, jsonCells(node, names, name, element, line, "/"), day, node);
                } catch (JsonProcessingException e) {
                    done = true;
                    element++;
                    long line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNr()) : 1;
                    Issue issue = Issue.of(IssueCode.JSON_MALFORMED, "Array element " + element + " is not "
                            + "well-formed JSON: " + e.getOriginalMessage() + ". Reading stops here.",
                            new IssueLocation(name, element, line, null, null));
                    return ReadResult.rejection(element, line, null, List.of(issue));
                }
            }

            @Override
            public void close() throws IOException {
                parser.close(); // and the file: the parser owns its stream (AUTO_CLOSE_SOURCE)
            }
        });
    }

    /** The cells of one flat JSON object; {@code pointer} is the JSON pointer prefix of its properties. */
    private Cells jsonCells(JsonNode node, List<String> names, String file, long element, long line,
                            String pointer) {
        return new Cells(file, element, line, rejects) {
            private @Nullable String key(int column) {
                if (column < 0 || column >= names.size()) {
                    return null;
                }
                String n = names.get(column);
                if (node.has(n)) {
                    return n;
                }
                // The API misspells location_coodinates; accept the right spelling too.
                String alt = n.equals("location_coodinates") ? "location_coordinates" : n;
                return node.has(alt) ? alt : null;
            }

            @Override
            @Nullable String raw(int column) {
                String k = key(column);
                if (k == null) {
                    return null;
                }
                JsonNode v = node.get(k);
                return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
            }

            @Override
            @Nullable String field(int column) {
                String k = key(column);
                return k == null ? null : pointer + k;
            }

            @Override
            @Nullable Integer csvColumn(int column) {
                return null;
            }
        };
    }

    private static Map<String, Integer> jsonIdCounts(Path file, MmpLayout p) {
        Map<String, Integer> counts = new HashMap<>();
        String idName = p.names().get(p.idColumn());
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            int depth = 0;
            for (JsonToken t = parser.nextToken(); t != null; t = parser.nextToken()) {
                if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    depth++;
                } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 2 && idName.equals(parser.currentName())) {
                    parser.nextToken();
                    counts.merge(parser.getValueAsString("").strip(), 1, Integer::sum);
                }
            }
        } catch (IOException e) {
            // A broken document is reported by the reading pass; the ids counted so far serve.
        }
        return counts;
    }

    private static @Nullable JsonToken firstToken(Path file, String name) {
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            return parser.nextToken();
        } catch (JsonProcessingException e) {
            return null; // reported by the reading pass
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    // ---- UNHCR API JSON: {"page", "maxPages", "items": [...]}, counts numbers or "-" (domain-standards §4.2)

    /** Moves the parser into the {@code items} array; false (with a file issue) when the document has none. */
    private static boolean toItems(JsonParser parser, String name, List<Issue> fileIssues) throws IOException {
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ("items".equals(field)) {
                if (value == JsonToken.START_ARRAY) {
                    return true;
                }
                fileIssues.add(Issue.of(IssueCode.JSON_WRONG_TYPE, "The UNHCR API document's \"items\" is not an "
                        + "array: the API writes {\"page\", \"maxPages\", \"items\": [...]}.", new IssueLocation(name,
                        null, (long) Math.max(1, parser.currentTokenLocation().getLineNr()), null, "/items")));
                return false;
            }
            parser.skipChildren();
        }
        fileIssues.add(Issue.of(IssueCode.JSON_MISSING_PROPERTY, "The JSON object has no \"items\" array: the "
                + "UNHCR API writes {\"page\", \"maxPages\", \"items\": [...]}; the MMP API a top-level array.",
                new IssueLocation(name, null, null, null, "/items")));
        return false;
    }

    /** The property names of the first item, to detect the layout (empty when there is none). */
    private static List<String> firstItemKeys(Path file, String name) {
        List<String> keys = new ArrayList<>();
        try (JsonParser parser = MAPPER.createParser(file.toFile())) {
            if (parser.nextToken() == JsonToken.START_OBJECT && toItems(parser, name, new ArrayList<>())
                    && parser.nextToken() == JsonToken.START_OBJECT) {
                for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
                    keys.add(parser.currentName());
                    parser.nextToken();
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            // A broken document is reported by the reading pass.
        }
        return keys;
    }

    @SuppressWarnings("unchecked")
    private LayoutRecords<?> readUnhcrJson(Path file, String name, @Nullable String entity,
                                           List<Issue> fileIssues) {
        List<PublicLayout<?>> json = Layouts.PUBLIC.stream()
                .filter(l -> l instanceof UnhcrLayout && l.readsJson()).toList();
        PublicLayout<?> chosen = null;
        if (layout != null) {
            chosen = json.stream().filter(l -> l.layout.equals(layout)).findFirst().orElse(null);
        } else {
            List<String> keys = new ArrayList<>();
            firstItemKeys(file, name).forEach(k -> keys.add(org.migrationkit.core.internal.Names.key(k)));
            for (PublicLayout<?> l : json) {
                if (!keys.isEmpty() && Layouts.missing(l, keys).isEmpty()
                        && (chosen == null || l.specificity() > chosen.specificity())) {
                    chosen = l;
                }
            }
        }
        if (chosen == null || entity != null && !entity.equals("population-figure")) {
            fileIssues.add(new Issue(IssueCode.LAYOUT_UNRECOGNISED, IssueCode.LAYOUT_UNRECOGNISED.severity(),
                    "A JSON object document is read as the UNHCR API's {\"items\": [...]} with layout "
                            + "unhcr-population-api or unhcr-demographics-api"
                            + (layout != null ? ", not " + layout.id() : entity != null && chosen != null
                            ? ", whose records are population-figure, not " + entity
                            : ": the first item's properties fit neither (see migration layouts)") + ".",
                    new IssueLocation(name, null, null, null, null), null,
                    json.isEmpty() ? null : json.get(0).layout.id()));
            return new LayoutRecords<>(null, name, fileIssues, empty());
        }
        PublicLayout<List<PopulationFigure>> p = (PublicLayout<List<PopulationFigure>>) chosen;
        JsonParser parser = openJson(file, name);
        LocalDate day = today != null ? today : LocalDate.now();
        List<String> names = p.names();
        return new LayoutRecords<>(p.layout, name, fileIssues, new LayoutRecords.Source<List<PopulationFigure>>() {
            private long element;
            private boolean started;
            private boolean done;

            @Override
            public @Nullable ReadResult<List<PopulationFigure>> next() throws IOException {
                if (done) {
                    return null;
                }
                try {
                    if (!started) {
                        started = true;
                        parser.nextToken(); // the document's START_OBJECT, seen by firstToken
                        if (!toItems(parser, name, fileIssues)) {
                            done = true;
                            return null;
                        }
                    }
                    JsonToken t = parser.nextToken();
                    if (t == JsonToken.END_ARRAY || t == null) {
                        done = true; // what follows the items (page, maxPages) is not read
                        return null;
                    }
                    element++;
                    long line = Math.max(1, parser.currentTokenLocation().getLineNr());
                    JsonNode node = MAPPER.readTree(parser);
                    if (node == null || !node.isObject()) {
                        Issue issue = Issue.of(IssueCode.JSON_WRONG_TYPE, "Item " + element + " is not an object: "
                                + "the UNHCR API writes one flat object per item.",
                                new IssueLocation(name, element, line, null, "/items/" + (element - 1)));
                        return ReadResult.rejection(element, line, null, List.of(issue));
                    }
                    return finish(p, jsonCells(node, names, name, element, line, "/items/" + (element - 1) + "/"),
                            day, node);
                } catch (JsonProcessingException e) {
                    done = true;
                    element++;
                    long line = e.getLocation() != null ? Math.max(1, e.getLocation().getLineNr()) : 1;
                    Issue issue = Issue.of(IssueCode.JSON_MALFORMED, "Item " + element + " is not well-formed JSON: "
                            + e.getOriginalMessage() + ". Reading stops here.",
                            new IssueLocation(name, element, line, null, null));
                    return ReadResult.rejection(element, line, null, List.of(issue));
                }
            }

            @Override
            public void close() throws IOException {
                parser.close(); // and the file: the parser owns its stream (AUTO_CLOSE_SOURCE)
            }
        });
    }

    /** Builds a {@link LayoutReader}. Defaults: layout detected, default CSV reader, today's date for the rules. */
    public static final class Builder {
        private @Nullable Layout layout;
        private CsvReader csv = CsvReader.builder().build();
        private @Nullable LocalDate today;
        private Predicate<IssueCode> rejects = code -> code.severity() == Severity.ERROR;

        private Builder() {
        }

        /**
         * Chooses the layout instead of detecting it ({@code --layout}); null or {@code auto} detects it.
         *
         * @param id a public layout id such as {@code mmp-api}, {@code auto}, or null
         * @return this builder
         * @throws IllegalArgumentException if the id is not a public-dataset layout
         */
        public Builder layout(@Nullable String id) {
            if (id == null || id.strip().equals("auto")) {
                this.layout = null;
                return this;
            }
            Layout l = Layouts.byId(id);
            Layouts.publicLayout(l);
            this.layout = l;
            return this;
        }

        /**
         * Sets the CSV reader (encoding, delimiter, limits, parallelism).
         *
         * @param reader the reader, not null
         * @return this builder
         */
        public Builder csvReader(CsvReader reader) {
            this.csv = Objects.requireNonNull(reader, "reader");
            return this;
        }

        /**
         * Sets which codes reject a record, for a run that ignores codes or changes their severity
         * ({@code --ignore}, {@code --severity}): a cell whose issue does not reject is read as blank and its issue,
         * if it was an error, travels as a warning for the run to re-rate. Default: the codes whose severity is error.
         *
         * @param rejecting true for the codes that reject; not null
         * @return this builder
         */
        public Builder rejecting(Predicate<IssueCode> rejecting) {
            this.rejects = Objects.requireNonNull(rejecting, "rejecting");
            return this;
        }

        /**
         * Sets the day the record rules take as today ({@code date.in-future}); by default the day of reading.
         *
         * @param day the day, or null for the day of reading
         * @return this builder
         */
        public Builder today(@Nullable LocalDate day) {
            this.today = day;
            return this;
        }

        /**
         * Builds the reader.
         *
         * @return the reader
         */
        public LayoutReader build() {
            return new LayoutReader(this);
        }

        @Override
        public String toString() {
            return "LayoutReader.Builder[layout=" + (layout == null ? "auto" : layout.id()) + ", today="
                    + (today == null ? "the day of reading" : today) + "]";
        }
    }
}
