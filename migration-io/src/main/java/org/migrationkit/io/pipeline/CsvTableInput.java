package org.migrationkit.io.pipeline;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvHeader;
import org.migrationkit.io.csv.CsvTableReader;
import org.migrationkit.io.csv.CsvTableRecords;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.layout.Layout;
import org.migrationkit.io.schema.Entity;

/**
 * An entity table in CSV, read by {@link CsvTableReader}: the byte-level typed reader, over byte ranges in parallel
 * when the input is a file.
 */
final class CsvTableInput implements InputReader {
    private final Entity entity;
    private final CsvTableRecords<?> records;
    private final int[] columns;
    private final Table<?, ?> table;
    private final @Nullable Path spooled;
    private final boolean parallel;

    private CsvTableInput(Entity entity, CsvTableRecords<?> records, @Nullable Path spooled, boolean parallel) {
        this.entity = entity;
        this.spooled = spooled;
        this.parallel = parallel;
        this.records = records;
        this.table = Tables.of(entity);
        this.columns = records.header().match(table.acceptedNames());
    }

    /**
     * Opens a table of {@code entity}: the file read with {@code threads} threads when {@code path} is given, else
     * the stream; {@code spooled} is a temporary copy of a stream to delete on close.
     */
    static CsvTableInput open(Entity entity, @Nullable Path path, @Nullable InputStream in, String name,
            Readers.Options options, int threads, @Nullable Path spooled) {
        CsvTableReader<?> reader = CsvTableReader.builder(entity.recordType()).encoding(options.encoding())
                .parallelism(threads).rejecting(options.isError()).bytesRead(options.bytesRead()).build();
        CsvTableRecords<?> records = path != null ? reader.open(path, name) : reader.open(in, name);
        return new CsvTableInput(entity, records, spooled, path != null && threads > 1);
    }

    /** The entity whose required columns are all in the header, with the most columns matched; or null. */
    static @Nullable Entity byHeader(CsvHeader header) {
        Entity best = null;
        int bestMatched = 0;
        for (Entity e : Entity.values()) {
            Table<?, ?> t = Tables.of(e);
            int[] m = header.match(t.acceptedNames());
            int matched = 0;
            boolean required = true;
            for (int i = 0; i < m.length; i++) {
                if (m[i] >= 0) {
                    matched++;
                } else if (t.fields().get(i).column().isRequired()) {
                    required = false;
                }
            }
            // At least half of the header must be the table's columns, so that a table of another kind that happens
            // to have an "id" column is not taken for one of ours.
            if (required && matched * 2 >= header.size() && matched > bestMatched) {
                best = e;
                bestMatched = matched;
            }
        }
        return best;
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
        return records.iterator();
    }

    @Override
    public boolean readsInParallel() {
        return parallel;
    }

    @Override
    public List<Issue> fileIssues() {
        return records.fileIssues();
    }

    @Override
    public String field(String column) {
        return column;
    }

    @Override
    public @Nullable Integer column(String column) {
        Field<?, ?> f = table.findField(column);
        return f == null || columns[f.index()] < 0 ? null : columns[f.index()] + 1;
    }

    @Override
    public void close() {
        records.close();
        Readers.delete(spooled);
    }
}
