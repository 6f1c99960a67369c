package org.migrationkit.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.Function2;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.catalyst.InternalRow;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvTableRecords;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.Entity;

/**
 * The per-record pass over CSV files given as files ({@link SparkInput#csv}): each task reads its splits with
 * migrationkit's typed CSV reader (the local run's: byte-level scan, typing kernels, the same issues) and emits the
 * pass's rows ({@link PassRows}), one run per split.
 */
final class CsvChecker implements Function2<Integer, Iterator<CsvFiles.Split>, Iterator<InternalRow>>, Serializable {
    private static final long serialVersionUID = 1L;

    private final int input;
    private final Entity entity;
    private final List<CsvFiles.Head> heads;
    private final Broadcast<CsvFiles.Conf> conf;
    private final String encoding;
    private final Set<IssueCode> errors;
    private final LocalDate today;

    CsvChecker(int input, Entity entity, List<CsvFiles.Head> heads, Broadcast<CsvFiles.Conf> conf, Charset encoding,
            Set<IssueCode> errors, LocalDate today) {
        this.input = input;
        this.entity = entity;
        this.heads = List.copyOf(heads);
        this.conf = conf;
        this.encoding = encoding.name();
        this.errors = errors.isEmpty() ? Set.of() : EnumSet.copyOf(errors);
        this.today = today;
    }

    @Override
    public Iterator<InternalRow> call(Integer partition, Iterator<CsvFiles.Split> splits) {
        return new Checker(partition, splits);
    }

    private final class Checker implements Iterator<InternalRow> {
        private final Iterator<CsvFiles.Split> splits;
        private final Table<?, ?> table = Tables.of(entity);
        private final PassRows out;
        private @Nullable CsvTableRecords<?> open;
        private @Nullable Iterator<? extends ReadResult<?>> records;
        private boolean missing;
        /** What turns a byte offset of the split's stream into the file's; 0 for a file read whole. */
        private long shift;

        Checker(int partition, Iterator<CsvFiles.Split> splits) {
            this.splits = splits;
            this.out = new PassRows(input, partition, table, new int[table.fields().size()], today);
            TaskContext task = TaskContext.get();
            if (task != null) {
                task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) t -> close());
            }
        }

        @Override
        public boolean hasNext() {
            while (out.pending.isEmpty()) {
                if (records != null && records.hasNext()) {
                    check(records.next());
                } else if (records != null) {
                    close();
                    out.endRun();
                } else if (splits.hasNext()) {
                    start(splits.next());
                } else {
                    return false;
                }
            }
            return true;
        }

        @Override
        public InternalRow next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return out.pending.poll();
        }

        private void start(CsvFiles.Split split) {
            CsvFiles.Head head = heads.get(split.file());
            try {
                InputStream in = CsvFiles.open(conf.value().get(), head, split);
                shift = in instanceof CsvFiles.Lines lines ? lines.shift() : 0;
                // The delimiter the driver found in the header, so a split whose header is a copy reads alike; an
                // HXL row can only follow the file's own header.
                CsvTableRecords<?> r = CsvFiles.reader(entity, Charset.forName(encoding), head.delimiter(),
                        split.start() == 0, errors).open(in, head.name());
                open = r;
                missing = false;
                for (Issue i : r.fileIssues()) {
                    if (split.start() > 0 && (i.code() == IssueCode.FILE_BINARY || i.code() == IssueCode.FILE_EMPTY)) {
                        throw new IllegalStateException("The part of " + head.name() + " from byte " + split.start()
                                + " does not read as CSV text (" + i.code().code() + ") though the file's start "
                                + "does: validate it with multiLine=true, which reads the file whole.");
                    }
                    missing |= i.code() == IssueCode.HEADER_MISSING_COLUMN;
                }
                out.startRun(head.name(), r.header().match(table.acceptedNames()));
                records = r.iterator();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + head.name() + ": " + e.getMessage(), e);
            }
        }

        private void check(ReadResult<?> r) {
            long at = out.next();
            boolean error = false;
            for (Issue i : r.issues()) {
                // A required column missing is one file issue (reported by the driver), which every record carries.
                if (i.code() == IssueCode.HEADER_MISSING_COLUMN && i.location().record() == null) {
                    continue;
                }
                error |= errors.contains(i.code());
                out.issue(at, shift == 0 ? i : fileOffset(i, shift));
            }
            if (r.isRejected()) {
                if (!error) {
                    // Rejected with no error of its own: its file misses a required column.
                    out.rejectedWhole();
                }
            } else if (!missing) {
                out.checked(at, r.value());
            }
        }

        private void close() {
            records = null;
            CsvTableRecords<?> r = open;
            open = null;
            if (r != null) {
                r.close();
            }
        }
    }

    private static final Pattern OFFSET = Pattern.compile("at byte offset (\\d+) ");

    /** The issue with the byte offset its message gives counted in the file, not in the split's stream. */
    static Issue fileOffset(Issue i, long shift) {
        if (i.code() != IssueCode.ENCODING_INVALID_UTF8 && i.code() != IssueCode.CSV_NUL_BYTE) {
            return i;
        }
        Matcher m = OFFSET.matcher(i.message());
        if (!m.find()) {
            return i;
        }
        String message = i.message().substring(0, m.start(1)) + (Long.parseLong(m.group(1)) + shift)
                + i.message().substring(m.end(1));
        return new Issue(i.code(), i.severity(), message, i.location(), i.value(), i.suggestion());
    }
}
