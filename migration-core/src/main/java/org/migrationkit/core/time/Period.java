package org.migrationkit.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * An inclusive range of days between two {@link ReportedDate}s, such as a reporting round or a statistical year.
 * (This type shadows {@link java.time.Period}, which is a length of time, not a range: qualify the JDK one where
 * both are needed.)
 *
 * <p>The period runs from {@code start.firstDay()} to {@code end.lastDay()}; the bounds keep their precision.
 * The canonical text is an ISO 8601 interval, {@code 2023-01/2023-06} or {@code 2023-01-15/2023-02-14}, and a
 * period from a date to the same date prints as that date alone: {@code 2023} is {@code Period.ofYear(2023)}.
 * Equality is by the written bounds, like the text, so {@code 2023} and {@code 2023-01/2023-12} cover the same
 * days yet differ; compare {@link #firstDay()} and {@link #lastDay()} to compare coverage.
 *
 * <pre>{@code
 * Period h1 = Period.parse("2023-01/2023-06");
 * h1.contains(LocalDate.of(2023, 6, 30));      // true
 * Period.ofYear(2023).toString();               // "2023"
 * }</pre>
 */
public final class Period {
    private final ReportedDate start;
    private final ReportedDate end;

    private Period(ReportedDate start, ReportedDate end) {
        this.start = start;
        this.end = end;
    }

    /**
     * Returns the period from {@code start} to {@code end}, both included.
     *
     * @param start the first date, not null
     * @param end the last date, not null
     * @return the period
     * @throws InvalidValueException ({@code date.period-reversed}) if {@code end} is certainly before {@code start}
     *     (its last day is before start's first day)
     */
    public static Period of(ReportedDate start, ReportedDate end) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new InvalidValueException(IssueCode.DATE_PERIOD_REVERSED, "Period end " + end
                    + " is before its start " + start + ": a period ends on or after the day it starts.");
        }
        return new Period(start, end);
    }

    /**
     * Returns the period of days from {@code start} to {@code end}, both included.
     *
     * @param start the first day, not null
     * @param end the last day, not null
     * @return the period
     * @throws InvalidValueException ({@code date.period-reversed}) if {@code end} is before {@code start};
     *     ({@code date.unparseable}) if a year is outside 1 to 9999
     */
    public static Period of(LocalDate start, LocalDate end) {
        return of(ReportedDate.ofDay(start), ReportedDate.ofDay(end));
    }

    /**
     * Returns a calendar year.
     *
     * @param year 1 to 9999
     * @return the period, written {@code 2023}
     * @throws InvalidValueException ({@code date.unparseable}) if the year is out of range
     */
    public static Period ofYear(int year) {
        return ReportedDate.ofYear(year).toPeriod();
    }

    /**
     * Returns a calendar month.
     *
     * @param month the month, not null, in years 1 to 9999
     * @return the period, written {@code 2023-05}
     * @throws InvalidValueException ({@code date.unparseable}) if the year is out of range
     */
    public static Period ofMonth(YearMonth month) {
        return ReportedDate.ofMonth(month).toPeriod();
    }

    /**
     * Returns a calendar month.
     *
     * @param year 1 to 9999
     * @param month 1 to 12
     * @return the period, written {@code 2023-05}
     * @throws InvalidValueException ({@code date.unparseable}) if the year or month is out of range
     */
    public static Period ofMonth(int year, int month) {
        return ReportedDate.ofMonth(year, month).toPeriod();
    }

    /**
     * Looks up the canonical text without throwing.
     *
     * @param text {@code start/end} or a single date, each in {@link ReportedDate}'s canonical text, not null
     * @return the period, or a miss with {@code date.unparseable} or {@code date.period-reversed}
     */
    public static Lookup<Period> lookup(CharSequence text) {
        int slash = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '/') {
                if (slash >= 0) {
                    return Lookup.miss(IssueCode.DATE_UNPARSEABLE);
                }
                slash = i;
            }
        }
        if (slash < 0) {
            Lookup<ReportedDate> single = ReportedDate.lookup(text);
            return single.isFound() ? Lookup.found(single.value().toPeriod()) : Lookup.miss(single.code());
        }
        Lookup<ReportedDate> start = ReportedDate.lookup(text.subSequence(0, slash));
        Lookup<ReportedDate> end = ReportedDate.lookup(text.subSequence(slash + 1, text.length()));
        if (!start.isFound() || !end.isFound()) {
            return Lookup.miss(IssueCode.DATE_UNPARSEABLE);
        }
        if (end.value().isBefore(start.value())) {
            return Lookup.miss(IssueCode.DATE_PERIOD_REVERSED);
        }
        return Lookup.found(new Period(start.value(), end.value()));
    }

    /**
     * Parses the canonical text.
     *
     * @param text {@code 2023-01/2023-06}, {@code 2023-01-15/2023-02-14} or a single date such as {@code 2023},
     *     not null
     * @return the period
     * @throws InvalidValueException ({@code date.unparseable}) if the text is not of that form;
     *     ({@code date.period-reversed}) if the end is before the start
     */
    public static Period parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Lookup<Period> l = lookup(text);
        return l.orElseThrow(() -> l.code() == IssueCode.DATE_PERIOD_REVERSED
                ? "Period \"" + text + "\" ends before it starts: a period ends on or after the day it starts."
                : "Period \"" + text + "\" is not a period: write start/end such as 2023-01/2023-06 or "
                        + "2023-01-15/2023-02-14, or one date such as 2023.");
    }

    /**
     * Returns the first date, as written.
     *
     * @return the start, not null
     */
    public ReportedDate start() {
        return start;
    }

    /**
     * Returns the last date, as written.
     *
     * @return the end, not null
     */
    public ReportedDate end() {
        return end;
    }

    /**
     * Returns the first day of the period.
     *
     * @return {@code start().firstDay()}
     */
    public LocalDate firstDay() {
        return start.firstDay();
    }

    /**
     * Returns the last day of the period.
     *
     * @return {@code end().lastDay()}
     */
    public LocalDate lastDay() {
        return end.lastDay();
    }

    /**
     * Returns the number of days in the period.
     *
     * @return at least 1
     */
    public long lengthInDays() {
        return ChronoUnit.DAYS.between(firstDay(), lastDay()) + 1;
    }

    /**
     * Returns whether the day lies in the period.
     *
     * @param day the day, not null
     * @return true when {@code firstDay() <= day <= lastDay()}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(firstDay()) && !day.isAfter(lastDay());
    }

    /**
     * Returns whether every day the date may stand for lies in the period.
     *
     * @param date the date, not null
     * @return true when the date's first and last days lie in the period
     */
    public boolean contains(ReportedDate date) {
        return contains(date.firstDay()) && contains(date.lastDay());
    }

    /**
     * Returns whether the two periods share at least one day.
     *
     * @param other the other period, not null
     * @return true when they overlap
     */
    public boolean overlaps(Period other) {
        return !lastDay().isBefore(other.firstDay()) && !other.lastDay().isBefore(firstDay());
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Period && ((Period) o).start.equals(start) && ((Period) o).end.equals(end);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + end.hashCode();
    }

    /**
     * Returns the canonical text.
     *
     * @return {@code start/end}, or the single date when start equals end
     */
    @Override
    public String toString() {
        return start.equals(end) ? start.toString() : start + "/" + end;
    }
}
