package org.migrationkit.io.layout;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.geo.GeoPoint;
import org.migrationkit.core.time.DateFormat;
import org.migrationkit.core.time.ReportedDate;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.validation.Severity;

/**
 * The cells of one input record seen through a layout's columns, with the typed reads every mapper needs; each
 * read that fails adds an issue located at the cell (DESIGN §10) and returns null. Never throws for bad data.
 */
abstract class Cells {
    // 1,022 and 12,345,678: MMP layout A writes thousands separators in counts (domain-standards §1.2).
    private static final Pattern THOUSANDS = Pattern.compile("-?\\d{1,3}(,\\d{3})+");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+");
    // UNHCR exports whole numbers in R's scientific notation, 1e+05 (shared/datasets/README.md).
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?([eE][+-]?\\d+)?");

    final @Nullable String file;
    final long record;
    final long line;
    private final List<Issue> issues = new ArrayList<>(0);
    private boolean errors;
    private final Predicate<IssueCode> rejects;

    Cells(@Nullable String file, long record, long line, Predicate<IssueCode> rejects) {
        this.file = file;
        this.record = record;
        this.line = line;
        this.rejects = rejects;
    }

    /** Returns the raw cell of a layout column, or null when the input lacks the column. */
    abstract @Nullable String raw(int column);

    /** Returns the name of the field in issue locations: the header name, or the JSON pointer. */
    abstract @Nullable String field(int column);

    /** Returns the 1-based CSV column of a layout column, or null (JSON, absent column). */
    abstract @Nullable Integer csvColumn(int column);

    IssueLocation where(int column) {
        return new IssueLocation(file, record, line, column < 0 ? null : csvColumn(column),
                column < 0 ? null : field(column));
    }

    IssueLocation whereRecord() {
        return new IssueLocation(file, record, line, null, null);
    }

    /** The cell stripped, null when absent or blank. */
    @Nullable String text(int column) {
        String s = raw(column);
        if (s == null) {
            return null;
        }
        s = s.strip();
        return s.isEmpty() ? null : s;
    }

    /** The cell stripped with HTML entities decoded, null when blank. */
    @Nullable String clean(int column) {
        String s = text(column);
        return s == null ? null : Texts.unescapeHtml(s);
    }

    /** Whether a cell holds one of the "not reported" markers of the sources, which mean unknown. */
    static boolean notReported(String s) {
        // DTM "Not available", UNHCR API "NA" and "-" (domain-standards §2.2, §4.2).
        return s.equalsIgnoreCase("Not available") || s.equals("NA") || s.equals("-");
    }

    @Nullable Integer count(int column) {
        String s = text(column);
        if (s == null || notReported(s)) {
            return null;
        }
        long value;
        if (PLAIN.matcher(s).matches() && s.length() < 12) {
            value = Long.parseLong(s);
        } else if (THOUSANDS.matcher(s).matches() && s.length() < 16) {
            value = Long.parseLong(s.replace(",", ""));
        } else if (DECIMAL.matcher(s).matches() && s.length() < 40) {
            BigDecimal d = new BigDecimal(s);
            try {
                value = d.longValueExact();
            } catch (ArithmeticException e) {
                value = Long.MIN_VALUE;
            }
            if (value == Long.MIN_VALUE) {
                unparseableCount(column, s, "is not a whole number");
                return null;
            }
        } else {
            unparseableCount(column, s, "is not a number");
            return null;
        }
        if (value < 0) {
            issue(IssueCode.COUNT_NEGATIVE, column, "Negative count " + s + " in " + name(column)
                    + ": a count of people is zero or more; leave the cell blank when it is not reported.", s, null);
            return null;
        }
        if (value > Integer.MAX_VALUE) {
            unparseableCount(column, s, "is too large");
            return null;
        }
        return (int) value;
    }

    private void unparseableCount(int column, String s, String why) {
        issue(IssueCode.COUNT_UNPARSEABLE, column, "Count \"" + s + "\" in " + name(column) + " " + why
                + ": write a whole number such as 12, 1,022 or 1e+05, or leave the cell blank when not reported.",
                s, null);
    }

    @Nullable ReportedDate date(int column, DateFormat... formats) {
        String s = text(column);
        if (s == null) {
            return null;
        }
        for (DateFormat f : formats) {
            Lookup<ReportedDate> found = f.lookup(s);
            if (found.isFound()) {
                return found.value();
            }
        }
        StringBuilder examples = new StringBuilder();
        for (DateFormat f : formats) {
            examples.append(examples.length() == 0 ? "" : " or ").append('"').append(f.example()).append('"');
        }
        issue(IssueCode.DATE_UNPARSEABLE, column, "Date \"" + s + "\" in " + name(column)
                + " does not match this layout's format: write it like " + examples + ".", s, null);
        return null;
    }

    /** A country by code or UN name (HTML entities decoded); {@code Mixed}/{@code Unknown} are no country. */
    @Nullable CountryCode country(int column) {
        String s = clean(column);
        if (s == null || isMixedOrUnknown(s) || notReported(s)) {
            return null;
        }
        return country(column, s);
    }

    @Nullable CountryCode country(int column, String s) {
        Lookup<CountryCode> found = CountryCode.lookup(s);
        if (found.isFound()) {
            return found.value();
        }
        issue(found.code(), column, "Unknown country \"" + s + "\" in " + name(column)
                + ": use a UN country name or an ISO 3166-1 alpha-3 code (or UKN, STA, XXA, XXX)"
                + (found.suggestion() == null ? "." : "; did you mean \"" + found.suggestion() + "\"?"),
                s, found.suggestion());
        return null;
    }

    static boolean isMixedOrUnknown(String s) {
        String k = s.toLowerCase(Locale.ROOT).replace(" ", "");
        return k.equals("mixed") || k.equals("unknown") || k.equals("mixed/unknown") || k.equals("mixedorunknown");
    }

    @Nullable GeoPoint point(int column) {
        String s = text(column);
        if (s == null) {
            return null;
        }
        Lookup<GeoPoint> found = GeoPoint.lookup(s);
        if (found.isFound()) {
            return found.value();
        }
        issue(found.code(), column, "Coordinates \"" + s + "\" in " + name(column)
                + " are not a WGS84 point: write \"lat, lon\" in decimal degrees, latitude -90 to 90, longitude "
                + "-180 to 180.", s, null);
        return null;
    }

    /** Adds an issue at a cell (column -1: the record as a whole). */
    void issue(IssueCode code, int column, String message, @Nullable String value, @Nullable String suggestion) {
        add(new Issue(code, code.severity(), message, column < 0 ? whereRecord() : where(column), value,
                suggestion));
    }

    /** Adds an issue; one the run does not reject on (--ignore, --severity) travels as a warning, for it to re-rate. */
    void add(Issue issue) {
        if (rejects.test(issue.code())) {
            errors = true;
            issues.add(issue);
        } else {
            issues.add(issue.severity() == Severity.ERROR ? issue.withSeverity(Severity.WARNING) : issue);
        }
    }

    String name(int column) {
        String f = column < 0 ? null : field(column);
        return f == null ? "the record" : "column " + f;
    }

    boolean hasErrors() {
        return errors;
    }

    List<Issue> issues() {
        return issues;
    }
}
