package org.migrationkit.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.vocab.HxlTag;

/**
 * Reads CSV (RFC 4180) at the level of bytes: records, fields and the problems of the input, each located, never
 * thrown. Configure once with {@link #builder()}, then read any number of inputs.
 *
 * <pre>{@code
 * CsvReader reader = CsvReader.builder().build();       // delimiter and HXL row detected, UTF-8
 * CsvSummary summary = reader.read(path, record -> {
 *     if (record.isRejected()) { ... record.issues() ... } else { ... record.field(0) ... }
 * });
 * }</pre>
 *
 * <p><b>What it accepts.</b> UTF-8 with or without a byte order mark (validated: an invalid sequence rejects its
 * record with {@code encoding.invalid-utf8} and its byte offset), Windows-1252 or ISO-8859-1 when chosen (decoded
 * per field), UTF-16 with a byte order mark (transcoded to UTF-8 first; a byte order mark decides the encoding);
 * the delimiter {@code ,}, {@code ;} or tab, detected from the header line outside quotes unless set; CRLF, LF and
 * CR line ends, mixed; quoted fields with doubled quotes and line breaks; blank lines, which are not records (they
 * still count as lines); an optional HXL hashtag row right under the header. A {@code .gz} path is read through
 * gzip.
 *
 * <p><b>Nothing lost.</b> Every record comes out once, accepted or rejected with its raw cells and issues; the
 * counts of {@link CsvSummary} always add up. A header-only input is valid and has no records. An empty input
 * ({@code file.empty}) or a binary one ({@code file.binary}) has no records and a file-level issue.
 *
 * <p><b>Quotes.</b> A quote inside an unquoted field is a literal character ({@code 12" pipe}), as in Excel and
 * most readers. Text after a closing quote ({@code "abc"def}) is kept ({@code abcdef}), and a quote in it opens a
 * quoted section again, but the record is rejected: {@code csv.stray-quote} when the quoted part is on one line,
 * {@code csv.unclosed-quote} when it spans lines (a quote was most likely left open earlier). A quote still open at
 * the end of the input is {@code csv.unclosed-quote}; the rest of the input is that one value.
 *
 * <p><b>Limits</b> (defaults: field 1,048,576 characters, record 16,777,216, 1,024 columns; characters are code
 * points for UTF-8) reject the record that exceeds them, keeping the first 256 bytes of the cells concerned, and
 * reading goes on; an oversized field is skipped, never held in memory.
 *
 * <p><b>Parallel reading.</b> A seekable file is read by {@link Builder#parallelism(int)} threads over byte ranges
 * (see {@code ParallelSource}: speculative range starts confirmed by the previous range, serial fallback); a stream
 * by a parser thread feeding the consumer. Either way the consumer sees the records in input order, numbered
 * exactly as a serial read numbers them.
 */
public final class CsvReader {
    private static final int SAMPLE = 64 * 1024;

    private final int delimiter;
    private final boolean hxlRow;
    private final Charset encoding;
    private final int maxFieldChars;
    private final int maxRecordChars;
    private final int maxColumns;
    private final int parallelism;
    private final long chunkSize;
    private final int bufferSize;
    private final int slowThreshold;
    private final @Nullable LongAdder bytesRead;

    private CsvReader(Builder b) {
        this.delimiter = b.delimiter;
        this.hxlRow = b.hxlRow;
        this.encoding = b.encoding;
        this.maxFieldChars = b.maxFieldChars;
        this.maxRecordChars = b.maxRecordChars;
        this.maxColumns = b.maxColumns;
        this.parallelism = b.parallelism;
        this.chunkSize = b.chunkSize;
        this.bufferSize = b.bufferSize;
        this.slowThreshold = b.slowThreshold;
        this.bytesRead = b.bytesRead;
    }

    /**
     * Returns a builder with the defaults: delimiter detected, HXL row detected, UTF-8, limits of 1,048,576
     * characters per field, 16,777,216 per record and 1,024 columns, one thread per available core.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Opens a file; its records are read as they are iterated. The file is named by its path in issues.
     *
     * @param file the file, not null
     * @return the open input; close it
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvRecords open(Path file) {
        return open(file, file.toString());
    }

    /**
     * Opens a file, naming it {@code name} in issues (DESIGN §10: the path as given, {@code !/entry} for a zip entry).
     *
     * @param file the file, not null
     * @param name the name for issue locations, not null
     * @return the open input; close it
     * @throws UncheckedIOException if the file cannot be opened or read
     */
    public CsvRecords open(Path file, String name) {
        return open(file, name, null);
    }

    /** Opens a file whose records a typing hook, made once the header is read, types (on the range workers). */
    CsvRecords open(Path file, String name, @Nullable Typing typing) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(name, "name");
        try {
            Path fileName = file.getFileName();
            if (fileName != null && fileName.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
                InputStream in = new GZIPInputStream(java.nio.file.Files.newInputStream(file), 65536);
                return openStream(in, name, typing);
            }
            FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
            try {
                long size = ch.size();
                byte[] sample = new byte[(int) Math.min(size, SAMPLE)];
                int n = ByteInput.of(ch, 0).readFully(sample, 0, sample.length);
                if (bytesRead != null) {
                    bytesRead.add(n);
                }
                // Read in parallel, the ranges count the bytes after the sample themselves; read serially, the
                // rest of the file counts as it is read.
                ByteInput rest = parallelism > 1 ? ByteInput.of(ch, n) : ByteInput.counted(ByteInput.of(ch, n),
                        bytesRead);
                return start(sample, n, rest, ch, ch, size, name, typing);
            } catch (IOException | RuntimeException e) {
                ch.close();
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a stream (stdin, a zip entry, ...); it is read once, by a parser thread when parallelism is above 1.
     *
     * @param in the stream, not null; closed with the returned input
     * @param name the name for issue locations, e.g. {@code -} for stdin, not null
     * @return the open input; close it
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CsvRecords open(InputStream in, String name) {
        return open(in, name, null);
    }

    /** Opens a stream whose records a typing hook types (on the consumer's thread: the parser thread scans). */
    CsvRecords open(InputStream in, String name, @Nullable Typing typing) {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(name, "name");
        try {
            return openStream(in, name, typing);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads a file, giving each record to {@code action} in input order on the calling thread.
     *
     * @param file the file, not null
     * @param action receives every record, accepted or rejected, not null
     * @return the header, file-level issues and counts
     * @throws UncheckedIOException if the file cannot be read
     */
    public CsvSummary read(Path file, Consumer<? super CsvRecord> action) {
        return read(file, file.toString(), action);
    }

    /**
     * Reads a file named {@code name} in issues, giving each record to {@code action} in input order on the calling
     * thread.
     *
     * @param file the file, not null
     * @param name the name for issue locations, not null
     * @param action receives every record, accepted or rejected, not null
     * @return the header, file-level issues and counts
     * @throws UncheckedIOException if the file cannot be read
     */
    public CsvSummary read(Path file, String name, Consumer<? super CsvRecord> action) {
        try (CsvRecords records = open(file, name)) {
            records.forEach(action);
            return records.summary();
        }
    }

    /**
     * Reads a stream, giving each record to {@code action} in input order on the calling thread.
     *
     * @param in the stream, not null; closed at the end
     * @param name the name for issue locations, not null
     * @param action receives every record, accepted or rejected, not null
     * @return the header, file-level issues and counts
     * @throws UncheckedIOException if the stream cannot be read
     */
    public CsvSummary read(InputStream in, String name, Consumer<? super CsvRecord> action) {
        try (CsvRecords records = open(in, name)) {
            records.forEach(action);
            return records.summary();
        }
    }

    private CsvRecords openStream(InputStream in, String name, @Nullable Typing typing) throws IOException {
        try {
            byte[] sample = new byte[SAMPLE];
            ByteInput input = ByteInput.counted(ByteInput.of(in), bytesRead);
            int n = input.readFully(sample, 0, SAMPLE);
            return start(sample, n, input, in, null, -1, name, typing);
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private CsvRecords start(byte[] sample, int n, ByteInput rest, Closeable resource, @Nullable FileChannel channel,
                             long size, String name, @Nullable Typing typing) throws IOException {
        List<Issue> fileIssues = new CopyOnWriteArrayList<>();
        Charset charset = encoding;
        int from = 0;
        Boolean bigEndian = null;
        if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
            from = 3;
            charset = StandardCharsets.UTF_8;
        } else if (n >= 2 && (sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE) {
            from = 2;
            bigEndian = false;
        } else if (n >= 2 && (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF) {
            from = 2;
            bigEndian = true;
        } else if (charset.equals(StandardCharsets.UTF_16LE)) {
            bigEndian = false;
        } else if (charset.equals(StandardCharsets.UTF_16BE) || charset.equals(StandardCharsets.UTF_16)) {
            bigEndian = true;
        }
        ByteInput input = ByteInput.prefixed(sample, from, n - from, rest);
        Charset reported = charset;
        boolean seekable = channel != null;
        long dataOffset = from;
        if (bigEndian != null) {
            // UTF-16: transcoded to UTF-8 as it is read, so the scanner only ever sees UTF-8; not seekable then.
            input = new Utf16Input(input, bigEndian, from, name, fileIssues);
            reported = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            charset = StandardCharsets.UTF_8;
            byte[] transcoded = new byte[SAMPLE];
            int m = input.readFully(transcoded, 0, SAMPLE);
            input = ByteInput.prefixed(transcoded, 0, m, input);
            sample = transcoded;
            n = m;
            from = 0;
            seekable = false;
            dataOffset = 0;
        }
        IssueLocation whole = new IssueLocation(name, null, null, null, null);
        String binary = Sniffer.binary(sample, from, n);
        if (binary != null) {
            fileIssues.add(Issue.of(IssueCode.FILE_BINARY, "The input is not text: " + binary + ". Check that this "
                    + "is the CSV export (not a zip, Excel, PDF or image file); UTF-16 text needs a byte order mark "
                    + "or the encoding set to UTF-16LE or UTF-16BE.", whole));
            resource.close();
            return empty(name, fileIssues, charset, reported);
        }
        byte delim = delimiter != 0 ? (byte) delimiter : Sniffer.delimiter(sample, from, n);
        Settings settings = new Settings(delim, charset, maxFieldChars, maxRecordChars, maxColumns, bufferSize,
                slowThreshold);
        Recycler recycler = typing != null ? new Recycler() : null;
        ChunkReader reader = new ChunkReader(new Scanner(settings), input, dataOffset, Long.MAX_VALUE)
                .recycling(recycler);
        if (seekable) {
            reader.sizeHint(size - dataOffset);
        } else if (n < SAMPLE) {
            reader.sizeHint(n - from); // the whole input is in the sample
        }
        Batch head = reader.next(1);
        if (head == null || head.records == 0) {
            fileIssues.add(Issue.of(IssueCode.FILE_EMPTY, "The input is empty: it has no header line (at most blank "
                    + "lines or a byte order mark). A CSV input starts with a line naming its columns.", whole));
            resource.close();
            return empty(name, fileIssues, charset, reported);
        }
        long headerLine = 1 + head.recLines[0];
        List<String> names = new CsvRecord(head, 0, 1, headerLine, List.of(), charset).fields();
        if (head.issues != null) {
            for (IssueDraft d : head.issues) {
                fileIssues.add(IssueMessages.toIssue(d, name, null, headerLine, names, settings));
            }
        }
        checkNames(names, name, headerLine, fileIssues);
        long dataPos = head.endPos;
        long dataLines = head.endLines;
        HxlTag[] tags = null;
        Batch pending = null;
        if (hxlRow) {
            reader.scanner().expectedFields = names.size();
            Batch candidate = reader.next(1);
            if (candidate != null && candidate.records == 1) {
                tags = hxlTags(candidate, names.size(), charset);
                if (tags != null) {
                    dataPos = candidate.endPos;
                    dataLines = candidate.endLines;
                } else {
                    pending = candidate;
                }
            }
        }
        reader.scanner().expectedFields = names.size();
        CsvHeader header = new CsvHeader(names, tags, (char) delim, reported, headerLine);
        java.util.function.Supplier<BatchTyper> typers = typing == null ? null
                : typing.start(header, settings, fileIssues);
        BatchSource source;
        if (seekable && parallelism > 1) {
            int columns = names.size();
            source = new ParallelSource(Objects.requireNonNull(channel), () -> {
                Scanner s = new Scanner(settings);
                s.expectedFields = columns;
                return s;
            }, typers, dataPos, 1 + dataLines, size, chunkSize, parallelism, bytesRead, n, recycler);
        } else {
            SerialSource serial = new SerialSource(reader, resource);
            if (pending != null) {
                serial.push(pending);
            }
            source = parallelism > 1 ? new StreamSource(serial, resource, 4) : serial;
        }
        return new CsvRecords(name, header, fileIssues, source, settings, typers, recycler);
    }

    /** Makes the typers of a read once its header is known; see {@code CsvTableReader}. */
    interface Typing {
        /**
         * Matches the header, adding file-level issues.
         *
         * @return a typer per thread, or null when the records are not to be typed
         */
        java.util.function.@Nullable Supplier<BatchTyper> start(CsvHeader header, Settings settings,
                List<Issue> fileIssues);
    }

    private CsvRecords empty(String name, List<Issue> fileIssues, Charset charset, Charset reported) {
        Settings settings = new Settings((byte) ',', charset, maxFieldChars, maxRecordChars, maxColumns, bufferSize,
                slowThreshold);
        return new CsvRecords(name, new CsvHeader(List.of(), null, delimiter != 0 ? (char) delimiter : ',',
                reported, 1), fileIssues, null, settings, null);
    }

    private static void checkNames(List<String> names, String file, long line, List<Issue> issues) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            IssueLocation at = new IssueLocation(file, null, line, i + 1, n.isBlank() ? null : n);
            if (n.isBlank()) {
                issues.add(Issue.of(IssueCode.HEADER_BLANK, "Column " + (i + 1) + " of the header has no name: give "
                        + "it one, or its values cannot be matched to a column by name.", at));
                continue;
            }
            Integer first = seen.putIfAbsent(Names.key(n), i);
            if (first != null) {
                issues.add(Issue.of(IssueCode.HEADER_DUPLICATE, "Columns " + (first + 1) + " and " + (i + 1)
                        + " are both named \"" + n + "\" (names compare ignoring case, spaces and underscores): "
                        + "rename one; matching by name takes column " + (first + 1) + ".", at));
            }
        }
    }

    /** The tags of the first data line when every non-blank cell is an HXL tag (and there is one), else null. */
    private static HxlTag @Nullable [] hxlTags(Batch candidate, int columns, Charset charset) {
        if (candidate.issues != null) {
            for (IssueDraft d : candidate.issues) {
                if (d.code() != IssueCode.CSV_FIELD_COUNT) {
                    return null;
                }
            }
        }
        List<String> cells = new CsvRecord(candidate, 0, 1, 1, List.of(), charset).fields();
        HxlTag[] tags = new HxlTag[columns];
        boolean any = false;
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i).strip();
            if (c.isEmpty()) {
                continue;
            }
            if (i >= columns) {
                return null; // a tag without a column: not an HXL row
            }
            var tag = HxlTag.lookup(c);
            if (!tag.isFound()) {
                return null;
            }
            tags[i] = tag.value();
            any = true;
        }
        return any ? tags : null;
    }

    /** Returns the settings, e.g. {@code CsvReader[delimiter=detect, hxlRow=true, encoding=UTF-8, ...]}. */
    @Override
    public String toString() {
        return "CsvReader[delimiter=" + (delimiter == 0 ? "detect" : delimiter == '\t' ? "\\t"
                : String.valueOf((char) delimiter)) + ", hxlRow=" + hxlRow + ", encoding=" + encoding.name()
                + ", maxFieldChars=" + maxFieldChars + ", maxRecordChars=" + maxRecordChars + ", maxColumns="
                + maxColumns + ", parallelism=" + parallelism + "]";
    }

    /**
     * Options of a {@link CsvReader}; defaults: delimiter detected, HXL row detected, UTF-8, field limit 1,048,576
     * characters, record limit 16,777,216, 1,024 columns, parallelism = available processors.
     */
    public static final class Builder {
        private int delimiter;
        private boolean hxlRow = true;
        private Charset encoding = StandardCharsets.UTF_8;
        private int maxFieldChars = 1 << 20;
        private int maxRecordChars = 1 << 24;
        private int maxColumns = 1024;
        private int parallelism = Runtime.getRuntime().availableProcessors();
        private long chunkSize = 4L << 20;
        private int bufferSize = 1 << 20;
        private int slowThreshold = 2 << 20;
        private @Nullable LongAdder bytesRead;

        private Builder() {
        }

        /**
         * Sets the delimiter instead of detecting it from the header line.
         *
         * @param delimiter an ASCII character other than a quote, CR, LF or NUL, e.g. {@code ';'} or {@code '\t'}
         * @return this builder
         * @throws IllegalArgumentException if the delimiter is not allowed
         */
        public Builder delimiter(char delimiter) {
            if (delimiter == 0 || delimiter >= 0x80 || delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
                throw new IllegalArgumentException("Delimiter U+" + String.format("%04X", (int) delimiter)
                        + " is not allowed: use an ASCII character other than a quote, CR, LF or NUL, such as , ; "
                        + "or tab.");
            }
            this.delimiter = delimiter;
            return this;
        }

        /**
         * Detects the delimiter ({@code ,}, {@code ;} or tab) from the header line, counting outside quotes; the
         * default. Ties go to {@code ,}, then {@code ;}.
         *
         * @return this builder
         */
        public Builder detectDelimiter() {
            this.delimiter = 0;
            return this;
        }

        /**
         * Sets whether the first line after the header is taken as an HXL hashtag row when every non-blank cell of
         * it is an HXL tag (default true). A later line that looks like tags is data.
         *
         * @param detect false to read the first line after the header always as a record
         * @return this builder
         */
        public Builder hxlRow(boolean detect) {
            this.hxlRow = detect;
            return this;
        }

        /**
         * Sets the encoding of inputs without a byte order mark (a byte order mark always wins).
         *
         * @param encoding UTF-8 (default), windows-1252, ISO-8859-1, UTF-16, UTF-16LE or UTF-16BE; not null
         * @return this builder
         * @throws IllegalArgumentException for another encoding
         */
        public Builder encoding(Charset encoding) {
            String n = Objects.requireNonNull(encoding, "encoding").name();
            if (!List.of("UTF-8", "windows-1252", "ISO-8859-1", "UTF-16", "UTF-16LE", "UTF-16BE").contains(n)) {
                throw new IllegalArgumentException("Encoding " + n + " is not supported: use UTF-8, windows-1252, "
                        + "ISO-8859-1, UTF-16, UTF-16LE or UTF-16BE.");
            }
            this.encoding = encoding;
            return this;
        }

        /**
         * Sets the most characters a field may have; a record with a longer field is rejected.
         *
         * @param max at least 1; default 1,048,576
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxFieldChars(int max) {
            this.maxFieldChars = positive(max, "maxFieldChars");
            return this;
        }

        /**
         * Sets the most characters a record may have (its raw text, quotes and delimiters included).
         *
         * @param max at least 1; default 16,777,216
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxRecordChars(int max) {
            this.maxRecordChars = positive(max, "maxRecordChars");
            return this;
        }

        /**
         * Sets the most fields a record may have.
         *
         * @param max at least 1; default 1,024
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxColumns(int max) {
            this.maxColumns = positive(max, "maxColumns");
            return this;
        }

        /**
         * Sets the number of threads reading a seekable file (1: everything on the calling thread; above 1 a stream
         * gets one parser thread).
         *
         * @param threads at least 1; default the available processors
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder parallelism(int threads) {
            this.parallelism = positive(threads, "parallelism");
            return this;
        }

        /**
         * Sets a counter the reader adds the bytes it reads to, for a progress display on another thread. With a
         * seekable file read in parallel, bytes count when a range is read, ahead of the records delivered.
         *
         * @param counter the counter, or null for none (the default)
         * @return this builder
         */
        public Builder bytesRead(@Nullable LongAdder counter) {
            this.bytesRead = counter;
            return this;
        }

        // Test hooks: small ranges and buffers make every path run on small files.
        Builder chunkSize(long bytes) {
            this.chunkSize = bytes;
            return this;
        }

        Builder bufferSize(int bytes) {
            this.bufferSize = bytes;
            return this;
        }

        Builder slowThreshold(int bytes) {
            this.slowThreshold = bytes;
            return this;
        }

        private static int positive(int v, String name) {
            if (v < 1) {
                throw new IllegalArgumentException(name + " must be at least 1, got " + v);
            }
            return v;
        }

        /**
         * Returns the reader.
         *
         * @return a reader with these options; it can read any number of inputs, also concurrently
         */
        public CsvReader build() {
            return new CsvReader(this);
        }

        /** Returns the options as {@link CsvReader#toString()} shows them. */
        @Override
        public String toString() {
            return build().toString();
        }
    }
}
