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
import java.util.Collections;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.internal.Names;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.RecordKey;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.pipeline.IssuePolicy;
import org.migrationkit.io.pipeline.ValidatorBuilder;
import org.migrationkit.io.schema.Entity;

/**
 * Validates a partner dataset on Spark, one input per entity ({@link SparkInput}: CSV files, or any
 * {@code Dataset<Row>}), with the rules of the local {@code io.pipeline.DatasetValidator}: the same codes, messages,
 * fields and record numbers, and a summary that is the same JSON report (DESIGN §10).
 *
 * <pre>{@code
 * SparkValidation result = SparkValidator.builder().maxIssuesPerCode(100).build().validateInputs(Map.of(
 *         "migrant", SparkInput.csv(spark, "s3://partner/migrants.csv"),
 *         "journey", SparkInput.of(spark.read().parquet("s3://partner/journeys"))));
 * result.issues().write().parquet("s3://partner/issues");
 * String report = result.summary().toJson();
 * }</pre>
 *
 * <p>CSV files given as files ({@link SparkInput#csv}) are read on the executors by migrationkit's own CSV reader,
 * as a local run reads them: with its {@code csv.*} syntax and header issues. A {@code Dataset}'s columns are
 * matched to the entity's table schema by name (ignoring case, spaces, underscores, hyphens and diacritics; aliases
 * accepted) and typed from their text, whatever the column types of the source; Spark's own CSV reader parses a
 * Dataset read from CSV, so there are no {@code csv.*} codes then. Records are numbered from 1 per file (from
 * {@code input_file_name()}) in read order, or per input when the source has no files. Each input is scanned once:
 * the value and record rules run in {@code mapPartitions}; {@code id.duplicate}, {@code ref.missing-migrant},
 * {@code ref.missing-journey} and {@code ref.missing-beneficiary} run in one exchange that brings each id and its
 * references together, and {@code date.before-journey} as joins. Not run on Spark (yet):
 * {@code name.inconsistent-per-code}, {@code spelling.inconsistent} and {@code value.outlier} (they keep first-seen
 * and sampled state that a local run reads in file order). Lines are left out of the issues.
 */
public final class SparkValidator {
    /** The CSV options that make Spark's reader follow RFC 4180: quoted line breaks, doubled quotes. */
    public static final Map<String, String> CSV_OPTIONS = Map.of("header", "true", "multiLine", "true",
            "escape", "\"", "quote", "\"", "mode", "PERMISSIVE", "inferSchema", "false", "encoding", "UTF-8");
    static final String FILE_COLUMN = "__migrationkit_file";

    private final IssuePolicy policy;
    private final Clock clock;

    private SparkValidator(IssuePolicy policy, Clock clock) {
        this.policy = policy;
        this.clock = clock;
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
        Map<String, SparkInput> one = new LinkedHashMap<>();
        one.put(entity, SparkInput.csv(spark, path));
        return builder().build().validateInputs(one);
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
        Map<String, SparkInput> in = new LinkedHashMap<>();
        inputs.forEach((entity, rows) -> in.put(entity, SparkInput.of(rows)));
        return validateInputs(in);
    }

    /**
     * Validates a dataset whose tables are Datasets or CSV files ({@link SparkInput#csv}, read by migrationkit's
     * own CSV reader: the faster input for CSV), one input per entity, checked in the map's iteration order.
     *
     * @param inputs the inputs by entity id ({@code migrant}, {@code journey}, ...); not empty
     * @return the validation: issues as a {@code Dataset<Row>} and the summary
     * @throws IllegalArgumentException if the map is empty, names an unknown entity, or a path has no file
     */
    public SparkValidation validateInputs(Map<String, SparkInput> inputs) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("Give at least one input: an entity id and its Dataset<Row>.");
        }
        long started = clock.millis();
        LocalDate today = LocalDate.now(clock);
        SparkSession spark = inputs.values().iterator().next().spark();
        List<String> names = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        Map<Integer, Long> allRejected = new HashMap<>();
        List<DatasetChecks.Input> passes = new ArrayList<>();
        List<Row> headerIssues = new ArrayList<>();
        Set<IssueCode> errors = errors();
        for (Map.Entry<String, SparkInput> e : inputs.entrySet()) {
            Entity entity = Entity.ofId(e.getKey());
            if (entities.contains(entity)) {
                throw new IllegalArgumentException("Entity " + entity.id() + " is given twice: union its Datasets.");
            }
            int index = names.size();
            entities.add(entity);
            Table<?, ?> table = Tables.of(entity);
            Dataset<Row> ds = e.getValue().rows();
            if (ds == null) {
                passes.add(csvPass(spark, index, entity, e.getValue(), errors, today, names, headerIssues));
                continue;
            }
            String[] files = ds.inputFiles();
            String name = files.length == 1 ? files[0] : entity.id();
            names.add(name);
            String[] columns = ds.columns();
            int[] match = match(table, columns);
            List<String> missing = header(table, columns, match, index, name, headerIssues);
            if (!missing.isEmpty()) {
                // As the local reader: a required column missing rejects every record, with one issue for the file.
                allRejected.put(index, ds.count());
                continue;
            }
            // One pass per input: each row is typed and checked once; record numbers are fixed up afterwards from
            // the run sizes the same pass counts (Runs), so the input is scanned once.
            Dataset<Row> withFile = ds.withColumn(FILE_COLUMN, input_file_name());
            DataType[] types = Arrays.stream(withFile.schema().fields()).map(StructField::dataType)
                    .toArray(DataType[]::new);
            RowChecker checker = new RowChecker(index, entity, match, types, columns.length, today, notErrors());
            Dataset<Row> pass = Internal.frame(spark, Internal.rows(withFile).mapPartitionsWithIndex(checker, true),
                    Out.PASS);
            passes.add(new DatasetChecks.Input(index, entity, pass, columnOf(table, match, keyField(entity)),
                    columnOf(table, match, "date")));
        }
        List<Dataset<Row>> persisted = new ArrayList<>();
        Runs runs = Runs.of(List.of(), names);
        Dataset<Row> located = null;
        if (!passes.isEmpty()) {
            DatasetChecks first = new DatasetChecks(passes);
            List<DatasetChecks.Input> kept = new ArrayList<>();
            for (DatasetChecks.Input in : passes) {
                // Only the inputs the before-journey joins read besides the exchange are kept between the two.
                Dataset<Row> pass = in.pass();
                if (first.joins(in.entity())) {
                    pass = pass.persist(StorageLevel.MEMORY_AND_DISK());
                    persisted.add(pass);
                }
                kept.add(new DatasetChecks.Input(in.index(), in.entity(), pass, in.keyColumn(), in.dateColumn()));
            }
            DatasetChecks checks = new DatasetChecks(kept);
            Dataset<Row> resolved = checks.resolved().persist(StorageLevel.MEMORY_AND_DISK());
            persisted.add(resolved);
            List<Runs.Counted> counted = new ArrayList<>();
            for (Row r : resolved.filter(col("kind").equalTo(Out.RUN))
                    .select("input", "part", "run", "file", "count", "keys", "rejected").collectAsList()) {
                counted.add(new Runs.Counted(r.getInt(0), r.getInt(1), r.getInt(2), r.getString(3), r.getLong(4),
                        r.getLong(5), r.isNullAt(6) ? 0 : r.getLong(6)));
            }
            runs = Runs.of(counted, names);
            Set<String> unchecked = new HashSet<>();
            for (IssueCode c : List.of(IssueCode.REF_MISSING_MIGRANT, IssueCode.REF_MISSING_JOURNEY,
                    IssueCode.REF_MISSING_BENEFICIARY)) {
                // As the local rules: references to a table are checked only when the dataset has that table's ids.
                int target = checks.targetOf(c);
                if (target < 0 || !runs.hasKeys(target)) {
                    unchecked.add(c.code());
                }
            }
            located = spark.createDataFrame(resolved.filter(col("kind").equalTo(Out.ISSUE)).javaRDD()
                    .flatMap(new Locate(runs, entities.toArray(new Entity[0]), unchecked)), SparkValidation.INTERNAL);
        }
        List<SparkValidation.Input> states = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            Long rejected = allRejected.get(i);
            states.add(new SparkValidation.Input(entities.get(i), names.get(i),
                    rejected != null ? rejected : runs.records(i), rejected != null ? rejected : runs.rejectedWhole(i)));
        }
        Dataset<Row> all = located;
        if (!headerIssues.isEmpty()) {
            Dataset<Row> header = spark.createDataFrame(headerIssues, SparkValidation.INTERNAL);
            all = all == null ? header : all.unionByName(header);
        }
        if (all == null) {
            all = spark.createDataFrame(List.of(), SparkValidation.INTERNAL);
        }
        // Persisted: the summary's jobs and the caller's actions on issues() would each redo the fix-up otherwise.
        Dataset<Row> effective = effective(all, states).persist(StorageLevel.MEMORY_AND_DISK());
        persisted.add(effective);
        return new SparkValidation(effective, states, persisted, policy.failOn(), policy.maxIssuesPerCode(),
                Instant.ofEpochMilli(started), clock);
    }

    /**
     * The pass over an input of CSV files: their headers read here (the file issues, the delimiter), their splits
     * read and checked by the executors with migrationkit's CSV reader ({@link CsvChecker}).
     */
    private static DatasetChecks.Input csvPass(SparkSession spark, int index, Entity entity, SparkInput input,
            Set<IssueCode> errors, LocalDate today, List<String> names, List<Row> headerIssues) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        CsvFiles.Plan plan = CsvFiles.plan(spark, conf, Objects.requireNonNull(input.path()), input, entity, errors);
        List<CsvFiles.Head> heads = plan.heads();
        names.add(heads.size() == 1 ? heads.get(0).name() : entity.id());
        for (int f = 0; f < heads.size(); f++) {
            CsvFiles.Head h = heads.get(f);
            for (Issue i : plan.issues().get(f)) {
                IssueLocation at = i.location();
                headerIssues.add(RowFactory.create(index, null, i.code().code(), i.severity().code(), i.message(),
                        h.name(), null, at.column(), at.field(), i.value(), i.suggestion()));
            }
        }
        Table<?, ?> table = Tables.of(entity);
        // The id and date columns of the issues the dataset rules find: those of the first file's header.
        int[] match = heads.isEmpty() ? new int[table.fields().size()] : match(table,
                heads.get(0).names().toArray(new String[0]));
        if (heads.isEmpty()) {
            Arrays.fill(match, -1);
        }
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<CsvFiles.Conf> shared = jsc.broadcast(new CsvFiles.Conf(conf));
        List<CsvFiles.Split> splits = plan.splits();
        CsvChecker checker = new CsvChecker(index, entity, heads, shared, input.encoding(), errors, today);
        Dataset<Row> pass = Internal.frame(spark, jsc.parallelize(splits, Math.max(1, splits.size()))
                .mapPartitionsWithIndex(checker, true), Out.PASS);
        return new DatasetChecks.Input(index, entity, pass, columnOf(table, match, keyField(entity)),
                columnOf(table, match, "date"));
    }

    /** The codes that reject a record in this run, as the local validator decides. */
    private Set<IssueCode> errors() {
        Set<IssueCode> out = EnumSet.noneOf(IssueCode.class);
        for (IssueCode c : IssueCode.values()) {
            if (policy.rejects(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static @Nullable String keyField(Entity entity) {
        List<String> key = RecordKey.of(entity).columns();
        return key.isEmpty() ? null : key.get(0);
    }

    /** The 1-based column of a field, or null where the table has no such field or the input no such column. */
    private static @Nullable Integer columnOf(Table<?, ?> table, int[] match, @Nullable String field) {
        Field<?, ?> f = field == null ? null : table.findField(field);
        return f == null || match[f.index()] < 0 ? null : match[f.index()] + 1;
    }

    /**
     * Turns the located issues of the exchange into the issue rows: file, record number and position from the
     * numbered runs, the message of a duplicate id (which names the file of the id's first record), and drops the
     * references to a table that gave no ids.
     */
    private static final class Locate implements FlatMapFunction<Row, Row> {
        private static final long serialVersionUID = 1L;

        private final Runs runs;
        private final Entity[] entities;
        private final Set<String> unchecked;

        Locate(Runs runs, Entity[] entities, Set<String> unchecked) {
            this.runs = runs;
            this.entities = entities;
            this.unchecked = Set.copyOf(unchecked);
        }

        @Override
        public Iterator<Row> call(Row r) {
            String code = r.getString(Out.R_CODE);
            if (unchecked.contains(code)) {
                return Collections.emptyIterator();
            }
            int input = r.getInt(Out.R_INPUT);
            long offset = r.getLong(Out.R_OFFSET);
            Runs.Run run = runs.run(input, r.getInt(Out.R_PART), r.getInt(Out.R_RUN));
            String message = r.getString(Out.R_MESSAGE);
            if (message == null) {
                Runs.Run first = runs.run(input, r.getInt(Out.R_FIRST_PART), r.getInt(Out.R_FIRST_RUN));
                message = DatasetChecks.duplicateMessage(entities[input], first.file().equals(run.file())
                        ? "an earlier record of this file" : "a record of " + first.file());
            }
            return List.of(RowFactory.create(input, run.seq() + offset, code, r.getString(Out.R_SEVERITY), message,
                    run.file(), run.first() + offset, r.get(Out.R_COLUMN), r.get(Out.R_FIELD), r.get(Out.R_VALUE),
                    r.get(Out.R_SUGGESTION))).iterator();
        }
    }

    /** The codes that are errors by default but do not reject in this run. */
    private Set<IssueCode> notErrors() {
        Set<IssueCode> out = EnumSet.noneOf(IssueCode.class);
        for (IssueCode c : IssueCode.values()) {
            if (c.severity() == Severity.ERROR && !policy.rejects(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Applies ignore and severity overrides first, as the local validator does, and adds entity and level. */
    private Dataset<Row> effective(Dataset<Row> all, List<SparkValidation.Input> states) {
        Dataset<Row> kept = all;
        Set<IssueCode> ignored = policy.ignored();
        if (!ignored.isEmpty()) {
            kept = kept.filter(functions.not(col("code").isin(ignored.stream().map(IssueCode::code).toArray())));
        }
        Column severity = col("severity");
        if (!policy.severities().isEmpty()) {
            List<Column> pairs = new ArrayList<>();
            policy.severities().forEach((c, s) -> {
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
            for (String n : f.column().acceptedNames()) {
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
        return "SparkValidator[" + policy + "]";
    }

    /**
     * Configures a {@link SparkValidator}. Defaults: fail on errors, nothing ignored, default severities, 1,000
     * issues kept per code in the summary, the system clock in UTC.
     */
    public static final class Builder extends ValidatorBuilder<Builder> {
        private Builder() {
        }

        /**
         * Builds the validator; it can validate any number of datasets.
         *
         * @return the validator
         */
        public SparkValidator build() {
            return new SparkValidator(issuePolicy(), clockSetting());
        }
    }
}
