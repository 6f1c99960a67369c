package org.migrationkit.io.pipeline;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvHeader;
import org.migrationkit.io.csv.CsvRecord;
import org.migrationkit.io.csv.CsvRecords;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.Problems;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.schema.Column;
import org.migrationkit.io.schema.Entity;

/**
 * STOP-GAP: an entity table in CSV, typed cell by cell through {@link Table}'s fields from the strings of
 * {@link org.migrationkit.io.csv.CsvReader}. It exists so that the pipeline runs end to end before the byte-level
 * typed reader lands; the lead replaces this one class by an adapter of that reader (the rest of the pipeline only
 * sees {@link InputReader}).
 */
final class SimpleCsvTableInput implements InputReader {
    private final CsvRecords records;
    private final Typer<?, ?> typer;
    private final List<Issue> fileIssues = new ArrayList<>();
    private final String name;

    private SimpleCsvTableInput(CsvRecords records, Entity entity, String name, Predicate<IssueCode> isError) {
        this.records = records;
        this.name = name;
        this.typer = new Typer<>(org.migrationkit.io.internal.Tables.of(entity), records.header(), name, isError);
    }

    /**
     * Opens an entity table whose records are in {@code records}; the entity is the given one, else the one whose
     * required columns the header has (the most matched columns wins). {@code isError} says which codes reject a
     * record in this run (after {@code --ignore} and {@code --severity}): a cell whose code does not is left blank.
     *
     * @return the input, or null when no entity fits the header (the records are closed)
     */
    static @Nullable SimpleCsvTableInput open(CsvRecords records, @Nullable Entity entity, String name,
            Predicate<IssueCode> isError) {
        Entity e = entity != null ? entity : byHeader(records.header());
        if (e == null) {
            return null;
        }
        return new SimpleCsvTableInput(records, e, name, isError);
    }

    /** The entity whose required columns are all in the header, with the most columns matched; or null. */
    static @Nullable Entity byHeader(CsvHeader header) {
        Entity best = null;
        int bestMatched = 0;
        for (Entity e : Entity.values()) {
            Table<?, ?> t = org.migrationkit.io.internal.Tables.of(e);
            int[] m = header.match(accepted(t));
            int matched = 0;
            boolean required = true;
            for (int i = 0; i < m.length; i++) {
                Field<?, ?> f = t.fields().get(i);
                if (m[i] >= 0) {
                    matched++;
                } else if (f.column().isRequired()) {
                    required = false;
                }
            }
            // At least half of the header must be the table's columns, so that a table of another kind that happens
            // to have an "id" column is not taken for one of ours.
            if (required && matched * 2 >= header.size() && matched > bestMatched) {
                best = e;
                bestMatched = matched;
            }
        }
        return best;
    }

    private static List<List<String>> accepted(Table<?, ?> t) {
        List<List<String>> out = new ArrayList<>();
        for (Field<?, ?> f : t.fields()) {
            List<String> names = new ArrayList<>();
            names.add(f.name());
            names.addAll(f.column().aliases());
            out.add(names);
        }
        return out;
    }

    @Override
    public Layout layout() {
        return EntityLayouts.of(typer.table.entity());
    }

    @Override
    public Entity entity() {
        return typer.table.entity();
    }

    @Override
    public Iterator<? extends ReadResult<?>> read() {
        fileIssues.addAll(typer.missingColumns());
        Iterator<CsvRecord> it = records.iterator();
        return new Iterator<ReadResult<?>>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public ReadResult<?> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return typer.type(it.next());
            }
        };
    }

    @Override
    public List<Issue> fileIssues() {
        List<Issue> all = new ArrayList<>(records.fileIssues());
        all.addAll(fileIssues);
        return all;
    }

    @Override
    public String field(String column) {
        return column;
    }

    @Override
    public @Nullable Integer column(String column) {
        return typer.position(column);
    }

    @Override
    public void close() {
        records.close();
    }

    /** Types the cells of one table's records. */
    private static final class Typer<T, B> {
        private final Table<T, B> table;
        private final int[] columns;
        private final Problems problems;
        private final String name;
        private final List<Issue> missing = new ArrayList<>();
        private final Predicate<IssueCode> isError;

        Typer(Table<T, B> table, CsvHeader header, String name, Predicate<IssueCode> isError) {
            this.table = table;
            this.isError = isError;
            this.columns = header.match(accepted(table));
            this.problems = new Problems(name);
            this.name = name;
            for (int i = 0; i < columns.length; i++) {
                Field<T, B> f = table.fields().get(i);
                if (columns[i] < 0 && f.column().isRequired() && header.size() > 0) {
                    missing.add(Issue.of(IssueCode.HEADER_MISSING_COLUMN, "The header of " + name + " lacks the "
                            + "required column " + f.name() + " (" + f.column().description() + "): every record is "
                            + "rejected; add the column.", new IssueLocation(name, null, null, null, f.name())));
                }
            }
        }

        List<Issue> missingColumns() {
            return missing;
        }

        @Nullable Integer position(String column) {
            Field<T, B> f = table.findField(column);
            return f == null || columns[f.index()] < 0 ? null : columns[f.index()] + 1;
        }

        ReadResult<T> type(CsvRecord r) {
            if (r.isRejected()) {
                return ReadResult.rejection(r.number(), r.line(), raw(r), r.issues());
            }
            if (!missing.isEmpty()) {
                // Counted once as a file-level issue; each record carries it so that it is a rejection.
                return ReadResult.rejection(r.number(), r.line(), raw(r), missing);
            }
            problems.start(r.number(), r.line());
            List<Field<T, B>> fields = table.fields();
            Object[] slots = new Object[fields.size()];
            for (int i = 0; i < slots.length; i++) {
                int c = columns[i];
                if (c < 0 || c >= r.fieldCount()) {
                    continue;
                }
                String cell = r.field(c).strip();
                if (cell.isEmpty()) {
                    if (fields.get(i).column().isRequired()) {
                        Field<T, B> f = fields.get(i);
                        problems.add(IssueCode.CSV_MISSING_VALUE, "Column " + f.name() + " is blank: it is required ("
                                + f.column().description() + ").", f.name(), null, c + 1, null, null);
                    }
                    continue;
                }
                slots[i] = cell(fields.get(i), cell, c + 1);
            }
            List<Issue> issues = new ArrayList<>(r.issues());
            issues.addAll(problems.take());
            boolean error = issues.stream().anyMatch(i -> isError.test(i.code()));
            T value = null;
            if (!error) {
                value = table.build(slots, List.of(), problems, "", IssueCode.CSV_INVALID_RECORD);
                for (Issue i : problems.take()) {
                    issues.add(attribute(i, slots));
                }
                error = issues.stream().anyMatch(i -> isError.test(i.code()));
            }
            if (value == null || error) {
                return ReadResult.rejection(r.number(), r.line(), raw(r), issues);
            }
            // ReadResult keeps default severities; the pipeline applies this run's, so an issue downgraded from
            // error travels with the value as a warning-to-be.
            return ReadResult.value(r.number(), r.line(), value, issues.stream()
                    .map(i -> i.severity() == Severity.ERROR ? i.withSeverity(Severity.WARNING) : i).toList());
        }

        /**
         * Locates a failure to build the record at the first column whose value is out of its range (or, for a rule
         * the range cannot say, the column the rule is about), if any.
         */
        private Issue attribute(Issue issue, Object[] slots) {
            if (issue.location().field() != null) {
                return issue;
            }
            List<Field<T, B>> fields = table.fields();
            for (int i = 0; i < slots.length; i++) {
                Object v = slots[i];
                Column column = fields.get(i).column();
                if (v == null || columns[i] < 0) {
                    continue;
                }
                // "Above zero" is not a range of whole numbers: the amount of a remittance says it by its code.
                boolean named = issue.code() == IssueCode.REMITTANCE_AMOUNT_NOT_POSITIVE
                        && column.name().equals("amount");
                if (named || v instanceof Number n && outOfRange(column, n.doubleValue())) {
                    IssueLocation at = issue.location();
                    return new Issue(issue.code(), issue.severity(), issue.message(), new IssueLocation(at.file(),
                            at.record(), at.line(), columns[i] + 1, column.name()), column.isSensitive() ? null
                            : v.toString(), issue.suggestion());
                }
            }
            return issue;
        }

        private static boolean outOfRange(Column column, double d) {
            Long min = column.minimum();
            Long max = column.maximum();
            return min != null && d < min || max != null && d > max;
        }

        private @Nullable Object cell(Field<T, B> f, String cell, int column) {
            if (f.column().isList()) {
                List<Object> values = new ArrayList<>();
                for (String part : cell.split("\\|")) {
                    String p = part.strip();
                    if (!p.isEmpty()) {
                        Object v = text(f, p, column);
                        if (v != null) {
                            values.add(v);
                        }
                    }
                }
                return values.isEmpty() ? null : values;
            }
            try {
                switch (f.kind()) {
                    case TEXT:
                        return text(f, cell, column);
                    case INTEGER:
                        return Integer.valueOf(cell);
                    case DECIMAL:
                        return new BigDecimal(cell);
                    case DOUBLE:
                        double d = Double.parseDouble(cell);
                        if (Double.isNaN(d) || Double.isInfinite(d)) {
                            throw new NumberFormatException(cell);
                        }
                        return d;
                    default:
                        if (cell.equalsIgnoreCase("true") || cell.equalsIgnoreCase("false")) {
                            return Boolean.valueOf(cell);
                        }
                        throw new NumberFormatException(cell);
                }
            } catch (NumberFormatException e) {
                boolean sensitive = f.column().isSensitive();
                problems.add(IssueCode.CSV_WRONG_TYPE, "Column " + f.name() + (sensitive ? " (value not shown)"
                        : " \"" + shown(cell) + "\"") + " is not " + expected(f.kind()) + ".", f.name(), null, column,
                        sensitive ? null : cell, null);
                return null;
            }
        }

        private @Nullable Object text(Field<T, B> f, String text, int column) {
            Lookup<?> l = f.parse(text);
            if (l.isFound()) {
                return l.value();
            }
            boolean sensitive = f.column().isSensitive();
            String suggestion = sensitive ? null : l.suggestion();
            problems.add(l.code(), "Column " + f.name() + (sensitive ? " (value not shown)" : " \"" + shown(text)
                    + "\"") + " is not accepted: " + l.code().checks()
                    + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"), f.name(), null, column,
                    sensitive ? null : text, suggestion);
            return null;
        }

        private static String expected(Field.Kind kind) {
            switch (kind) {
                case INTEGER:
                    return "a whole number";
                case BOOLEAN:
                    return "true or false";
                default:
                    return "a number";
            }
        }

        private static String shown(String s) {
            return s.length() <= 100 ? s : s.substring(0, 100) + "...";
        }

        private String raw(CsvRecord r) {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < r.fieldCount() && b.length() < 65_536; i++) {
                String f = r.field(i);
                b.append(i == 0 ? "" : ",");
                if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
                    b.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    b.append(f);
                }
            }
            return b.toString();
        }

        @Override
        public String toString() {
            return "Typer[" + table.entity().id() + " in " + name + "]";
        }
    }
}
