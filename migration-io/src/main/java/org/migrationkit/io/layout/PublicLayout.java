package org.migrationkit.io.layout;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Checkable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.validation.RecordRules;
import org.migrationkit.io.csv.CsvHeader;

/**
 * One public layout: its descriptor, its columns (the schema) and its mapper. Adding a layout is adding one
 * subclass and registering it in {@link Layouts}; nothing else changes.
 *
 * @param <R> what one input record becomes: an {@code Incident}, or the {@code PopulationFigure}s of one row
 */
abstract class PublicLayout<R> {
    final Layout layout;
    final List<Column> columns;
    private final Map<String, Integer> ruleColumns = new HashMap<>();
    private final Map<String, Integer> tableColumns = new HashMap<>();

    PublicLayout(Layout layout, List<Column> columns) {
        this.layout = layout;
        this.columns = List.copyOf(columns);
    }

    /** Says which layout column a record rule's field (a record component) is reported on. */
    final void ruleField(String component, int column) {
        ruleColumns.put(component, column);
    }

    /**
     * Says which layout column a table column's values come from, whatever the record, so that the dataset rules
     * (duplicates, outliers, spellings) locate their issues at the file's own column.
     */
    final void tableColumn(String tableColumn, int column) {
        if (column >= 0) {
            tableColumns.put(tableColumn, column);
        }
    }

    /** The layout column of each table column read from one column of the file. */
    final Map<String, Integer> tableColumns() {
        return tableColumns;
    }

    /** Whether a CSV header has this layout's required columns (and whatever else the layout needs, e.g. tags). */
    boolean matches(CsvHeader header, int[] index) {
        for (int i = 0; i < index.length; i++) {
            if (index[i] < 0 && columns.get(i).required()) {
                return false;
            }
        }
        return true;
    }

    /** Returns the layout to read one file with the given header (a layout read by tags plans its columns here). */
    PublicLayout<R> bind(CsvHeader header) {
        return this;
    }

    /** Whether a JSON record's property names fit this layout (JSON is read by the API layouts only). */
    boolean readsJson() {
        return false;
    }

    /** How many columns decide the layout: more specific layouts win when several match. */
    int specificity() {
        int n = 0;
        for (Column c : columns) {
            n += c.required() ? 1 : 0;
        }
        return n;
    }

    /**
     * Maps one record; problems go to {@code cells} as located issues. Returns null when no value can be made.
     * Invalid values that the model refuses are caught by the caller and become issues.
     */
    abstract @Nullable R map(Cells cells);

    /** The records of the model made from one input record, for the record rules. */
    abstract List<? extends Checkable> checkables(R value);

    /** Runs the record rules, moving each issue from the record component to the column it was read from. */
    final void checkRules(R value, Cells cells, LocalDate today) {
        IssueLocation at = cells.whereRecord();
        for (Checkable c : checkables(value)) {
            for (Issue issue : RecordRules.check(c, today, at)) {
                Integer column = ruleColumns.get(issue.location().field());
                cells.add(column == null ? issue.withLocation(at) : issue.withLocation(cells.where(column)));
            }
        }
    }

    /** The names of the layout's columns, for messages. */
    final List<String> names() {
        List<String> out = new ArrayList<>(columns.size());
        for (Column c : columns) {
            out.add(c.name());
        }
        return out;
    }
}
