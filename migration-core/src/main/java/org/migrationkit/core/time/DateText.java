package org.migrationkit.core.time;

/**
 * Allocation-free scanning primitives shared by {@link DateFormat} and {@link ReportedDate}. A parsed date is
 * packed into one int, {@code year * 10000 + month * 100 + day}, with 0 for a missing month or day and
 * {@link #MISS} for no date, so a miss costs nothing on the bulk path.
 */
final class DateText {
    /** The packed value of a miss. */
    static final int MISS = -1;

    private static final String[] MONTHS = {
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december"};
    // ISO 8601 day numbers: index 0 is Monday, as in java.time.DayOfWeek.
    private static final String[] WEEKDAYS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

    private DateText() {
    }

    static int pack(int year, int month, int day) {
        return year * 10000 + month * 100 + day;
    }

    static int yearOf(int packed) {
        return packed / 10000;
    }

    static int monthOf(int packed) {
        return packed / 100 % 100;
    }

    static int dayOf(int packed) {
        return packed % 100;
    }

    static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    static int daysInMonth(int year, int month) {
        switch (month) {
            case 2:
                return isLeap(year) ? 29 : 28;
            case 4: case 6: case 9: case 11:
                return 30;
            default:
                return 31;
        }
    }

    /** Packs a real day of years 1 to 9999, or returns {@link #MISS}. */
    static int day(int year, int month, int day) {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return MISS;
        }
        return pack(year, month, day);
    }

    /** Packs a month of years 1 to 9999, or returns {@link #MISS}. */
    static int month(int year, int month) {
        return year < 1 || year > 9999 || month < 1 || month > 12 ? MISS : pack(year, month, 0);
    }

    /** Packs a year from 1 to 9999, or returns {@link #MISS}. */
    static int year(int year) {
        return year < 1 || year > 9999 ? MISS : pack(year, 0, 0);
    }

    // ---- CharSequence

    /** Returns the value of {@code n} ASCII digits at {@code from}, or -1 if any is not a digit. */
    static int digits(CharSequence s, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int d = s.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    /** Parses {@code yyyy-MM-dd} at {@code from}; the caller checks there are 10 characters. */
    static int isoDate(CharSequence s, int from) {
        if (s.charAt(from + 4) != '-' || s.charAt(from + 7) != '-') {
            return MISS;
        }
        int y = digits(s, from, 4);
        int m = digits(s, from + 5, 2);
        int d = digits(s, from + 8, 2);
        return y < 0 || m < 0 || d < 0 ? MISS : day(y, m, d);
    }

    /** Parses {@code yyyy-MM} at {@code from}; the caller checks there are 7 characters. */
    static int isoYearMonth(CharSequence s, int from) {
        if (s.charAt(from + 4) != '-') {
            return MISS;
        }
        int y = digits(s, from, 4);
        int m = digits(s, from + 5, 2);
        return y < 0 || m < 0 ? MISS : month(y, m);
    }

    /** Parses {@code yyyy} at {@code from}; the caller checks there are 4 characters. */
    static int isoYear(CharSequence s, int from) {
        int y = digits(s, from, 4);
        return y < 0 ? MISS : year(y);
    }

    /** Returns whether {@code HH:mm:ss} at {@code from} is a real time of day. */
    static boolean isTime(CharSequence s, int from) {
        return s.charAt(from + 2) == ':' && s.charAt(from + 5) == ':' && isHourMinute(s, from)
                && between(digits(s, from + 6, 2), 0, 59);
    }

    /** Returns whether {@code HH:mm} at {@code from} is a real time of day. */
    static boolean isHourMinute(CharSequence s, int from) {
        return s.charAt(from + 2) == ':' && between(digits(s, from, 2), 0, 23)
                && between(digits(s, from + 3, 2), 0, 59);
    }

    /**
     * Returns the month (1 to 12) whose English name is {@code s[from, to)}, ignoring ASCII case, or -1.
     *
     * @param abbreviated whether the three-letter abbreviations (and {@code Sept}) are accepted too
     */
    static int monthName(CharSequence s, int from, int to, boolean abbreviated) {
        int len = to - from;
        for (int m = 0; m < 12; m++) {
            String name = MONTHS[m];
            boolean full = len == name.length();
            boolean shortForm = abbreviated && (len == 3 || len == 4 && m == 8);
            if ((full || shortForm) && regionMatches(s, from, name, len)) {
                return m + 1;
            }
        }
        return -1;
    }

    /** Returns the ISO day number (1 Monday to 7 Sunday) of a three-letter English weekday, or -1. */
    static int weekday(CharSequence s, int from) {
        for (int i = 0; i < 7; i++) {
            if (regionMatches(s, from, WEEKDAYS[i], 3)) {
                return i + 1;
            }
        }
        return -1;
    }

    private static boolean regionMatches(CharSequence s, int from, String lowerAscii, int len) {
        for (int i = 0; i < len; i++) {
            char c = s.charAt(from + i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c != lowerAscii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Returns the index after leading spaces and tabs. */
    static int trimStart(CharSequence s) {
        int i = 0;
        while (i < s.length() && isBlank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Returns the index after the last character that is not a space or tab, but at least {@code from}. */
    static int trimEnd(CharSequence s, int from) {
        int i = s.length();
        while (i > from && isBlank(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isBlank(int c) {
        return c == ' ' || c == '\t';
    }

    private static boolean between(int v, int min, int max) {
        return v >= min && v <= max;
    }

    // ---- ASCII bytes: the same scans for the bulk path, without decoding to a String.

    static int digits(byte[] b, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    static int isoDate(byte[] b, int from) {
        if (b[from + 4] != '-' || b[from + 7] != '-') {
            return MISS;
        }
        int y = digits(b, from, 4);
        int m = digits(b, from + 5, 2);
        int d = digits(b, from + 8, 2);
        return y < 0 || m < 0 || d < 0 ? MISS : day(y, m, d);
    }

    static int isoYearMonth(byte[] b, int from) {
        if (b[from + 4] != '-') {
            return MISS;
        }
        int y = digits(b, from, 4);
        int m = digits(b, from + 5, 2);
        return y < 0 || m < 0 ? MISS : month(y, m);
    }

    static int isoYear(byte[] b, int from) {
        int y = digits(b, from, 4);
        return y < 0 ? MISS : year(y);
    }

    static boolean isTime(byte[] b, int from) {
        return b[from + 2] == ':' && b[from + 5] == ':' && between(digits(b, from, 2), 0, 23)
                && between(digits(b, from + 3, 2), 0, 59) && between(digits(b, from + 6, 2), 0, 59);
    }

    static int trimStart(byte[] b, int off, int end) {
        int i = off;
        while (i < end && isBlank(b[i])) {
            i++;
        }
        return i;
    }

    static int trimEnd(byte[] b, int from, int end) {
        int i = end;
        while (i > from && isBlank(b[i - 1])) {
            i--;
        }
        return i;
    }
}
