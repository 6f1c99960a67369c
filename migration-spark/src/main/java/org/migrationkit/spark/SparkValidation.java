package org.migrationkit.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.report.InputReport;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.schema.Entity;

/**
 * The result of a {@link SparkValidator} run: every issue as a {@code Dataset<Row>} (lazy, over the persisted
 * issues) and the summary as the library's {@link ValidationReport}, whose JSON is the report of a local
 * run (DESIGN §10). {@link #close()} releases the data the run persisted (the issues, and the passes of the inputs the joins read twice).
 */
public final class SparkValidation implements AutoCloseable {
    /** The issue columns before the entity and level are added; also the rows of header issues. */
    static final StructType INTERNAL = new StructType()
            .add("input", DataTypes.IntegerType, false)
            .add("seq", DataTypes.LongType, true)
            .add("code", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("message", DataTypes.StringType, false)
            .add("file", DataTypes.StringType, true)
            .add("record", DataTypes.LongType, true)
            .add("column", DataTypes.IntegerType, true)
            .add("field", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("suggestion", DataTypes.StringType, true);

    /**
     * One input of the run.
     *
     * @param rejectedWhole the records rejected without an issue of their own: those of a file that misses a
     *     required column (its one header issue says why)
     */
    record Input(Entity entity, String name, long records, long rejectedWhole) {
    }

    /** Up to this many issues, the summary is counted on the driver from one collect. */
    static final int LOCAL_SUMMARY = 100_000;

    private final Dataset<Row> effective;
    private final List<Input> inputs;
    private final List<Dataset<Row>> persisted;
    private final @Nullable Severity failOn;
    private final long cap;
    private final Instant started;
    private final Clock clock;
    private @Nullable ValidationReport summary;

    SparkValidation(Dataset<Row> effective, List<Input> inputs, List<Dataset<Row>> persisted,
            @Nullable Severity failOn, long cap, Instant started, Clock clock) {
        this.effective = effective;
        this.inputs = List.copyOf(inputs);
        this.persisted = List.copyOf(persisted);
        this.failOn = failOn;
        this.cap = cap;
        this.started = started;
        this.clock = clock;
    }

    static Row internalRow(int input, IssueCode code, String message, String file, @Nullable Integer column,
            String field) {
        return RowFactory.create(input, null, code.code(), code.severity().code(), message, file, null, column, field,
                null, null);
    }

    /**
     * Returns every issue found, ignored codes left out and overridden severities applied: columns {@code entity},
     * {@code code}, {@code severity}, {@code level}, {@code message}, {@code file} (from {@code input_file_name()},
     * else the input's name), {@code record} (1-based in its file, null for a file-level issue), {@code column}
     * (1-based), {@code field}, {@code value} (null where the column is sensitive) and {@code suggestion}.
     *
     * @return the issues, lazily computed
     */
    public Dataset<Row> issues() {
        return effective.drop("input", "seq");
    }

    /**
     * Returns the summary: records, valid and rejected per input, issue counts by severity and code, and the first
     * issues of each code up to the cap, in input and record order. Computed on the first call (a few Spark jobs).
     *
     * @return the report; {@link ValidationReport#toJson()} is the JSON report of DESIGN §10
     */
    public synchronized ValidationReport summary() {
        ValidationReport s = summary;
        if (s == null) {
            s = computeSummary(LOCAL_SUMMARY);
            summary = s;
        }
        return s;
    }

    /**
     * Returns the summary as JSON, for callers with plain types only (PySpark).
     *
     * @return the JSON report
     */
    public String summaryJson() {
        return summary().toJson();
    }

    /** The summary, counted on the driver when there are at most {@code local} issues, else by Spark jobs. */
    ValidationReport computeSummary(int local) {
        // Issues are usually few: then one job collects them and the summary is counted on the driver; past the
        // limit, Spark counts, ranks and keeps (three jobs) and only the kept issues come to the driver.
        List<Row> few = local <= 0 ? List.of() : effective.limit(local + 1).collectAsList();
        Map<Integer, Long> rejected = new HashMap<>();
        List<Row> rows;
        Map<String, Long> counts = new HashMap<>();
        if (local > 0 && few.size() <= local) {
            Set<String> bad = new HashSet<>();
            for (Row r : few) {
                counts.merge(r.getString(r.fieldIndex("code")) + "|" + r.getString(r.fieldIndex("severity")), 1L,
                        Long::sum);
                if (Severity.ERROR.code().equals(r.getString(r.fieldIndex("severity")))
                        && !r.isNullAt(r.fieldIndex("record"))
                        && bad.add(r.getInt(r.fieldIndex("input")) + "|" + r.getString(r.fieldIndex("file")) + "|"
                                + r.getLong(r.fieldIndex("record")))) {
                    rejected.merge(r.getInt(r.fieldIndex("input")), 1L, Long::sum);
                }
            }
            rows = new ArrayList<>(few);
            if (cap > 0) {
                // The window's order below: input, seq, column, field, nulls first.
                rows.sort(Comparator.<Row>comparingInt(r -> r.getInt(r.fieldIndex("input")))
                        .thenComparing(r -> r.isNullAt(r.fieldIndex("seq")) ? null : r.getLong(r.fieldIndex("seq")),
                                Comparator.nullsFirst(Comparator.<Long>naturalOrder()))
                        .thenComparing(r -> r.isNullAt(r.fieldIndex("column")) ? null
                                : r.getInt(r.fieldIndex("column")), Comparator.nullsFirst(Comparator.<Integer>naturalOrder()))
                        .thenComparing(r -> r.getString(r.fieldIndex("field")),
                                Comparator.nullsFirst(Comparator.<String>naturalOrder())));
                Map<String, Long> taken = new HashMap<>();
                rows.removeIf(r -> taken.merge(r.getString(r.fieldIndex("code")), 1L, Long::sum) > cap);
            }
        } else {
            for (Row r : effective.filter(col("severity").equalTo(Severity.ERROR.code()).and(col("record")
                    .isNotNull())).select("input", "file", "record").distinct().groupBy("input").count()
                    .collectAsList()) {
                rejected.put(r.getInt(0), r.getLong(1));
            }
            Dataset<Row> kept = effective;
            if (cap > 0) {
                kept = effective.withColumn("rank", row_number().over(Window.partitionBy("code")
                        .orderBy("input", "seq", "column", "field"))).filter(col("rank").leq(cap)).drop("rank");
            }
            rows = new ArrayList<>(kept.collectAsList());
            for (Row r : effective.groupBy("code", "severity").count().collectAsList()) {
                counts.put(r.getString(0) + "|" + r.getString(1), r.getLong(2));
            }
        }
        ValidationReport.Builder report = ValidationReport.builder().failOn(failOn);
        for (int i = 0; i < inputs.size(); i++) {
            Input in = inputs.get(i);
            long records = in.records();
            long bad = in.rejectedWhole() + rejected.getOrDefault(i, 0L);
            report.input(new InputReport(in.name(), "entity:" + in.entity().id(), in.entity().id(), records,
                    records - bad, bad));
        }
        rows.sort(Comparator.<Row>comparingInt(r -> r.getInt(r.fieldIndex("input")))
                .thenComparingLong(r -> r.isNullAt(r.fieldIndex("seq")) ? -1 : r.getLong(r.fieldIndex("seq")))
                .thenComparingInt(r -> IssueCode.ofCode(r.getString(r.fieldIndex("code"))).level().ordinal()));
        Map<String, Long> keptBySeverity = new HashMap<>();
        for (Row r : rows) {
            Issue i = issue(r);
            report.issue(i, true);
            keptBySeverity.merge(i.code().code() + "|" + i.severity().code(), 1L, Long::sum);
        }
        for (Map.Entry<String, Long> e : new TreeMap<>(counts).entrySet()) {
            String[] cs = e.getKey().split("\\|", 2);
            IssueCode code = IssueCode.ofCode(cs[0]);
            Severity severity = Severity.ofCode(cs[1]);
            long more = e.getValue() - keptBySeverity.getOrDefault(e.getKey(), 0L);
            // The report builder counts issue by issue; the issues past the cap are counted, never kept, so one
            // stand-in of their code and severity is counted as many times (plain increments on the driver).
            Issue counted = Issue.of(code, "Counted past the cap of issues kept per code.", IssueLocation.nowhere())
                    .withSeverity(severity);
            for (long k = 0; k < more; k++) {
                report.issue(counted, false);
            }
        }
        long now = clock.millis();
        return report.timing(started, Math.max(0, now - started.toEpochMilli())).build();
    }

    private static Issue issue(Row r) {
        IssueCode code = IssueCode.ofCode(r.getString(r.fieldIndex("code")));
        Long record = r.isNullAt(r.fieldIndex("record")) ? null : r.getLong(r.fieldIndex("record"));
        Integer column = r.isNullAt(r.fieldIndex("column")) ? null : r.getInt(r.fieldIndex("column"));
        return new Issue(code, Severity.ofCode(r.getString(r.fieldIndex("severity"))),
                r.getString(r.fieldIndex("message")), new IssueLocation(r.getString(r.fieldIndex("file")), record,
                        null, column, r.getString(r.fieldIndex("field"))), r.getString(r.fieldIndex("value")),
                r.getString(r.fieldIndex("suggestion")));
    }

    /** Releases the data persisted by the run. */
    @Override
    public void close() {
        for (Dataset<Row> d : persisted) {
            d.unpersist();
        }
    }

    @Override
    public String toString() {
        return "SparkValidation[inputs=" + inputs.stream().map(Input::name).toList() + "]";
    }
}
