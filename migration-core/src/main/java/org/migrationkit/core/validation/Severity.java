package org.migrationkit.core.validation;

/**
 * How bad an issue is. A record with at least one {@link #ERROR} attributed to it is rejected; warnings and
 * info leave it valid (DESIGN §4).
 */
public enum Severity {
    /** The value or record cannot be trusted; the record is rejected. */
    ERROR("error"),
    /** Probably wrong, or inconsistent in a way real sources sometimes are; the record stays valid. */
    WARNING("warning"),
    /** Worth knowing (a legacy name mapped, an outlier); the record stays valid. */
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    /**
     * Returns the wire form used by the CLI and the JSON report.
     *
     * @return {@code error}, {@code warning} or {@code info}
     */
    public String code() {
        return code;
    }

    /**
     * Returns whether this severity is at least as severe as {@code other}.
     *
     * @param other the threshold, not null
     * @return true when this is {@code other} or worse
     */
    public boolean isAtLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }

    /**
     * Returns the severity with the given wire form.
     *
     * @param code {@code error}, {@code warning} or {@code info}, case-insensitive
     * @return the severity
     * @throws IllegalArgumentException if the code is none of them
     */
    public static Severity ofCode(String code) {
        for (Severity s : values()) {
            if (s.code.equalsIgnoreCase(code.strip())) {
                return s;
            }
        }
        throw new IllegalArgumentException("Unknown severity \"" + code + "\": use error, warning or info.");
    }
}
