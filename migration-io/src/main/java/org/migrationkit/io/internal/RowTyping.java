package org.migrationkit.io.internal;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.time.DateFormat;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.validation.Severity;
import org.migrationkit.io.schema.Column;
import org.migrationkit.io.schema.ColumnType;

/**
 * Types the cells of a row of a table on their bytes: one kernel per column, chosen once from the column's field —
 * whole numbers, numbers, booleans, dates ({@link DateFormat#lookup(byte[], int, int)}), countries
 * ({@link CountryCode#lookup(byte[], int, int)}) and codes (an exact byte dictionary of the canonical codes, the
 * vocabulary's forgiving lookup on a miss) without decoding; only text is decoded, through a small per-column intern
 * cache that switches itself off for columns of many distinct values (ids, free text).
 *
 * <p>A plan is immutable and shared; each thread types with its own {@link Worker}. A row comes out as the record,
 * or as an {@link Outcome} when it has issues. Issues carry the column and field but no file, record or line: the
 * reader knows those only when the row is delivered in order ({@link Issue#withLocation}).
 *
 * @param <T> the record type
 */
public final class RowTyping<T> {
    /** What a row that has issues came out as. */
    public static final class Outcome {
        private final @Nullable Object value;
        private final List<Issue> issues;

        Outcome(@Nullable Object value, List<Issue> issues) {
            this.value = value;
            this.issues = issues;
        }

        /**
         * Returns the record, when the issues are no errors.
         *
         * @return the record, or null for a rejection
         */
        public @Nullable Object value() {
            return value;
        }

        /**
         * Returns the issues, located by column and field only.
         *
         * @return the issues, at least one
         */
        public List<Issue> issues() {
            return issues;
        }
    }

    private static final int INT = 0;
    private static final int DOUBLE = 1;
    private static final int DECIMAL = 2;
    private static final int BOOL = 3;
    private static final int COUNTRY = 4;
    private static final int DATE = 5;
    private static final int DICT = 6;
    private static final int STRING = 7;
    private static final int PARSE = 8;
    private static final int ID = 9;

    private static final int MAX_SHOWN = 100;

    private final Table<T, ?> table;
    private final Col[] cols;
    private final Charset charset;
    private final boolean utf8;
    private final boolean restore;
    private final IssueCode invalid;
    private final Predicate<IssueCode> rejects;

    /** One column of the table, as this header has it. */
    private static final class Col {
        final Field<?, ?> field;
        final Column column;
        final int index;
        final int csv;
        final int kernel;
        final boolean list;
        /** Whether a blank cell is reported: a required column that the header has. */
        final boolean required;
        final @Nullable ByteDictionary dict;
        /** A typed id's constructor for plain ids, or null. */
        final @Nullable Function<String, Object> plainId;

        Col(Field<?, ?> field, int csv, boolean utf8) {
            this.field = field;
            this.column = field.column();
            this.index = field.index();
            this.csv = csv;
            this.list = column.isList();
            this.required = column.isRequired() && csv >= 0;
            int k;
            switch (field.kind()) {
                case INTEGER:
                    k = INT;
                    break;
                case DOUBLE:
                    k = DOUBLE;
                    break;
                case DECIMAL:
                    k = DECIMAL;
                    break;
                case BOOLEAN:
                    k = BOOL;
                    break;
                default:
                    if (field.isPlainText()) {
                        k = STRING;
                    } else if (field.plainId() != null) {
                        k = ID; // printable ASCII is the same bytes in UTF-8, windows-1252 and ISO-8859-1
                    } else if (!utf8) {
                        k = PARSE; // the byte kernels read ASCII and UTF-8; other encodings are decoded first
                    } else if (column.type() == ColumnType.COUNTRY) {
                        k = COUNTRY;
                    } else if (column.type() == ColumnType.DATE) {
                        k = DATE;
                    } else if (!field.known().isEmpty()) {
                        k = DICT;
                    } else {
                        k = PARSE;
                    }
            }
            this.kernel = k;
            this.dict = k == DICT ? new ByteDictionary(field.known()) : null;
            this.plainId = field.plainId();
        }
    }

    private RowTyping(Table<T, ?> table, int[] columns, Charset charset, boolean restore, IssueCode invalid,
            Predicate<IssueCode> rejects) {
        this.table = table;
        this.rejects = rejects;
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.restore = restore;
        this.invalid = invalid;
        List<? extends Field<T, ?>> fields = table.fields();
        this.cols = new Col[fields.size()];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = new Col(fields.get(i), columns[i], utf8);
        }
    }

    /**
     * Returns a plan for a header.
     *
     * @param table the table
     * @param columns for each field of the table, the 0-based index of its CSV column, or -1 when absent
     * @param charset the charset of the bytes (UTF-8, windows-1252 or ISO-8859-1)
     * @param restore whether to undo the formula neutralisation of our writer (one leading {@code '} before a
     *     trigger character or a {@code '})
     * @param invalid the code of cells that make no record together
     * @param rejects which codes of a cell reject its row (the errors, after a run's {@code --ignore} and
     *     {@code --severity}); a cell whose issue does not reject is left blank, and its issue, if it was an error,
     *     travels with the record as a warning for the run to re-rate
     * @param <T> the record type
     * @return the plan
     */
    public static <T> RowTyping<T> of(Table<T, ?> table, int[] columns, Charset charset, boolean restore,
            IssueCode invalid, Predicate<IssueCode> rejects) {
        if (columns.length != table.fields().size()) {
            throw new IllegalArgumentException("columns has " + columns.length + " entries for "
                    + table.fields().size() + " fields");
        }
        return new RowTyping<>(table, columns.clone(), charset, restore, invalid, rejects);
    }

    /**
     * Returns the typing state of one thread.
     *
     * @return a new worker
     */
    public Worker worker() {
        return new Worker();
    }

    /** The typing state of one thread: read values, intern caches, the issues of the row. */
    public final class Worker {
        private final Object[] slots = new Object[cols.length];
        private final Intern[] interns = new Intern[cols.length];
        /** Whole list cells by their bytes: lists of codes repeat ("SLV|HND"), so each is split and typed once. */
        private final Intern[] lists = new Intern[cols.length];
        private final Problems problems = new Problems(null);
        private @Nullable List<Issue> issues;
        private boolean errors;
        private final char[] chars = new char[64];

        Worker() {
            for (int i = 0; i < cols.length; i++) {
                int k = cols[i].kernel;
                if (k == STRING || k == PARSE || k == DATE) {
                    interns[i] = new Intern();
                }
                if (cols[i].list) {
                    lists[i] = new Intern();
                }
            }
        }

        /**
         * Types one row.
         *
         * @param data the buffer holding the cells
         * @param off the offsets of the cells, by field slot
         * @param len the lengths of the cells, by field slot
         * @param first the slot of the row's first cell
         * @param count the number of cells of the row
         * @return the record, or an {@link Outcome} when the row has issues
         */
        public Object type(byte[] data, int[] off, int[] len, int first, int count) {
            issues = null;
            errors = false;
            Object[] s = slots;
            for (Col c : cols) {
                Object v = null;
                boolean present = false;
                if (c.csv >= 0 && c.csv < count) {
                    int o = off[first + c.csv];
                    int n = len[first + c.csv];
                    if (restore && n >= 2 && data[o] == '\'' && (data[o + 1] == '\'' || trigger(data[o + 1]))) {
                        o++;
                        n--;
                    }
                    if (n > 0 && !blank(data, o, n)) {
                        present = true;
                        v = c.list ? cachedList(c, data, o, n) : cell(c, data, o, n, -1);
                    }
                }
                s[c.index] = v;
                if (!present && c.required) {
                    missing(c);
                }
            }
            if (errors) {
                return new Outcome(null, List.copyOf(issues()));
            }
            problems.start(null, null);
            T record = table.build(s, List.of(), problems, "", invalid);
            if (record == null || problems.hasErrors()) {
                List<Issue> found = issues();
                for (Issue i : problems.take()) {
                    found.add(attribute(i, data, off, len, first, count));
                }
                return new Outcome(null, List.copyOf(found));
            }
            if (issues != null) {
                return new Outcome(record, List.copyOf(issues));
            }
            return record;
        }

        private List<Issue> issues() {
            List<Issue> l = issues;
            if (l == null) {
                l = new ArrayList<>(2);
                issues = l;
            }
            return l;
        }

        private @Nullable Object cachedList(Col c, byte[] b, int o, int n) {
            Intern in = lists[c.index];
            Object v = in.get(b, o, n);
            if (v == null) {
                int before = issues == null ? 0 : issues.size();
                v = list(c, b, o, n);
                // Only a list read without issues is kept: a cell with issues reports them on every row it is on.
                if (v != null && (issues == null ? 0 : issues.size()) == before) {
                    in.put(b, o, n, v);
                }
            }
            return v;
        }

        private @Nullable Object list(Col c, byte[] b, int o, int n) {
            // Immutable lists of the right size, so that the record's List.copyOf keeps them as they are.
            Object first = null;
            List<Object> values = null;
            int end = o + n;
            int start = o;
            int item = 0;
            for (int p = o; p <= end; p++) {
                if (p == end || b[p] == '|') {
                    int l = p - start;
                    if (l > 0 && !blank(b, start, l)) {
                        Object v = cell(c, b, start, l, item);
                        if (v != null) {
                            if (first == null) {
                                first = v;
                            } else {
                                if (values == null) {
                                    values = new ArrayList<>(4);
                                    values.add(first);
                                }
                                values.add(v);
                            }
                        }
                    }
                    item++;
                    start = p + 1;
                }
            }
            return values != null ? List.copyOf(values) : first != null ? List.of(first) : null;
        }

        // A small dispatch that the compiler inlines into the row loop; each kernel is a method of its own.
        private @Nullable Object cell(Col c, byte[] b, int o, int n, int item) {
            switch (c.kernel) {
                case INT:
                    return integer(c, b, o, n);
                case DOUBLE:
                    return dbl(c, b, o, n);
                case DECIMAL:
                    return decimal(c, b, o, n);
                case BOOL:
                    return bool(c, b, o, n);
                case COUNTRY:
                    return found(c, CountryCode.lookup(b, o, n), b, o, n, item);
                case DATE:
                    return cachedDate(c, b, o, n, item);
                case DICT:
                    return dict(c, b, o, n, item);
                case STRING:
                    return string(c, b, o, n);
                case ID:
                    return id(c, b, o, n, item);
                default:
                    return parsed(c, b, o, n, item);
            }
        }

        private @Nullable Object cachedDate(Col c, byte[] b, int o, int n, int item) {
            if (n == 10 || n == 7 || n == 4) {
                int key = dateKey(b, o, n);
                if (key >= 0 && DATES[key] != null) {
                    return DATES[key];
                }
            }
            // Other forms repeat too (months, years, the days of a few years): parsed once per distinct text.
            Intern in = interns[c.index];
            Object v = in.get(b, o, n);
            if (v == null) {
                v = date(c, b, o, n, item);
                if (v != null) {
                    in.put(b, o, n, v);
                }
            }
            return v;
        }

        private @Nullable Object dict(Col c, byte[] b, int o, int n, int item) {
            Object v = java.util.Objects.requireNonNull(c.dict).get(b, o, n);
            if (v != null) {
                return v;
            }
            return found(c, c.field.parse(text(c, b, o, n)), b, o, n, item);
        }

        /**
         * A typed id: one that is plain on its bytes (1 to 128 printable ASCII characters, no space at either end) is
         * made straight from them; anything else takes the id's lookup and its full check. Not cached: ids are mostly
         * distinct, and the cache's lookups cost more than making one.
         */
        private @Nullable Object id(Col c, byte[] b, int o, int n, int item) {
            if (n <= 128 && b[o] != ' ' && b[o + n - 1] != ' ') {
                int p = o;
                int end = o + n;
                while (p < end && b[p] >= ' ' && b[p] <= '~') {
                    p++;
                }
                if (p == end) {
                    return java.util.Objects.requireNonNull(c.plainId).apply(new String(b, o, n,
                            StandardCharsets.ISO_8859_1));
                }
            }
            return found(c, c.field.parse(text(c, b, o, n)), b, o, n, item);
        }

        private Object string(Col c, byte[] b, int o, int n) {
            Intern in = interns[c.index];
            Object v = in.get(b, o, n);
            if (v == null) {
                v = new String(b, o, n, charset);
                in.put(b, o, n, v);
            }
            return v;
        }

        private @Nullable Object parsed(Col c, byte[] b, int o, int n, int item) {
            // Parsed values are cached by their bytes too: a column of few distinct values (origin regions,
            // periods) is parsed once per distinct value, not once per row.
            Intern in = interns[c.index];
            Object v = in.get(b, o, n);
            if (v == null) {
                v = found(c, c.field.parse(new String(b, o, n, charset)), b, o, n, item);
                if (v != null) {
                    in.put(b, o, n, v);
                }
            }
            return v;
        }

        private String text(Col c, byte[] b, int o, int n) {
            return new String(b, o, n, charset);
        }

        private @Nullable Object date(Col c, byte[] b, int o, int n, int item) {
            int from = o;
            int to = o + n;
            while (from < to && (b[from] == ' ' || b[from] == '\t')) {
                from++;
            }
            while (to > from && (b[to - 1] == ' ' || b[to - 1] == '\t')) {
                to--;
            }
            int n2 = to - from;
            DateFormat f = n2 == 10 ? DateFormat.ISO_DATE : n2 == 7 ? DateFormat.ISO_YEAR_MONTH
                    : n2 == 4 ? DateFormat.YEAR : null;
            if (f != null) {
                int key = dateKey(b, from, n2);
                if (key >= 0) {
                    Object known = DATES[key];
                    if (known != null) {
                        return known;
                    }
                }
                Lookup<?> l = f.lookup(b, from, n2);
                if (l.isFound()) {
                    if (key >= 0) {
                        DATES[key] = l.value();
                    }
                    return l.value();
                }
            }
            return found(c, c.field.parse(new String(b, o, n, charset)), b, o, n, item);
        }

        private @Nullable Object found(Col c, Lookup<?> l, byte[] b, int o, int n, int item) {
            if (l.isFound()) {
                return l.value();
            }
            IssueCode code = l.code();
            boolean sensitive = c.column.isSensitive();
            String suggestion = sensitive ? null : l.suggestion();
            String text = new String(b, o, n, charset);
            report(c, code, where(c, item) + (sensitive ? " holds a value (not shown) that" : " holds \""
                    + shown(text) + "\", which") + " is not accepted: " + code.checks()
                    + (suggestion == null ? "" : " Did you mean \"" + suggestion + "\"?"), sensitive ? null : text,
                    suggestion);
            return null;
        }

        private @Nullable Object integer(Col c, byte[] b, int o, int n) {
            if (n <= 9) {
                // The common cell: plain digits, no sign, no spaces, no overflow possible.
                int v = 0;
                int p = o;
                int end = o + n;
                for (; p < end; p++) {
                    int d = b[p] - '0';
                    if (d < 0 || d > 9) {
                        break;
                    }
                    v = v * 10 + d;
                }
                if (p == end) {
                    return Integer.valueOf(v);
                }
            }
            int i = o;
            int end = o + n;
            while (i < end && b[i] == ' ') {
                i++;
            }
            while (end > i && b[end - 1] == ' ') {
                end--;
            }
            boolean negative = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                negative = b[i] == '-';
                i++;
            }
            if (i < end && end - i <= 10) {
                long v = 0;
                int p = i;
                for (; p < end; p++) {
                    int d = b[p] - '0';
                    if (d < 0 || d > 9) {
                        break;
                    }
                    v = v * 10 + d;
                }
                if (p == end) {
                    v = negative ? -v : v;
                    if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
                        return Integer.valueOf((int) v);
                    }
                }
            }
            return wrongType(c, b, o, n, "a whole number from -2147483648 to 2147483647");
        }

        private @Nullable Object dbl(Col c, byte[] b, int o, int n) {
            // Fast path: at most 15 significant digits and 22 decimals, so that mantissa and power of ten are exact
            // doubles and one division rounds correctly, as Double.parseDouble would.
            int i = o;
            int end = o + n;
            boolean negative = false;
            if (i < end && (b[i] == '-' || b[i] == '+')) {
                negative = b[i] == '-';
                i++;
            }
            long m = 0;
            int digits = 0;
            int scale = -1;
            int p = i;
            for (; p < end; p++) {
                byte x = b[p];
                if (x >= '0' && x <= '9') {
                    m = m * 10 + (x - '0');
                    digits++;
                    if (scale >= 0) {
                        scale++;
                    }
                } else if (x == '.' && scale < 0) {
                    scale = 0;
                } else {
                    break;
                }
            }
            if (p == end && digits > 0 && digits <= 15 && scale != 0 && scale <= 22) {
                double d = scale <= 0 ? (double) m : m / POWERS[scale];
                return negative ? -d : d;
            }
            String s = new String(b, o, n, charset).strip();
            if (NUMBER.matcher(s).matches() && s.length() <= 1000) {
                return Double.parseDouble(s);
            }
            return wrongType(c, b, o, n, "a number such as 12.5 or -3");
        }

        private @Nullable Object decimal(Col c, byte[] b, int o, int n) {
            if (n <= chars.length) {
                int k = 0;
                int i = o;
                int end = o + n;
                while (i < end && b[i] == ' ') {
                    i++;
                }
                while (end > i && b[end - 1] == ' ') {
                    end--;
                }
                boolean ok = i < end;
                boolean dot = false;
                int digits = 0;
                for (int p = i; p < end && ok; p++) {
                    byte x = b[p];
                    if (x >= '0' && x <= '9') {
                        digits++;
                    } else if (x == '.' && !dot) {
                        dot = true;
                    } else if (!((x == '-' || x == '+') && p == i)) {
                        ok = false;
                    }
                    chars[k++] = (char) x;
                }
                if (ok && digits > 0 && b[end - 1] != '.') {
                    return new BigDecimal(chars, 0, k);
                }
            }
            String s = new String(b, o, n, charset).strip();
            if (s.length() <= 1000 && NUMBER.matcher(s).matches()) {
                return new BigDecimal(s);
            }
            return wrongType(c, b, o, n, "a number such as 200.00");
        }

        private @Nullable Object bool(Col c, byte[] b, int o, int n) {
            String s = new String(b, o, n, StandardCharsets.ISO_8859_1).strip();
            if (s.equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
            return wrongType(c, b, o, n, "true or false");
        }

        private @Nullable Object wrongType(Col c, byte[] b, int o, int n, String expected) {
            boolean sensitive = c.column.isSensitive();
            String text = new String(b, o, n, charset);
            report(c, IssueCode.CSV_WRONG_TYPE, where(c, -1) + (sensitive ? " holds a value (not shown) that is not "
                    : " holds \"" + shown(text) + "\", which is not ") + expected + ".", sensitive ? null : text,
                    null);
            return null;
        }

        private void missing(Col c) {
            report(c, IssueCode.CSV_MISSING_VALUE, where(c, -1) + " is blank: it is required (" + c.column.description()
                    + ").", null, null);
        }

        private void report(Col c, IssueCode code, String message, @Nullable String value,
                @Nullable String suggestion) {
            boolean rejecting = rejects.test(code);
            Severity severity = rejecting || code.severity() != Severity.ERROR ? code.severity() : Severity.WARNING;
            issues().add(new Issue(code, severity, message, new IssueLocation(null, null, null, c.csv + 1,
                    c.column.name()), value, suggestion));
            if (rejecting) {
                errors = true;
            }
        }

        /** Locates a record-level failure at the first column whose value is out of its range, if any. */
        private Issue attribute(Issue issue, byte[] data, int[] off, int[] len, int first, int count) {
            for (Col c : cols) {
                Object v = slots[c.index];
                if (!(v instanceof Number) || c.csv < 0 || c.csv >= count) {
                    continue;
                }
                Long min = c.column.minimum();
                Long max = c.column.maximum();
                double d = ((Number) v).doubleValue();
                // "Above zero" is no whole-number range: a remittance's amount is named by the rule's code.
                boolean named = issue.code() == IssueCode.REMITTANCE_AMOUNT_NOT_POSITIVE
                        && c.column.name().equals("amount");
                if (named || (min != null && d < min) || (max != null && d > max)) {
                    String value = c.column.isSensitive() ? null
                            : new String(data, off[first + c.csv], len[first + c.csv], charset).strip();
                    return new Issue(issue.code(), issue.severity(), issue.message(), new IssueLocation(null, null,
                            null, c.csv + 1, c.column.name()), value, issue.suggestion());
                }
            }
            return issue;
        }
    }

    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 256;

    /**
     * Dates read before, by {@link #dateKey}: a column of days has too many distinct values for the per-column
     * cache (ten years are 3,650), but every day from 1900 on has a slot here. Shared by all reads; the values are
     * immutable and a slot is only ever set to the one value of its text, so unsynchronised writes are harmless.
     */
    private static final Object[] DATES = new Object[YEARS * (1 + 13 * 32)];

    /**
     * The slot of an ISO date ({@code 2023-05-29}), year-month ({@code 2023-05}) or year ({@code 2023}) of the
     * years cached, or -1: the digits and dashes are checked here, the date itself (February 30) by the format's
     * lookup before a value is stored.
     */
    private static int dateKey(byte[] b, int o, int n) {
        int year = digits4(b, o);
        if (year < FIRST_YEAR || year >= FIRST_YEAR + YEARS) {
            return -1;
        }
        int month = 0;
        int day = 0;
        if (n >= 7) {
            if (b[o + 4] != '-' || (month = digits2(b, o + 5)) < 1 || month > 12) {
                return -1;
            }
            if (n == 10 && (b[o + 7] != '-' || (day = digits2(b, o + 8)) < 1 || day > 31)) {
                return -1;
            }
        }
        return (year - FIRST_YEAR) * (1 + 13 * 32) + month * 32 + day;
    }

    private static int digits4(byte[] b, int o) {
        int v = 0;
        for (int i = o; i < o + 4; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int digits2(byte[] b, int o) {
        int hi = b[o] - '0';
        int lo = b[o + 1] - '0';
        return hi < 0 || hi > 9 || lo < 0 || lo > 9 ? -1 : hi * 10 + lo;
    }

    private static String where(Col c, int item) {
        return "Column " + (c.csv + 1) + " (" + c.column.name() + ")" + (item >= 0 ? ", item " + (item + 1) + ","
                : "");
    }

    private static String shown(String text) {
        return text.length() <= MAX_SHOWN ? text : text.substring(0, MAX_SHOWN) + "...";
    }

    private static boolean trigger(byte c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    private static boolean blank(byte[] b, int o, int n) {
        byte x = b[o];
        if (x != ' ' && x != '\t') {
            return false;
        }
        for (int i = o + 1; i < o + n; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    // A sign, digits, a fraction, an exponent: numbers as CSV tools write them ("0x10", "NaN", "1,5" are not).
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    /** Exact canonical texts to values, looked up on bytes. */
    private static final class ByteDictionary {
        private final Keys keys;
        private final Object[] values;

        ByteDictionary(Map<String, Object> known) {
            int size = Integer.highestOneBit(Math.max(4, known.size() * 4) - 1) << 1;
            keys = new Keys(size);
            values = new Object[size];
            for (Map.Entry<String, Object> e : known.entrySet()) {
                byte[] k = e.getKey().getBytes(StandardCharsets.UTF_8);
                long head = head(k, 0, k.length);
                long tail = tail(k, 0, k.length);
                int i = keys.slot(k.length, head, tail);
                while (keys.used(i)) {
                    i = keys.next(i);
                }
                keys.put(i, head, tail, k, 0, k.length);
                values[i] = e.getValue();
            }
        }

        @Nullable Object get(byte[] b, int o, int n) {
            long head = head(b, o, n);
            long tail = tail(b, o, n);
            int i = keys.slot(n, head, tail);
            while (keys.used(i)) {
                if (keys.matches(i, head, tail, b, o, n)) {
                    return values[i];
                }
                i = keys.next(i);
            }
            return null;
        }
    }

    /**
     * A hash of the length and of at most eight bytes at each end: constant time whatever the length (long codes such
     * as causes of death cost no more than short ones); collisions only cost a full comparison or a cache miss.
     */
    private static int mix(int n, long head, long tail) {
        long h = n * 0x9E3779B97F4A7C15L + head;
        h = h * 0x9E3779B97F4A7C15L + tail;
        h *= 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }

    /** The first eight bytes (little-endian), or all of them zero-padded when fewer. */
    private static long head(byte[] b, int o, int n) {
        if (n >= 8) {
            return (long) LONGS.get(b, o);
        }
        if (o + 8 <= b.length) {
            // One read and a mask instead of a loop over the bytes, when the buffer has a word's room.
            return (long) LONGS.get(b, o) & ((1L << (n << 3)) - 1);
        }
        long h = 0;
        for (int i = 0; i < n; i++) {
            h |= (b[o + i] & 0xFFL) << (i << 3);
        }
        return h;
    }

    /** The last eight bytes, or the {@link #head} when fewer: with the length, head and tail are the key up to 16. */
    private static long tail(byte[] b, int o, int n) {
        return n >= 8 ? (long) LONGS.get(b, o + n - 8) : head(b, o, n);
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * Keys of an open-addressing table of byte strings, compared without a pointer chase: length, first and last
     * eight bytes are held in flat arrays and decide equality for keys of up to 16 bytes (most codes, dates, short
     * texts); only longer keys are compared in full. Stateless on lookups, so a dictionary can be shared by threads.
     */
    private static final class Keys {
        /** Per slot: length + 1 (0 for a free slot), head, tail: one cache line holds what a lookup compares. */
        private final long[] meta;
        private final byte[][] longKeys;
        private final int mask;

        Keys(int size) {
            meta = new long[size * 3];
            longKeys = new byte[size][];
            mask = size - 1;
        }

        int slot(int n, long head, long tail) {
            return mix(n, head, tail) & mask;
        }

        int next(int i) {
            return (i + 1) & mask;
        }

        boolean used(int i) {
            return meta[i * 3] != 0;
        }

        /** Whether slot i holds the bytes whose head and tail are given. */
        boolean matches(int i, long head, long tail, byte[] b, int o, int n) {
            int m = i * 3;
            if (meta[m] != n + 1 || meta[m + 1] != head || meta[m + 2] != tail) {
                return false;
            }
            if (n <= 16) {
                return true;
            }
            byte[] k = longKeys[i];
            if (k == null) {
                return false;
            }
            // The middle, eight bytes at a time (the last step overlaps the tail, already equal).
            for (int p = 8; p < n - 8; p += 8) {
                if ((long) LONGS.get(k, p) != (long) LONGS.get(b, o + p)) {
                    return false;
                }
            }
            return true;
        }

        void put(int i, long head, long tail, byte[] b, int o, int n) {
            int m = i * 3;
            meta[m] = n + 1;
            meta[m + 1] = head;
            meta[m + 2] = tail;
            longKeys[i] = n > 16 ? Arrays.copyOfRange(b, o, o + n) : null;
        }
    }

    /**
     * Values of one column by their bytes (decoded texts, parsed values): direct-mapped, bounded, and switched off
     * when most lookups miss (a column of ids or free text), so it costs only where it saves decoding and parsing.
     */
    private static final class Intern {
        private static final int SLOTS = 1024;
        private static final int MAX_LENGTH = 64;
        private static final int PERIOD = 2048;
        private final Keys keys = new Keys(SLOTS);
        private final Object[] values = new Object[SLOTS];
        private int lookups;
        private int hits;
        private boolean off;
        private int slot;
        private long head;
        private long tail;

        @Nullable Object get(byte[] b, int o, int n) {
            if (off || n > MAX_LENGTH) {
                slot = -1;
                return null;
            }
            if (++lookups == PERIOD) {
                off = hits < PERIOD / 2;
                lookups = 0;
                hits = 0;
            }
            head = head(b, o, n);
            tail = tail(b, o, n);
            int i = keys.slot(n, head, tail);
            slot = i;
            if (keys.matches(i, head, tail, b, o, n)) {
                hits++;
                return values[i];
            }
            return null;
        }

        /** Caches the value of the bytes just missed by {@link #get}. */
        void put(byte[] b, int o, int n, Object value) {
            if (slot >= 0 && !off) {
                keys.put(slot, head, tail, b, o, n);
                values[slot] = value;
            }
        }
    }
}
