package org.migrationkit.core.time;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * A date as a source reports it: a day, a month or a year (domain-standards §1.5; humanitarian data is often
 * only month-precise). Years run from 1 to 9999.
 *
 * <p>The canonical text is ISO 8601 with the precision kept: {@code 2023-05-17}, {@code 2023-05}, {@code 2023}.
 * Equality is by precision and date, so {@code 2023-05} and {@code 2023-05-01} differ.
 *
 * <p>A date that is less precise than a day stands for one unknown day between {@link #firstDay()} and
 * {@link #lastDay()}. The comparisons say so honestly: {@link #isBefore(ReportedDate)} and
 * {@link #isAfter(ReportedDate)} hold only when they hold for every possible day ("certainly"), and
 * {@link #mayBeBefore(ReportedDate)} and {@link #mayBeAfter(ReportedDate)} when they hold for some possible day.
 * {@code 2023-05} is neither certainly before nor certainly after {@code 2023-05-17}, but may be either. For the
 * same reason there is no natural order; sort by {@link #firstDay()} when one is needed.
 *
 * <pre>{@code
 * ReportedDate may = ReportedDate.ofMonth(2023, 5);          // 2023-05
 * may.lastDay();                                             // 2023-05-31
 * may.isBefore(ReportedDate.parse("2023-06-02"));            // true
 * DateFormat.MMP_WEB_2017.parse("January 05, 2020");          // 2020-01-05
 * }</pre>
 */
public final class ReportedDate {
    private final LocalDate first;
    private final DatePrecision precision;

    private ReportedDate(LocalDate first, DatePrecision precision) {
        this.first = first;
        this.precision = precision;
    }

    /** Builds the date of a packed value from {@link DateText}; the value is known to be real. */
    static ReportedDate ofPacked(int packed, DatePrecision precision) {
        int month = DateText.monthOf(packed);
        int day = DateText.dayOf(packed);
        return new ReportedDate(LocalDate.of(DateText.yearOf(packed), Math.max(month, 1), Math.max(day, 1)), precision);
    }

    /**
     * Returns a day-precise date.
     *
     * @param day the day, not null, in years 1 to 9999
     * @return the date
     * @throws InvalidValueException ({@code date.unparseable}) if the year is outside 1 to 9999
     */
    public static ReportedDate ofDay(LocalDate day) {
        Objects.requireNonNull(day, "day");
        requireYear(day.getYear());
        return new ReportedDate(day, DatePrecision.DAY);
    }

    /**
     * Returns a day-precise date from its parts.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @param day the day of the month, 1 to 28, 29, 30 or 31 as the month has
     * @return the date
     * @throws InvalidValueException ({@code date.unparseable}) if the parts do not name a real day
     */
    public static ReportedDate of(int year, int month, int day) {
        int packed = DateText.day(year, month, day);
        if (packed == DateText.MISS) {
            throw new InvalidValueException(IssueCode.DATE_UNPARSEABLE, "Year " + year + ", month " + month
                    + ", day " + day + " is not a real day: years run from 1 to 9999, months from 1 to 12, and "
                    + "days up to the month's length (February 29 only in leap years).");
        }
        return ofPacked(packed, DatePrecision.DAY);
    }

    /**
     * Returns a month-precise date.
     *
     * @param month the month, not null, in years 1 to 9999
     * @return the date
     * @throws InvalidValueException ({@code date.unparseable}) if the year is outside 1 to 9999
     */
    public static ReportedDate ofMonth(YearMonth month) {
        Objects.requireNonNull(month, "month");
        requireYear(month.getYear());
        return new ReportedDate(month.atDay(1), DatePrecision.MONTH);
    }

    /**
     * Returns a month-precise date from its parts.
     *
     * @param year the year, 1 to 9999
     * @param month the month, 1 to 12
     * @return the date
     * @throws InvalidValueException ({@code date.unparseable}) if the year or month is out of range
     */
    public static ReportedDate ofMonth(int year, int month) {
        requireYear(year);
        if (month < 1 || month > 12) {
            throw new InvalidValueException(IssueCode.DATE_UNPARSEABLE,
                    "Month " + month + " is not a month: months run from 1 to 12.");
        }
        return ofPacked(DateText.pack(year, month, 0), DatePrecision.MONTH);
    }

    /**
     * Returns a year-precise date.
     *
     * @param year the year, 1 to 9999
     * @return the date
     * @throws InvalidValueException ({@code date.unparseable}) if the year is out of range
     */
    public static ReportedDate ofYear(int year) {
        requireYear(year);
        return ofPacked(DateText.pack(year, 0, 0), DatePrecision.YEAR);
    }

    private static void requireYear(int year) {
        if (year < 1 || year > 9999) {
            throw new InvalidValueException(IssueCode.DATE_UNPARSEABLE,
                    "Year " + year + " is out of range: years run from 1 to 9999.");
        }
    }

    /**
     * Looks up the canonical text without throwing.
     *
     * @param text {@code 2023-05-17}, {@code 2023-05} or {@code 2023}, not null
     * @return the date, or a miss with {@code date.unparseable}
     */
    public static Lookup<ReportedDate> lookup(CharSequence text) {
        switch (text.length()) {
            case 10:
                return DateFormat.ISO_DATE.lookup(text);
            case 7:
                return DateFormat.ISO_YEAR_MONTH.lookup(text);
            case 4:
                return DateFormat.YEAR.lookup(text);
            default:
                return Lookup.miss(IssueCode.DATE_UNPARSEABLE);
        }
    }

    /**
     * Parses the canonical text.
     *
     * @param text {@code 2023-05-17}, {@code 2023-05} or {@code 2023}, not null
     * @return the date
     * @throws InvalidValueException ({@code date.unparseable}) if the text is not one of these forms or names
     *     no real day
     */
    public static ReportedDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return lookup(text).orElseThrow(() -> "Reported date \"" + text + "\" is not a real date in canonical "
                + "form: write 2023-05-17 (day), 2023-05 (month) or 2023 (year).");
    }

    /**
     * Returns the precision.
     *
     * @return day, month or year
     */
    public DatePrecision precision() {
        return precision;
    }

    /**
     * Returns the year.
     *
     * @return 1 to 9999
     */
    public int year() {
        return first.getYear();
    }

    /**
     * Returns the first day this date may stand for.
     *
     * @return the day itself, the first of the month, or January 1
     */
    public LocalDate firstDay() {
        return first;
    }

    /**
     * Returns the last day this date may stand for.
     *
     * @return the day itself, the last of the month, or December 31
     */
    public LocalDate lastDay() {
        switch (precision) {
            case DAY:
                return first;
            case MONTH:
                return first.withDayOfMonth(first.lengthOfMonth());
            default:
                return first.withDayOfYear(first.lengthOfYear());
        }
    }

    /**
     * Returns whether the given day is one this date may stand for.
     *
     * @param day the day, not null
     * @return true when {@code firstDay() <= day <= lastDay()}
     */
    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(lastDay());
    }

    /**
     * Returns whether this date is certainly before the given day: its last possible day is earlier.
     *
     * @param day the day, not null
     * @return true when {@code lastDay() < day}
     */
    public boolean isBefore(LocalDate day) {
        return lastDay().isBefore(day);
    }

    /**
     * Returns whether this date is certainly after the given day: its first possible day is later.
     *
     * @param day the day, not null
     * @return true when {@code firstDay() > day}
     */
    public boolean isAfter(LocalDate day) {
        return first.isAfter(day);
    }

    /**
     * Returns whether this date may be before the given day: its first possible day is earlier.
     *
     * @param day the day, not null
     * @return true when {@code firstDay() < day}
     */
    public boolean mayBeBefore(LocalDate day) {
        return first.isBefore(day);
    }

    /**
     * Returns whether this date may be after the given day: its last possible day is later.
     *
     * @param day the day, not null
     * @return true when {@code lastDay() > day}
     */
    public boolean mayBeAfter(LocalDate day) {
        return lastDay().isAfter(day);
    }

    /**
     * Returns whether this date is certainly before the other: every day it may stand for is earlier than every
     * day the other may stand for.
     *
     * @param other the other date, not null
     * @return true when {@code lastDay() < other.firstDay()}
     */
    public boolean isBefore(ReportedDate other) {
        return lastDay().isBefore(other.first);
    }

    /**
     * Returns whether this date is certainly after the other.
     *
     * @param other the other date, not null
     * @return true when {@code firstDay() > other.lastDay()}
     */
    public boolean isAfter(ReportedDate other) {
        return other.isBefore(this);
    }

    /**
     * Returns whether this date may be before the other: some day it may stand for is earlier than some day the
     * other may stand for.
     *
     * @param other the other date, not null
     * @return true when {@code firstDay() < other.lastDay()}
     */
    public boolean mayBeBefore(ReportedDate other) {
        return first.isBefore(other.lastDay());
    }

    /**
     * Returns whether this date may be after the other.
     *
     * @param other the other date, not null
     * @return true when {@code lastDay() > other.firstDay()}
     */
    public boolean mayBeAfter(ReportedDate other) {
        return other.mayBeBefore(this);
    }

    /**
     * Returns the period this date stands for, from it to itself.
     *
     * @return the period, whose canonical text is this date's
     */
    public Period toPeriod() {
        return Period.of(this, this);
    }

    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof ReportedDate && ((ReportedDate) o).precision == precision
                && ((ReportedDate) o).first.equals(first);
    }

    @Override
    public int hashCode() {
        return first.hashCode() * 31 + precision.hashCode();
    }

    /**
     * Returns the canonical text.
     *
     * @return {@code 2023-05-17}, {@code 2023-05} or {@code 2023}
     */
    @Override
    public String toString() {
        char[] c = new char[precision == DatePrecision.DAY ? 10 : precision == DatePrecision.MONTH ? 7 : 4];
        put(c, 0, first.getYear(), 4);
        if (c.length > 4) {
            c[4] = '-';
            put(c, 5, first.getMonthValue(), 2);
        }
        if (c.length > 7) {
            c[7] = '-';
            put(c, 8, first.getDayOfMonth(), 2);
        }
        return new String(c);
    }

    private static void put(char[] c, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            c[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
