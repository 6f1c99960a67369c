package org.migrationkit.io.pipeline;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.layout.LayoutRecords;
import org.migrationkit.io.schema.Entity;

/**
 * A public dataset (MMP, UNHCR, DTM, HXL) read by {@link org.migrationkit.io.layout.LayoutReader}. The layout runs
 * the record rules itself, locating their issues at the file's own columns, so the pipeline does not run them again.
 */
final class LayoutInput implements InputReader {
    private final LayoutRecords<?> records;
    private final Layout layout;
    private final Entity entity;
    private final @Nullable Path spooled;

    LayoutInput(LayoutRecords<?> records, @Nullable Path spooled) {
        this.records = records;
        this.layout = Objects.requireNonNull(records.layout(), "layout");
        this.entity = Entity.ofId(layout.entity());
        this.spooled = spooled;
    }

    @Override
    public Layout layout() {
        return layout;
    }

    @Override
    public Entity entity() {
        return entity;
    }

    @Override
    public boolean checksRecordRules() {
        return true;
    }

    @Override
    public Iterator<? extends ReadResult<?>> read() {
        return records.iterator();
    }

    @Override
    public List<Issue> fileIssues() {
        return records.fileIssues();
    }

    @Override
    public String field(String column) {
        // The file's own header where the table column comes from one column of it; else the table's name.
        String own = records.columnName(column);
        return own != null ? own : column;
    }

    @Override
    public @Nullable Integer column(String column) {
        return records.columnNumber(column);
    }

    @Override
    public void close() {
        records.close();
        Readers.delete(spooled);
    }
}
