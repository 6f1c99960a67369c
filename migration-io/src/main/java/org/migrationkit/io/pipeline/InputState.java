package org.migrationkit.io.pipeline;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.schema.Entity;

/** One input being validated: its name, how it names columns, and its record counts (adjusted by dataset rules). */
final class InputState {
    final int index;
    final String name;
    final @Nullable String layout;
    final @Nullable Entity entity;
    private final boolean json;
    private final Map<String, Integer> columns = new HashMap<>();
    long records;
    long rejected;

    InputState(int index, String name, @Nullable String layout, @Nullable Entity entity, @Nullable InputReader reader) {
        this.index = index;
        this.name = name;
        this.layout = layout;
        this.entity = entity;
        this.json = reader instanceof JsonTableInput;
        if (reader != null && entity != null) {
            for (org.migrationkit.io.schema.Column c : org.migrationkit.io.schema.TableSchema.of(entity).columns()) {
                Integer at = reader.column(c.name());
                if (at != null) {
                    columns.put(c.name(), at);
                }
            }
        }
    }

    /** The location of a column of a record of this input. */
    IssueLocation at(long record, long line, @Nullable String column) {
        if (column == null) {
            return new IssueLocation(name, record, line, null, null);
        }
        return new IssueLocation(name, record, line, json ? null : columns.get(column), json ? "/" + column : column);
    }

    /** The location of an issue a record rule reported with a component name as field. */
    IssueLocation field(IssueLocation where) {
        String f = where.field();
        if (f == null) {
            return where;
        }
        String column = f.startsWith("/") ? f.substring(1) : f;
        // Record rules name the record's component (birthYear, total); the report names the table's column
        // (birth_year, total_dead_and_missing).
        if (entity != null && !hasColumn(column)) {
            String named = snakeCase(column);
            if (!hasColumn(named)) {
                named = COMPONENT_COLUMNS.getOrDefault(column, column);
            }
            if (hasColumn(named)) {
                column = named;
                f = f.startsWith("/") ? "/" + named : named;
            }
        }
        Integer at = json ? null : columns.get(column);
        return new IssueLocation(where.file(), where.record(), where.line(), where.column() != null ? where.column()
                : at, json && !f.startsWith("/") ? "/" + f : f);
    }

    /**
     * The column of a component whose column is named otherwise (counts of MMP incidents; a location is reported at its
     * latitude, a breakdown at its total).
     */
    private static final Map<String, String> COMPONENT_COLUMNS = Map.of("dead", "number_dead", "missing",
            "number_missing", "total", "total_dead_and_missing", "survivors", "number_of_survivors", "females",
            "number_of_females", "males", "number_of_males", "children", "number_of_children", "location", "latitude",
            "breakdown", "total");

    private boolean hasColumn(String column) {
        // The exact name: findColumn would also match birthYear to birth_year, and the report must say birth_year.
        return entity != null && org.migrationkit.io.schema.TableSchema.of(entity).header().contains(column);
    }

    private static String snakeCase(String name) {
        StringBuilder b = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                b.append('_').append(Character.toLowerCase(c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    boolean isSensitive(@Nullable String field) {
        if (entity == null || field == null) {
            return false;
        }
        String column = field.startsWith("/") ? field.substring(1) : field;
        return org.migrationkit.io.schema.TableSchema.of(entity).findColumn(column).map(org.migrationkit.io.schema.Column::isSensitive).orElse(false);
    }
}
