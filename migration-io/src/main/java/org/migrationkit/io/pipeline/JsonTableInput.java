package org.migrationkit.io.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.json.JsonRecordReader;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.schema.Entity;

/** An entity table in JSON (an array of records) or JSON Lines, read by {@link JsonRecordReader}. */
final class JsonTableInput implements InputReader {
    private final Entity entity;
    private final JsonRecordReader<?> reader;

    JsonTableInput(Entity entity, InputStream in, String name, String fileName, Predicate<IssueCode> isError) {
        this.entity = entity;
        JsonRecordReader.Builder<?> b = JsonRecordReader.builder(entity.recordType()).rejecting(isError);
        this.reader = fileName.toLowerCase(Locale.ROOT).endsWith(".json") ? b.readDocument(in, name)
                : b.readLines(in, name);
    }

    @Override
    public Layout layout() {
        return EntityLayouts.of(entity);
    }

    @Override
    public Entity entity() {
        return entity;
    }

    @Override
    public Iterator<? extends ReadResult<?>> read() {
        return reader.iterator();
    }

    @Override
    public List<Issue> fileIssues() {
        return reader.fileIssues();
    }

    @Override
    public String field(String column) {
        return "/" + column;
    }

    @Override
    public @Nullable Integer column(String column) {
        return null;
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException e) {
            // A read-only input: closing cannot lose data.
        }
    }
}
