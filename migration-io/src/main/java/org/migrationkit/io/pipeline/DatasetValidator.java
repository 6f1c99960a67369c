package org.migrationkit.io.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.layout.Layouts;
import org.migrationkit.io.report.InputReport;
import org.migrationkit.io.report.ValidationReport;

/**
 * Validates a partner dataset end to end (DESIGN §6): reads its inputs (files, folders, zips, data packages,
 * {@code .gz}, stdin), checks every record at the value, record and dataset levels, and returns a
 * {@link ValidationReport}. Streams in bounded memory: a reader thread parses and types while the calling thread
 * checks, issue order is kept, and the issues kept per code are capped.
 *
 * <pre>{@code
 * ValidationReport report = DatasetValidator.builder()
 *         .failOn(Severity.ERROR)
 *         .ignore(IssueCode.VALUE_OUTLIER)
 *         .maxIssuesPerCode(100)
 *         .build()
 *         .validate(Path.of("partner"));
 * System.exit(report.exitCode());
 * }</pre>
 *
 * <p>Memory: besides the capped issues, the dataset rules keep 128-bit id fingerprints per table (about 27 bytes an
 * id whatever its width, at most {@link Builder#idBudgetBytes(long)} for all tables together: 64 MiB by default,
 * about 1.5 million ids; past it a {@code limit.id-budget} warning says from which record the table's later ids go to
 * temporary files, where their duplicates and the references to them are checked at the end), the first journey date
 * per journey and migrant, the distinct spellings of places and providers (at most 5,000 a column) and one name per
 * admin area code (at most 100,000 codes); references, dates across tables and outliers are spilled to temporary files
 * and checked at the end.
 */
public final class DatasetValidator {
    /** The default cap of issues kept per code (DESIGN §10). */
    public static final long DEFAULT_MAX_ISSUES_PER_CODE = 1_000;
    /** The default budget of the id tables of a dataset, all tables together, in bytes. */
    public static final long DEFAULT_ID_BUDGET = 64L << 20;
    static final int MAX_ZIP_ENTRIES = 1_000;
    // The clock is read every 4,096 records and the listener told at most every 100 ms: cheap on the hot path.
    private static final long PROGRESS_MASK = (1 << 12) - 1;
    /**
     * The record of an input at which its id table is sized for the whole file, from the bytes read so far: late
     * enough that the reading ahead hardly counts, early enough to spare the table its larger doublings.
     */
    private static final long SIZE_IDS_AT = 1 << 17;
    private static final long PROGRESS_INTERVAL_MS = 100;
    static final long ZIP_BUDGET = 4L << 30;

    private final IssuePolicy policy;
    private final Clock clock;
    private final Charset encoding;
    private final @Nullable String layout;
    private final InputStream stdin;
    private final long idBudget;
    private final int maxZipEntries;
    private final long zipBudget;
    private final @Nullable ProgressListener progress;

    private DatasetValidator(Builder b) {
        this.policy = b.issuePolicy();
        this.clock = b.clockSetting();
        this.encoding = b.encoding;
        this.layout = b.layout;
        this.stdin = b.stdin;
        this.idBudget = b.idBudget;
        this.maxZipEntries = b.maxZipEntries;
        this.zipBudget = b.zipBudget;
        this.progress = b.progress;
    }

    /**
     * Returns a builder with the defaults: fail on errors, no code ignored, default severities, at most 1,000 issues
     * kept per code, the system clock in UTC, UTF-8, layout detected, stdin of the process.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Validates the dataset made of the given paths.
     *
     * @param paths files, folders, zips, data packages or {@code .gz} files, read in this order; not empty
     * @return the report
     * @throws UncheckedIOException if none of the paths can be opened (each unreadable path among readable ones is
     *     an input with a {@code file.unreadable} issue instead)
     * @throws IllegalArgumentException if no path is given
     */
    public ValidationReport validate(Path... paths) {
        return validate(Arrays.stream(paths).map(Path::toString).toList());
    }

    /**
     * Validates the dataset made of the given paths, as given on a command line: {@code -} is stdin.
     *
     * @param paths the paths as given, read in this order; not empty
     * @return the report
     * @throws UncheckedIOException if none of the paths can be opened
     * @throws IllegalArgumentException if no path is given
     */
    public ValidationReport validate(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("Give at least one path: a file, a folder, a .zip, a datapackage.json, "
                    + "a .gz file or - for stdin.");
        }
        long start = clock.millis();
        ValidationReport.Builder report = ValidationReport.builder().failOn(policy.failOn());
        Tally tally = new Tally(policy, report);
        LocalDate today = LocalDate.now(clock);
        List<InputState> states = new ArrayList<>();
        Progress checked = new Progress();
        try (Inputs inputs = new Inputs(maxZipEntries, zipBudget, stdin);
                DatasetRules rules = new DatasetRules(idBudget)) {
            List<InputSource> sources = inputs.resolve(paths);
            if (inputs.opened() == 0) {
                String reason = "No input could be opened: " + String.join("; ", inputs.failures());
                throw new UncheckedIOException(reason, new IOException(reason));
            }
            checked.totalBytes = totalBytes(sources);
            rules.expect(Readers.tables(sources, layout));
            checked.lastTold = clock.millis();
            for (InputSource source : sources) {
                InputState state = read(source, states.size(), tally, rules, today, checked);
                states.add(state);
            }
            rules.finish((input, issue, wasRejected) -> {
                InputState s = states.get(input);
                if (tally.add(issue) && !wasRejected) {
                    s.rejected++;
                }
            });
        }
        if (progress != null) {
            progress.progress(checked.records, checked.bytes.sum(), checked.totalBytes);
        }
        for (InputState s : states) {
            report.input(new InputReport(s.name, s.layout, s.entity == null ? null : s.entity.id(), s.records,
                    s.records - s.rejected, s.rejected));
        }
        return report.timing(clock.instant().minusMillis(clock.millis() - start), Math.max(0, clock.millis() - start))
                .build();
    }

    private InputState read(InputSource source, int index, Tally tally, DatasetRules rules, LocalDate today,
            Progress checked) {
        List<Issue> fileIssues = new ArrayList<>(source.issues());
        long bytesBefore = checked.bytes.sum();
        InputReader reader = null;
        if (source.isReadable()) {
            try {
                reader = Readers.open(source, new Readers.Options(layout, encoding, policy::rejects, today,
                        checked.bytes), fileIssues);
            } catch (UncheckedIOException | IOException e) {
                fileIssues.add(failure(source.name(), e, 0));
            }
        }
        InputState state = new InputState(index, source.name(), reader == null ? null : reader.layout().id(),
                reader == null ? null : reader.entity(), reader);
        rules.input(state);
        if (reader != null) {
            // Two cores even for one input: the reader's thread reads, this one runs the dataset rules; the record
            // rules, and what the dataset rules need of each value, run on the one with room (see Pipelined).
            boolean ownRules = !reader.checksRecordRules();
            DatasetRules.Extractor x = DatasetRules.extractor(state.entity);
            java.util.function.Function<ReadResult<?>, Checked> step = result -> checked(state, result, today,
                    ownRules, x);
            try (InputReader r = reader; Pipelined<Checked> records = Pipelined.start(r.read(), source.name(), step,
                    !r.readsInParallel())) {
                records.onBatch(steps -> rules.touch(state, steps, Checked::facts));
                check(state, records, tally, rules, checked, fileBytes(source), bytesBefore);
                fileIssues.addAll(r.fileIssues());
            } catch (RuntimeException e) {
                if (Pipelined.ioCause(e) == null) {
                    throw e;
                }
                fileIssues.add(failure(source.name(), e, state.records));
            }
        }
        for (Issue i : fileIssues) {
            tally.add(i);
        }
        return state;
    }

    /**
     * What the reader thread works out for one read result: the record-rule issues of its value, and what the dataset
     * rules need of it (null when the input is not one of our tables; for a row of several records, {@code each}).
     */
    private record Checked(List<Issue> rules, DatasetRules.@Nullable Facts facts,
            DatasetRules.Facts @Nullable [] each) {
        static final Checked NONE = new Checked(List.of(), null, null);
    }

    private static Checked checked(InputState in, ReadResult<?> r, LocalDate today, boolean ownRules,
            DatasetRules.@Nullable Extractor x) {
        Object v = r.findValue().orElse(null);
        if (v == null) {
            return Checked.NONE;
        }
        List<Issue> rules = ownRules ? recordRules(in, r, today) : List.of();
        if (x == null) {
            return rules.isEmpty() ? Checked.NONE : new Checked(rules, null, null);
        }
        if (v instanceof List<?> values) {
            DatasetRules.Facts[] each = new DatasetRules.Facts[values.size()];
            for (int i = 0; i < each.length; i++) {
                each[i] = x.facts(values.get(i));
            }
            return new Checked(rules, null, each);
        }
        return new Checked(rules, x.facts(v), null);
    }

    /** The record-rule issues of a value, located at the input's columns; sensitive values left out. */
    private static List<Issue> recordRules(InputState in, ReadResult<?> r, LocalDate today) {
        Object v = r.isRejected() ? null : r.value();
        if (!(v instanceof Checkable c)) {
            return List.of();
        }
        // Located only when there are issues: most records have none, and a location is three objects.
        List<Issue> found = RecordRules.check(c, today, IssueLocation.nowhere());
        if (found.isEmpty()) {
            return found;
        }
        IssueLocation row = in.at(r.record(), r.line(), null);
        List<Issue> located = new ArrayList<>(found.size());
        for (Issue i : found) {
            IssueLocation at = in.field(row.withField(i.location().field()));
            Issue issue = i.withLocation(at);
            located.add(in.isSensitive(at.field()) ? issue.withValue(null) : issue);
        }
        return located;
    }

    private void check(InputState in, Pipelined<Checked> records, Tally tally, DatasetRules rules,
            Progress checked, long fileBytes, long bytesBefore) {
        // Made once: a method reference made per record was made through its method handle (Unsafe.allocateInstance),
        // not inlined into this loop's compiled code: 12 % of the checking thread.
        java.util.function.Predicate<Issue> report = tally::add;
        while (records.hasNext()) {
            if (in.records == SIZE_IDS_AT && fileBytes > 0) {
                // The records to come, from the bytes read so far (a little ahead of the records checked, so low).
                long read = checked.bytes.sum() - bytesBefore;
                if (read > 0) {
                    rules.expectIds(in, fileBytes * in.records / read - in.records);
                }
            }
            ReadResult<?> r = records.next();
            boolean rejected = r.isRejected();
            for (Issue i : r.issues()) {
                // A required column missing is one file-level issue, which every record of the file carries.
                if (i.location().record() == null && i.code() == IssueCode.HEADER_MISSING_COLUMN) {
                    continue;
                }
                rejected |= tally.add(i);
            }
            Optional<?> value = r.findValue();
            if (value.isPresent()) {
                Object v = value.get();
                Checked c = records.step();
                for (Issue i : c.rules()) {
                    rejected |= tally.add(i);
                }
                DatasetRules.Facts[] each = c.each();
                DatasetRules.Facts facts = c.facts();
                if (each != null) {
                    // A row of a public table that holds several records (a UNHCR row: one figure per column).
                    List<?> values = (List<?>) v;
                    for (int k = 0; k < each.length; k++) {
                        rejected = rules.record(in, r.record(), r.line(), values.get(k), each[k], rejected,
                                report);
                    }
                } else if (facts != null) {
                    rejected = rules.record(in, r.record(), r.line(), v, facts, rejected, report);
                }
            }
            in.records++;
            if (rejected) {
                in.rejected++;
            }
            if ((++checked.records & PROGRESS_MASK) == 0 && progress != null) {
                long now = clock.millis();
                if (now - checked.lastTold >= PROGRESS_INTERVAL_MS) {
                    checked.lastTold = now;
                    progress.progress(checked.records, checked.bytes.sum(), checked.totalBytes);
                }
            }
        }
    }

    /** How far one validation has got: records checked, bytes read (by the reader thread), when it last told. */
    private static final class Progress {
        final LongAdder bytes = new LongAdder();
        long records;
        long lastTold;
        @Nullable Long totalBytes;
    }

    /** The bytes of a file on disk; -1 when unknown (a stream, or a file whose size cannot be read). */
    private static long fileBytes(InputSource source) {
        Path p = source.path();
        try {
            return p == null ? -1 : java.nio.file.Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    /** The bytes of all inputs when every one is a file on disk; null when one is a stream (stdin, zip, gz). */
    private static @Nullable Long totalBytes(List<InputSource> sources) {
        long total = 0;
        for (InputSource s : sources) {
            if (!s.isReadable()) {
                continue;
            }
            long bytes = fileBytes(s);
            if (bytes < 0) {
                return null;
            }
            total += bytes;
        }
        return total;
    }

    static Issue failure(String name, Throwable e, long records) {
        Throwable cause = Pipelined.ioCause(e);
        Throwable shown = cause == null ? e : cause;
        String after = records == 0 ? "" : " after " + records + " records (those are reported)";
        if (shown instanceof ZipBombException) {
            return Issue.of(IssueCode.ZIP_BOMB, shown.getMessage() + " Reading stopped" + after + ".",
                    new IssueLocation(name, null, null, null, null));
        }
        String m = shown.getMessage();
        return Issue.of(IssueCode.FILE_UNREADABLE, "Cannot read " + name + after + ": " + (m == null
                ? shown.getClass().getSimpleName() : m) + ".", new IssueLocation(name, null, null, null, null));
    }

    @Override
    public String toString() {
        return "DatasetValidator[" + policy + ", encoding=" + encoding
                + ", layout=" + (layout == null ? "auto" : layout) + "]";
    }

    /**
     * Configures a {@link DatasetValidator}. Defaults: fail on errors, nothing ignored, default severities, 1,000
     * issues kept per code, the system clock in UTC, UTF-8, layout {@code auto}, the process's stdin for {@code -},
     * 64 MiB for the id tables.
     */
    public static final class Builder extends ValidatorBuilder<Builder> {
        private Charset encoding = StandardCharsets.UTF_8;
        private @Nullable String layout;
        private InputStream stdin = System.in;
        private long idBudget = DEFAULT_ID_BUDGET;
        private int maxZipEntries = MAX_ZIP_ENTRIES;
        private long zipBudget = ZIP_BUDGET;
        private @Nullable ProgressListener progress;

        private Builder() {
        }

        /**
         * Sets a listener told how far validation has got: records checked, bytes read and the total bytes when
         * known. It is told at most every 100 ms of the {@link #clock(Clock) clock} (checked every 4,096 records) and
         * once at the end, on the checking thread, so it must be quick.
         *
         * @param listener the listener, or null for none
         * @return this builder
         */
        public Builder progress(@Nullable ProgressListener listener) {
            this.progress = listener;
            return this;
        }

        /**
         * Sets the encoding of CSV inputs without a byte order mark.
         *
         * @param charset UTF-8, windows-1252 or ISO-8859-1; not null
         * @return this builder
         */
        public Builder encoding(Charset charset) {
            this.encoding = Objects.requireNonNull(charset, "charset");
            return this;
        }

        /**
         * Sets the layout every input is read with: {@code auto} (recognised from file names and headers), one of
         * our tables ({@code entity:<entity>}) or a public dataset ({@code mmp-api}, {@code unhcr-population-hdx},
         * {@code dtm-api-hxl}, ...; see {@link org.migrationkit.io.layout.Layouts#all()}).
         *
         * @param id the layout id, not null
         * @return this builder
         * @throws IllegalArgumentException if the layout is unknown
         */
        public Builder layout(String id) {
            Objects.requireNonNull(id, "id");
            layout = id.equals("auto") ? null : Layouts.byId(id).id();
            return this;
        }

        /**
         * Sets what {@code -} reads.
         *
         * @param in the stream, not null; not closed
         * @return this builder
         */
        public Builder stdin(InputStream in) {
            this.stdin = Objects.requireNonNull(in, "in");
            return this;
        }

        /**
         * Sets the most memory the id tables of a dataset may take together (and, at the end, once more for the first
         * journey of each migrant); past it, the ids of the table that hit it go to temporary files, and their
         * duplicates and the references to them are found at the end, in passes of half the budget (slower); a
         * {@code limit.id-budget} warning says from which record.
         *
         * @param bytes the budget, at least 1 MiB
         * @return this builder
         * @throws IllegalArgumentException if the budget is below 1 MiB
         */
        public Builder idBudgetBytes(long bytes) {
            if (bytes < (1 << 20)) {
                throw new IllegalArgumentException("id budget " + bytes + " bytes is below 1 MiB.");
            }
            this.idBudget = bytes;
            return this;
        }

        Builder zipLimits(int entries, long budget) {
            this.maxZipEntries = entries;
            this.zipBudget = budget;
            return this;
        }

        /**
         * Builds the validator; it can validate any number of datasets.
         *
         * @return the validator
         */
        public DatasetValidator build() {
            return new DatasetValidator(this);
        }
    }
}
