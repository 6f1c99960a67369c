package org.migrationkit.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.Entity;

/**
 * Validates a partner dataset held as Spark {@code Dataset<Row>}s, one per entity, with the rules of the local
 * {@code io.pipeline.DatasetValidator}: the same codes, messages, fields and record numbers, and a summary that is
 * the same JSON report (DESIGN §10).
 *
 * <pre>{@code
 * Dataset<Row> migrants = SparkValidator.readCsv(spark, "s3://partner/migrants.csv");
 * SparkValidation result = SparkValidator.builder().maxIssuesPerCode(100).build()
 *         .validate(Map.of("migrant", migrants, "journey", SparkValidator.readCsv(spark, "s3://partner/journeys.csv")));
 * result.issues().write().parquet("s3://partner/issues");
 * String report = result.summary().toJson();
 * }</pre>
 *
 * <p>Columns are matched to the entity's table schema by name (ignoring case, spaces, underscores, hyphens and
 * diacritics; aliases accepted) and typed from their text, whatever the column types of the source. Records are
 * numbered from 1 per file (from {@code input_file_name()}) in read order, or per input when the source has no
 * files. The value and record rules run in {@code mapPartitions}; the dataset rules run as aggregations and joins:
 * {@code id.duplicate}, {@code ref.missing-migrant}, {@code ref.missing-journey}, {@code ref.missing-beneficiary} and
 * {@code date.before-journey}. Not run on Spark (yet): {@code name.inconsistent-per-code},
 * {@code spelling.inconsistent} and {@code value.outlier} (they keep first-seen and sampled state that a local run
 * reads in file order), and the CSV scanner's own {@code csv.*} syntax codes (Spark's reader parses the file). Lines
 * are not known to Spark and are left out.
 */
public final class SparkValidator {
    /** The CSV options that make Spark's reader follow RFC 4180: quoted line breaks, doubled quotes. */
    public static final Map<String, String> CSV_OPTIONS = Map.of("header", "true", "multiLine", "true",
            "escape", "\"", "quote", "\"", "mode", "PERMISSIVE", "inferSchema", "false", "encoding", "UTF-8");
    static final String FILE_COLUMN = "__migrationkit_file";

    private final @Nullable Severity failOn;
    private final Set<IssueCode> ignored;
    private final Map<IssueCode, Severity> severities;
    private final long maxIssuesPerCode;
    private final Clock clock;

    private SparkValidator(Builder b) {
        this.failOn = b.failOn;
        this.ignored = Set.copyOf(b.ignored);
        this.severities = Map.copyOf(b.severities);
        this.maxIssuesPerCode = b.maxIssuesPerCode;
        this.clock = b.clock;
    }

    /**
     * Returns a builder with the defaults of the local validator: fail on errors, no code ignored, default
     * severities, at most 1,000 issues kept per code in the summary, the system clock in UTC.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads a CSV file (or folder of files) the RFC 4180 way, every column as text: the input the validator
     * expects from CSV.
     *
     * @param spark the session, not null
     * @param path the file or folder, in any file system Spark reads, not null
     * @return the rows
     */
    public static Dataset<Row> readCsv(SparkSession spark, String path) {
        return spark.read().options(CSV_OPTIONS).csv(Objects.requireNonNull(path, "path"));
    }

    /**
     * Validates one CSV table with the default options: the entry point for PySpark, through the JVM gateway, with
     * plain types only.
     *
     * @param spark the session, not null
     * @param path the CSV file or folder, not null
     * @param entity the entity id ({@code migrant}, {@code journey}, {@code leg}, {@code assistance-event}, ...)
     * @return the validation
     * @throws IllegalArgumentException if the entity is unknown
     */
    public static SparkValidation validateCsv(SparkSession spark, String path, String entity) {
        Map<String, Dataset<Row>> one = new LinkedHashMap<>();
        one.put(entity, readCsv(spark, path));
        return builder().build().validate(one);
    }

    /**
     * Validates a dataset: one input per entity, checked in the map's iteration order (use a {@link LinkedHashMap}
     * for a stable order of the summary's inputs).
     *
     * @param inputs the inputs by entity id ({@code migrant}, {@code journey}, ...); not empty
     * @return the validation: issues as a {@code Dataset<Row>} and the summary
     * @throws IllegalArgumentException if the map is empty or names an unknown entity
     */
    public SparkValidation validate(Map<String, Dataset<Row>> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("Give at least one input: an entity id and its Dataset<Row>.");
        }
        long started = clock.millis();
        LocalDate today = LocalDate.now(clock);
        SparkSession spark = inputs.values().iterator().next().sparkSession();
        List<SparkValidation.Input> states = new ArrayList<>();
        Map<Entity, DatasetChecks.Input> checked = new EnumMap<>(Entity.class);
        List<Dataset<Row>> issues = new ArrayList<>();
        List<Row> headerIssues = new ArrayList<>();
        for (Map.Entry<String, Dataset<Row>> e : inputs.entrySet()) {
            Entity entity = Entity.ofId(e.getKey());
            if (checked.containsKey(entity)) {
                throw new IllegalArgumentException("Entity " + entity.id() + " is given twice: union its Datasets.");
            }
            int index = states.size();
            Dataset<Row> ds = e.getValue();
            String[] files = ds.inputFiles();
            String name = files.length == 1 ? files[0] : entity.id();
            Table<?, ?> table = Tables.of(entity);
            String[] names = ds.columns();
            int[] match = match(table, names);
            List<String> missing = header(table, names, match, index, name, headerIssues);
            if (!missing.isEmpty()) {
                // As the local reader: a required column missing rejects every record, with one issue for the file.
                long records = ds.count();
                states.add(new SparkValidation.Input(entity, name, null, records, true));
                continue;
            }
            Dataset<Row> withFile = ds.withColumn(FILE_COLUMN, input_file_name());
            JavaRDD<Row> rows = withFile.javaRDD();
            int fileIndex = names.length;
            // Counted on the file column alone: the scan has the same splits, and the reader converts one column.
            Map<Integer, List<Runs.Run>> runs = Runs.of(withFile.select(FILE_COLUMN).javaRDD(), 0);
            RowChecker checker = new RowChecker(entity, match, names.length + 1, fileIndex, name, today,
                    new HashMap<>(runs), notErrors());
            Dataset<Row> out = spark.createDataFrame(rows.mapPartitionsWithIndex(checker, true), Out.SCHEMA)
                    .persist(StorageLevel.MEMORY_AND_DISK());
            // One job reads and checks the input once (the pass is persisted for the issues and the dataset rules)
            // and tells whether the table has ids, which the reference rules need.
            long records = runs.values().stream().flatMap(List::stream).mapToLong(Runs.Run::count).sum();
            long keys = out.filter(col("kind").equalTo(Out.KEY)).count();
            Field<?, ?> date = table.findField("date");
            Integer dateColumn = date == null || match[date.index()] < 0 ? null : match[date.index()] + 1;
            checked.put(entity, new DatasetChecks.Input(index, entity, out, keys > 0, dateColumn));
            states.add(new SparkValidation.Input(entity, name, out, records, false));
            issues.add(out.filter(col("kind").equalTo(Out.ISSUE)).select(lit(index).as("input"), col("seq"),
                    col("code"), col("severity"), col("message"), col("file"), col("record"), col("column"),
                    col("field"), col("value"), col("suggestion")));
        }
        issues.addAll(new DatasetChecks(checked).issues());
        if (!headerIssues.isEmpty()) {
            issues.add(spark.createDataFrame(headerIssues, SparkValidation.INTERNAL));
        }
        Dataset<Row> all = issues.get(0);
        for (int i = 1; i < issues.size(); i++) {
            all = all.unionByName(issues.get(i));
        }
        // Persisted: the summary's jobs and the caller's actions on issues() would each redo the joins otherwise.
        Dataset<Row> effective = effective(all, states).persist(StorageLevel.MEMORY_AND_DISK());
        return new SparkValidation(effective, states, failOn, maxIssuesPerCode, Instant.ofEpochMilli(started), clock);
    }

    /** The codes that are errors by default but do not reject in this run. */
    private Set<IssueCode> notErrors() {
        Set<IssueCode> out = EnumSet.noneOf(IssueCode.class);
        for (IssueCode c : IssueCode.values()) {
            if (c.severity() == Severity.ERROR && (ignored.contains(c)
                    || severities.getOrDefault(c, Severity.ERROR) != Severity.ERROR)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Applies ignore and severity overrides first, as the local validator does, and adds entity and level. */
    private Dataset<Row> effective(Dataset<Row> all, List<SparkValidation.Input> states) {
        Dataset<Row> kept = all;
        if (!ignored.isEmpty()) {
            kept = kept.filter(functions.not(col("code").isin(ignored.stream().map(IssueCode::code).toArray())));
        }
        Column severity = col("severity");
        if (!severities.isEmpty()) {
            List<Column> pairs = new ArrayList<>();
            severities.forEach((c, s) -> {
                pairs.add(lit(c.code()));
                pairs.add(lit(s.code()));
            });
            severity = coalesce(element_at(functions.map(pairs.toArray(new Column[0])), col("code")), severity);
        }
        List<Column> levels = new ArrayList<>();
        for (IssueCode c : IssueCode.values()) {
            levels.add(lit(c.code()));
            levels.add(lit(c.level().code()));
        }
        List<Column> entities = new ArrayList<>();
        for (int i = 0; i < states.size(); i++) {
            entities.add(lit(i));
            entities.add(lit(states.get(i).entity().id()));
        }
        return kept.select(col("input"), col("seq"), element_at(functions.map(entities.toArray(new Column[0])),
                col("input")).as("entity"), col("code"), severity.as("severity"),
                element_at(functions.map(levels.toArray(new Column[0])), col("code")).as("level"), col("message"),
                col("file"), col("record"), col("column"), col("field"), col("value"), col("suggestion"));
    }

    /** For each field of the table, the 0-based index of the first column naming it (or an alias), or -1. */
    static int[] match(Table<?, ?> table, String[] names) {
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            byKey.putIfAbsent(Names.key(names[i]), i);
        }
        List<? extends Field<?, ?>> fields = table.fields();
        int[] out = new int[fields.size()];
        Arrays.fill(out, -1);
        for (int k = 0; k < out.length; k++) {
            Field<?, ?> f = fields.get(k);
            List<String> accepted = new ArrayList<>();
            accepted.add(f.name());
            accepted.addAll(f.column().aliases());
            for (String n : accepted) {
                Integer at = byKey.get(Names.key(n));
                if (at != null && (out[k] < 0 || at < out[k])) {
                    out[k] = at;
                }
            }
        }
        return out;
    }

    /** The header issues of an input, as the local CSV reader words them; returns the missing required columns. */
    private static List<String> header(Table<?, ?> table, String[] names, int[] match, int input, String name,
            List<Row> out) {
        boolean[] used = new boolean[names.length];
        for (int m : match) {
            if (m >= 0) {
                used[m] = true;
            }
        }
        String tableName = table.entity().tableName();
        Map<String, Integer> firstOf = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            firstOf.putIfAbsent(names[i], i);
        }
        for (int i = 0; i < names.length; i++) {
            String n = names[i];
            if (used[i] || n.isBlank() || firstOf.get(n) != i) {
                continue;
            }
            out.add(SparkValidation.internalRow(input, IssueCode.HEADER_UNKNOWN_COLUMN, "Column " + (i + 1) + " ("
                    + n + ") is not a column of " + tableName + " and is not read; the columns are "
                    + table.schema().header() + ".", name, i + 1, n));
        }
        List<String> missing = new ArrayList<>();
        List<? extends Field<?, ?>> fields = table.fields();
        for (int k = 0; k < match.length; k++) {
            Field<?, ?> f = fields.get(k);
            if (match[k] < 0 && f.column().isRequired()) {
                out.add(SparkValidation.internalRow(input, IssueCode.HEADER_MISSING_COLUMN, "The header has no column "
                        + f.name() + (f.column().aliases().isEmpty() ? "" : " (or " + String.join(", ",
                                f.column().aliases()) + ")") + ", which " + tableName + " requires ("
                        + f.column().description() + "): every record is rejected. Add the column, or rename the "
                        + "one holding it (names compare ignoring case, spaces and underscores).", name, null,
                        f.name()));
                missing.add(f.name());
            }
        }
        return missing;
    }


    @Override
    public String toString() {
        return "SparkValidator[failOn=" + (failOn == null ? "never" : failOn.code()) + ", ignore=" + ignored
                + ", severity=" + severities + ", maxIssuesPerCode=" + maxIssuesPerCode + "]";
    }

    /**
     * Configures a {@link SparkValidator}. Defaults: fail on errors, nothing ignored, default severities, 1,000
     * issues kept per code in the summary, the system clock in UTC.
     */
    public static final class Builder {
        private @Nullable Severity failOn = Severity.ERROR;
        private final Set<IssueCode> ignored = EnumSet.noneOf(IssueCode.class);
        private final Map<IssueCode, Severity> severities = new EnumMap<>(IssueCode.class);
        private long maxIssuesPerCode = 1_000;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets the severity at or above which the summary's exit code is 1.
         *
         * @param severity the severity, or null to never fail
         * @return this builder
         */
        public Builder failOn(@Nullable Severity severity) {
            this.failOn = severity;
            return this;
        }

        /**
         * Ignores a code: its issues are dropped, not counted, and reject nothing.
         *
         * @param code the code, not null
         * @return this builder
         */
        public Builder ignore(IssueCode code) {
            ignored.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /**
         * Overrides the severity of a code, for rejection, summary and exit code.
         *
         * @param code the code, not null
         * @param severity the severity, not null
         * @return this builder
         */
        public Builder severity(IssueCode code, Severity severity) {
            severities.put(Objects.requireNonNull(code, "code"), Objects.requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * Sets how many issues of a code the summary keeps; the rest are counted ({@link SparkValidation#issues()}
         * has them all).
         *
         * @param max the cap, 0 for no cap
         * @return this builder
         * @throws IllegalArgumentException if {@code max} is negative
         */
        public Builder maxIssuesPerCode(long max) {
            if (max < 0) {
                throw new IllegalArgumentException("max issues per code is " + max + ": give 0 (no cap) or more.");
            }
            this.maxIssuesPerCode = max;
            return this;
        }

        /**
         * Sets the clock: the summary's start time and duration, and "today" for dates in the future.
         *
         * @param newClock the clock, not null
         * @return this builder
         */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Builds the validator; it can validate any number of datasets.
         *
         * @return the validator
         */
        public SparkValidator build() {
            return new SparkValidator(this);
        }
    }
}
