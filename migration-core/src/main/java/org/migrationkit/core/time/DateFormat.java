package org.migrationkit.core.time;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Lookup;

/**
 * The date formats of the real files, one explicit object each: a layout names its format, and every cell of
 * the column is read with it. Nothing is guessed per cell, so {@code 01/02/2026} is never a day-month in one row
 * and a month-day in the next.
 *
 * <p>Each format has a stable {@link #id()}, a non-throwing {@link #lookup(CharSequence)} that misses with
 * {@code date.unparseable} (a day that does not exist, such as {@code 2023-02-30}, is a miss too) and a throwing
 * {@link #parse(CharSequence)}. Spaces and tabs around the text are ignored; everything else must match. The
 * parsers are hand-written: a hit allocates only the result, a miss allocates nothing, and
 * {@link #lookup(byte[], int, int)} reads ASCII bytes without decoding them (natively for the ISO formats and
 * {@link #YEAR}; the others decode first).
 *
 * <p>Sources: domain-standards §1.5 (MMP layouts), §2.2 and §9 (DTM API, HDX exports).
 *
 * <pre>{@code
 * DateFormat.ISO_DATE_TIME.parse("2017-03-30T00:00:00");      // 2017-03-30
 * DateFormat.MONTH_YEAR.lookup("Jan 2020").value();           // 2020-01
 * DateFormat.ofId("mmp-web-2026").lookup("Fri, 01/01/2026 - 12:00").isFound();   // false: it was a Thursday
 * }</pre>
 */
public enum DateFormat {
    /** ISO 8601 calendar date, {@code 2014-01-06} (MMP layouts B and D). */
    ISO_DATE("iso-date", "2014-01-06", DatePrecision.DAY) {
        @Override
        int scan(CharSequence s, int from, int to) {
            return to - from == 10 ? DateText.isoDate(s, from) : DateText.MISS;
        }

        @Override
        int scan(byte[] b, int from, int to) {
            return to - from == 10 ? DateText.isoDate(b, from) : DateText.MISS;
        }
    },
    /**
     * ISO date and time separated by a space, {@code 2023-12-31 00:00:00} (MMP HDX/API CSV). The time must be a
     * real time of day and is dropped: the source reports days.
     */
    ISO_DATE_TIME_SPACE("iso-date-time-space", "2023-12-31 00:00:00", DatePrecision.DAY) {
        @Override
        int scan(CharSequence s, int from, int to) {
            return to - from == 19 && s.charAt(from + 10) == ' ' && DateText.isTime(s, from + 11)
                    ? DateText.isoDate(s, from) : DateText.MISS;
        }

        @Override
        int scan(byte[] b, int from, int to) {
            return to - from == 19 && b[from + 10] == ' ' && DateText.isTime(b, from + 11)
                    ? DateText.isoDate(b, from) : DateText.MISS;
        }
    },
    /**
     * ISO 8601 local date-time, {@code 2017-03-30T00:00:00} (DTM API {@code reportingDate}). The time must be a
     * real time of day and is dropped.
     */
    ISO_DATE_TIME("iso-date-time", "2017-03-30T00:00:00", DatePrecision.DAY) {
        @Override
        int scan(CharSequence s, int from, int to) {
            return to - from == 19 && s.charAt(from + 10) == 'T' && DateText.isTime(s, from + 11)
                    ? DateText.isoDate(s, from) : DateText.MISS;
        }

        @Override
        int scan(byte[] b, int from, int to) {
            return to - from == 19 && b[from + 10] == 'T' && DateText.isTime(b, from + 11)
                    ? DateText.isoDate(b, from) : DateText.MISS;
        }
    },
    /**
     * English month name, day and year, {@code January 05, 2020} (MMP website download 2017–2020, layout A). The
     * month is written in full, in any case; the day has one or two digits.
     */
    MMP_WEB_2017("mmp-web-2017", "January 05, 2020", DatePrecision.DAY) {
        @Override
        int scan(CharSequence s, int from, int to) {
            int space = indexOf(s, ' ', from, to);
            int comma = indexOf(s, ',', space + 1, to);
            int dayDigits = comma - space - 1;
            if (space < 0 || comma < 0 || dayDigits < 1 || dayDigits > 2 || to - comma != 6
                    || s.charAt(comma + 1) != ' ') {
                return DateText.MISS;
            }
            int month = DateText.monthName(s, from, space, false);
            int day = DateText.digits(s, space + 1, dayDigits);
            int year = DateText.digits(s, comma + 2, 4);
            return month < 0 || day < 0 || year < 0 ? DateText.MISS : DateText.day(year, month, day);
        }
    },
    /**
     * Weekday, US month/day/year and time, {@code Thu, 01/01/2026 - 12:00} (MMP website download 2026, layout C).
     * The weekday must be the real weekday of the date, which catches day and month swapped; the time is dropped.
     */
    MMP_WEB_2026("mmp-web-2026", "Thu, 01/01/2026 - 12:00", DatePrecision.DAY) {
        @Override
        int scan(CharSequence s, int from, int to) {
            if (to - from != 23 || s.charAt(from + 3) != ',' || s.charAt(from + 4) != ' '
                    || s.charAt(from + 7) != '/' || s.charAt(from + 10) != '/' || s.charAt(from + 15) != ' '
                    || s.charAt(from + 16) != '-' || s.charAt(from + 17) != ' ' || !DateText.isHourMinute(s, from + 18)) {
                return DateText.MISS;
            }
            int month = DateText.digits(s, from + 5, 2);
            int day = DateText.digits(s, from + 8, 2);
            int year = DateText.digits(s, from + 11, 4);
            int packed = month < 0 || day < 0 || year < 0 ? DateText.MISS : DateText.day(year, month, day);
            if (packed == DateText.MISS
                    || DateText.weekday(s, from) != LocalDate.of(year, month, day).getDayOfWeek().getValue()) {
                return DateText.MISS;
            }
            return packed;
        }
    },
    /**
     * English month name and year, {@code January 2020} or {@code Jan 2020} (any case; {@code Sept} too), as
     * month-precise dates.
     */
    MONTH_YEAR("month-year", "January 2020", DatePrecision.MONTH) {
        @Override
        int scan(CharSequence s, int from, int to) {
            int space = indexOf(s, ' ', from, to);
            if (space < 0 || to - space != 5) {
                return DateText.MISS;
            }
            int month = DateText.monthName(s, from, space, true);
            int year = DateText.digits(s, space + 1, 4);
            return month < 0 || year < 0 ? DateText.MISS : DateText.month(year, month);
        }
    },
    /** A year alone, {@code 2020}, as a year-precise date. */
    YEAR("year", "2020", DatePrecision.YEAR) {
        @Override
        int scan(CharSequence s, int from, int to) {
            return to - from == 4 ? DateText.isoYear(s, from) : DateText.MISS;
        }

        @Override
        int scan(byte[] b, int from, int to) {
            return to - from == 4 ? DateText.isoYear(b, from) : DateText.MISS;
        }
    },
    /** ISO 8601 year and month, {@code 2023-05}, as a month-precise date. */
    ISO_YEAR_MONTH("iso-year-month", "2023-05", DatePrecision.MONTH) {
        @Override
        int scan(CharSequence s, int from, int to) {
            return to - from == 7 ? DateText.isoYearMonth(s, from) : DateText.MISS;
        }

        @Override
        int scan(byte[] b, int from, int to) {
            return to - from == 7 ? DateText.isoYearMonth(b, from) : DateText.MISS;
        }
    };

    private static final List<DateFormat> ALL = List.of(values());

    private final String id;
    private final String example;
    private final DatePrecision precision;

    DateFormat(String id, String example, DatePrecision precision) {
        this.id = id;
        this.example = example;
        this.precision = precision;
    }

    /** Scans {@code s[from, to)}, already trimmed; returns the packed date or {@link DateText#MISS}. */
    abstract int scan(CharSequence s, int from, int to);

    /** Scans ASCII bytes {@code b[from, to)}, already trimmed; formats with non-digit parts decode first. */
    int scan(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
        return scan(s, 0, s.length());
    }

    private static int indexOf(CharSequence s, char c, int from, int to) {
        if (from < 0) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Returns the stable id that layouts and options use.
     *
     * @return e.g. {@code iso-date}
     */
    public String id() {
        return id;
    }

    /**
     * Returns an example of the format as the source writes it.
     *
     * @return e.g. {@code January 05, 2020}
     */
    public String example() {
        return example;
    }

    /**
     * Returns the precision of the dates this format reads.
     *
     * @return day, month or year
     */
    public DatePrecision precision() {
        return precision;
    }

    /**
     * Reads a date without throwing.
     *
     * @param text the cell, not null; spaces and tabs around it are ignored
     * @return the date, or a miss with {@code date.unparseable} (no suggestion; allocates nothing)
     */
    public Lookup<ReportedDate> lookup(CharSequence text) {
        int from = DateText.trimStart(text);
        int packed = scan(text, from, DateText.trimEnd(text, from));
        return packed == DateText.MISS
                ? Lookup.miss(IssueCode.DATE_UNPARSEABLE)
                : Lookup.found(ReportedDate.ofPacked(packed, precision));
    }

    /**
     * Reads a date from ASCII bytes without throwing or decoding them (bulk path).
     *
     * @param b the bytes, not null
     * @param off the index of the first byte
     * @param len the number of bytes; spaces and tabs around them are ignored
     * @return the date, or a miss with {@code date.unparseable}
     * @throws IndexOutOfBoundsException if {@code off} and {@code len} do not lie within {@code b}
     */
    public Lookup<ReportedDate> lookup(byte[] b, int off, int len) {
        Objects.checkFromIndexSize(off, len, b.length);
        int from = DateText.trimStart(b, off, off + len);
        int packed = scan(b, from, DateText.trimEnd(b, from, off + len));
        return packed == DateText.MISS
                ? Lookup.miss(IssueCode.DATE_UNPARSEABLE)
                : Lookup.found(ReportedDate.ofPacked(packed, precision));
    }

    /**
     * Reads a date.
     *
     * @param text the text, not null; spaces and tabs around it are ignored
     * @return the date
     * @throws InvalidValueException ({@code date.unparseable}) if the text does not match this format or names a
     *     day that does not exist
     */
    public ReportedDate parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return lookup(text).orElseThrow(() -> "Date \"" + text + "\" does not match date format " + id
                + ": write a real date like \"" + example + "\".");
    }

    /**
     * Returns all formats, in declaration order.
     *
     * @return an unmodifiable list
     */
    public static List<DateFormat> all() {
        return ALL;
    }

    /**
     * Finds the format with the given id.
     *
     * @param id a format id such as {@code iso-date}, not null
     * @return the format, or empty
     */
    public static Optional<DateFormat> findById(String id) {
        for (DateFormat f : ALL) {
            if (f.id.equals(id)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the format with the given id.
     *
     * @param id a format id such as {@code iso-date}, not null
     * @return the format
     * @throws IllegalArgumentException if no format has that id; the message lists the ids
     */
    public static DateFormat ofId(String id) {
        Objects.requireNonNull(id, "id");
        return findById(id).orElseThrow(() -> new IllegalArgumentException("Unknown date format id \"" + id
                + "\": use one of " + ALL.stream().map(DateFormat::id).collect(Collectors.joining(", ")) + "."));
    }

    /**
     * Returns {@link #id()}.
     *
     * @return the id
     */
    @Override
    public String toString() {
        return id;
    }
}
