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
    // Table column -> how this input names it, where that differs (a public layout's own header).
    private final Map<String, String> fields = new HashMap<>();
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
                String field = reader.field(c.name());
                if (!json && !field.equals(c.name())) {
                    fields.put(c.name(), field);
                }
            }
        }
    }

    /** How messages name a table column in this input: its own header where a public layout reads it from one. */
    String named(String column) {
        return fields.getOrDefault(column, column);
    }

    /** The location of a column of a record of this input. */
    IssueLocation at(long record, long line, @Nullable String column) {
        if (column == null) {
            return new IssueLocation(name, record, line, null, null);
        }
        return new IssueLocation(name, record, line, json ? null : columns.get(column),
                json ? "/" + column : fields.getOrDefault(column, column));
    }

    /** The location of an issue a record rule reported with a component name as field: at the column holding it. */
    IssueLocation field(IssueLocation where) {
        String component = where.field();
        if (component == null || entity == null) {
            return where;
        }
        String named = component.startsWith("/") ? component.substring(1) : component;
        String held = org.migrationkit.io.internal.Tables.of(entity).columnOf(named);
        String column = held != null ? held : named;
        Integer at = json ? null : columns.get(column);
        return new IssueLocation(where.file(), where.record(), where.line(), where.column() != null ? where.column()
                : at, json ? "/" + column : column);
    }

    boolean isSensitive(@Nullable String field) {
        if (entity == null || field == null) {
            return false;
        }
        String column = field.startsWith("/") ? field.substring(1) : field;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (e.getValue().equals(column)) {
                column = e.getKey(); // the file's own header of a table column
                break;
            }
        }
        return org.migrationkit.io.schema.TableSchema.of(entity).findColumn(column).map(org.migrationkit.io.schema.Column::isSensitive).orElse(false);
    }
}
