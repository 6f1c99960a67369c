package org.migrationkit.io;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.Severity;

/**
 * One input record as a reader yields it: a value, or a rejection carrying its raw text and the issues that
 * rejected it (DESIGN §4, §5). Readers yield exactly one result per input record, so that
 * {@code records == valid + rejected}.
 *
 * <p>A record is rejected when it could not be made into a value or at least one issue of error severity is
 * attributed to it; a value may still carry warnings and infos.
 *
 * <pre>{@code
 * for (ReadResult<Migrant> r : reader) {
 *     if (r.isRejected()) {
 *         r.issues().forEach(i -> log(i.code() + " at " + i.location()));
 *     } else {
 *         save(r.value());
 *     }
 * }
 * }</pre>
 *
 * @param <T> the record type
 */
public final class ReadResult<T> {
    private final long record;
    private final long line;
    private final @Nullable T value;
    private final List<Issue> issues;
    private final @Nullable String raw;

    private ReadResult(long record, long line, @Nullable T value, List<Issue> issues, @Nullable String raw) {
        if (record < 1 || line < 1) {
            throw new IllegalArgumentException("record and line are 1-based, got " + record + " and " + line);
        }
        this.record = record;
        this.line = line;
        this.value = value;
        this.issues = List.copyOf(issues);
        this.raw = raw;
    }

    /**
     * Returns a record read as a value.
     *
     * @param record the 1-based record number
     * @param line the 1-based line it starts at
     * @param value the value, not null
     * @param issues its issues, none of error severity; not null
     * @param <T> the record type
     * @return the result
     * @throws IllegalArgumentException if an issue is an error: such a record is a rejection
     */
    public static <T> ReadResult<T> value(long record, long line, T value, List<Issue> issues) {
        Objects.requireNonNull(value, "value");
        for (Issue issue : issues) {
            if (issue.severity() == Severity.ERROR) {
                throw new IllegalArgumentException("A record with an error (" + issue.code().code()
                        + ") is a rejection, not a value.");
            }
        }
        return new ReadResult<>(record, line, value, issues, null);
    }

    /**
     * Returns a rejected record.
     *
     * @param record the 1-based record number
     * @param line the 1-based line it starts at
     * @param raw the record's raw text, or null when it is not kept (too long, or not delimited)
     * @param issues why it was rejected, at least one; not null
     * @param <T> the record type
     * @return the result
     * @throws IllegalArgumentException if there is no issue
     */
    public static <T> ReadResult<T> rejection(long record, long line, @Nullable String raw, List<Issue> issues) {
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("A rejection carries at least one issue.");
        }
        return new ReadResult<>(record, line, null, issues, raw);
    }

    /**
     * Returns the 1-based record number: the array element or the non-blank JSON Lines line, the CSV data row.
     *
     * @return the record number
     */
    public long record() {
        return record;
    }

    /**
     * Returns the 1-based physical line where the record starts.
     *
     * @return the line
     */
    public long line() {
        return line;
    }

    /**
     * Returns whether the record was rejected.
     *
     * @return true for a rejection
     */
    public boolean isRejected() {
        return value == null;
    }

    /**
     * Returns the value.
     *
     * @return the value
     * @throws NoSuchElementException if the record was rejected
     */
    public T value() {
        if (value == null) {
            throw new NoSuchElementException("Record " + record + " was rejected: " + issues.get(0).code().code());
        }
        return value;
    }

    /**
     * Returns the value, if the record was not rejected.
     *
     * @return the value, or empty for a rejection
     */
    public Optional<T> findValue() {
        return Optional.ofNullable(value);
    }

    /**
     * Returns the record's issues: the errors that rejected it, or the warnings and infos of a value.
     *
     * @return an unmodifiable list, in the order found
     */
    public List<Issue> issues() {
        return issues;
    }

    /**
     * Returns the raw text of a rejected record, for a reject file. It may hold sensitive values: never put it in
     * a report.
     *
     * @return the text, or null for a value or when it was not kept
     */
    public @Nullable String raw() {
        return raw;
    }

    /**
     * Describes the result without the value or the raw text, which may be sensitive.
     *
     * @return e.g. {@code ReadResult[record=4, line=4, rejected, issues=[json.duplicate-key]]}
     */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ReadResult[record=").append(record).append(", line=").append(line)
                .append(value == null ? ", rejected" : ", value").append(", issues=[");
        for (int i = 0; i < issues.size(); i++) {
            b.append(i == 0 ? "" : ", ").append(issues.get(i).code().code());
        }
        return b.append("]]").toString();
    }
}
