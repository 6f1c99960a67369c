package org.migrationkit.core.time;

/**
 * How precise a {@link ReportedDate} is. Humanitarian data often reports only a month or a year
 * (domain-standards §1.5: MMP dates are at least month and year).
 */
public enum DatePrecision {
    /** A single day, written {@code 2023-05-17}. */
    DAY("day"),
    /** A calendar month, written {@code 2023-05}. */
    MONTH("month"),
    /** A calendar year, written {@code 2023}. */
    YEAR("year");

    private final String code;

    DatePrecision(String code) {
        this.code = code;
    }

    /**
     * Returns the wire form.
     *
     * @return {@code day}, {@code month} or {@code year}
     */
    public String code() {
        return code;
    }
}
