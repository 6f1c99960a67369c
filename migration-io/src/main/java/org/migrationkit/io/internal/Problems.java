package org.migrationkit.io.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.Severity;

/**
 * The issues of the record being read: a reader resets it per record and turns what it holds into that record's
 * value or rejection.
 */
public final class Problems {
    private final @Nullable String file;
    private @Nullable Long record;
    private @Nullable Long line;
    private List<Issue> issues = new ArrayList<>();
    private boolean errors;
    private final Predicate<IssueCode> rejects;

    /**
     * Creates an empty collector whose errors reject the record.
     *
     * @param file the file as given, for locations; or null
     */
    public Problems(@Nullable String file) {
        this(file, code -> code.severity() == Severity.ERROR);
    }

    /**
     * Creates an empty collector for a run that ignores codes or changes their severity.
     *
     * @param file the file as given, for locations; or null
     * @param rejects which codes reject the record; an error that does not travels as a warning, for the run to
     *     re-rate
     */
    public Problems(@Nullable String file, Predicate<IssueCode> rejects) {
        this.file = file;
        this.rejects = rejects;
    }

    /**
     * Starts a record: forgets the issues collected so far.
     *
     * @param newRecord the 1-based record, or null
     * @param newLine the 1-based line where it starts, or null
     */
    public void start(@Nullable Long newRecord, @Nullable Long newLine) {
        this.record = newRecord;
        this.line = newLine;
        if (!issues.isEmpty()) {
            issues = new ArrayList<>();
        }
        errors = false;
    }

    /**
     * Returns the line the current record starts at.
     *
     * @return the 1-based line, or null
     */
    public @Nullable Long line() {
        return line;
    }

    /**
     * Adds an issue.
     *
     * @param code the code, not null
     * @param message the message, without sensitive values; not null
     * @param field the column name or JSON pointer, or null
     * @param atLine the 1-based line, or null for the record's line
     * @param column the 1-based column, or null
     * @param value the offending value, or null when sensitive or none
     * @param suggestion a suggested value, or null
     */
    public void add(IssueCode code, String message, @Nullable String field, @Nullable Long atLine,
            @Nullable Integer column, @Nullable String value, @Nullable String suggestion) {
        IssueLocation location = new IssueLocation(file, record, atLine == null ? line : atLine, column, field);
        boolean rejecting = rejects.test(code);
        Severity severity = rejecting || code.severity() != Severity.ERROR ? code.severity() : Severity.WARNING;
        issues.add(new Issue(code, severity, message, location, value, suggestion));
        if (rejecting) {
            errors = true;
        }
    }

    /**
     * Returns whether no issue at all was added since {@link #start}.
     *
     * @return true for a clean record so far
     */
    public boolean isEmpty() {
        return issues.isEmpty();
    }

    /**
     * Returns whether an issue that rejects the record was added since {@link #start}.
     *
     * @return true when the record is to be rejected
     */
    public boolean hasErrors() {
        return errors;
    }

    /**
     * Returns the issues collected since {@link #start}, and hands them over: the next record starts a new list.
     *
     * @return the issues, unmodifiable
     */
    public List<Issue> take() {
        if (issues.isEmpty()) {
            // The common case, a clean record: nothing to copy, nothing to allocate.
            return List.of();
        }
        List<Issue> taken = List.copyOf(issues);
        issues = new ArrayList<>();
        return taken;
    }

    /**
     * Returns the file name for locations.
     *
     * @return the file, or null
     */
    public @Nullable String file() {
        return file;
    }
}
