package org.migrationkit.spark;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;
import org.apache.spark.network.util.JavaUtils;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.csv.CsvHeader;
import org.migrationkit.io.csv.CsvTableReader;
import org.migrationkit.io.csv.CsvTableRecords;
import org.migrationkit.io.schema.Entity;

/**
 * CSV files read by migrationkit's own reader on the executors: the files of a path, their headers (read once on
 * the driver: the delimiter, the file issues, the bytes each later split starts with) and the splits Spark's file
 * scan would make of them.
 *
 * <p>A split owns the lines that start after its first byte and at or before its end (the first split also the
 * line at 0), as Hadoop's line reader does, and is read as the header's bytes followed by those lines, so the reader
 * sees a small CSV file of its own. Lines are records only where no quoted value holds a line break: files are split
 * only when the caller says so ({@code multiLine=false}); otherwise, and for compressed and UTF-16 files, each file
 * is one split read whole, exactly as a local run reads it.
 */
final class CsvFiles {
    /** Bytes read on the driver to find a file's header: the local reader's sample. */
    private static final int SAMPLE = 64 * 1024;

    private CsvFiles() {
    }

    /**
     * A file's header as the driver found it.
     *
     * @param name the file, as Spark's {@code input_file_name()} names it
     * @param header the bytes the file starts with, through the header line's end (empty when the file is read
     *     whole)
     * @param delimiter the delimiter detected from the header line (or given)
     * @param names the header's column names
     */
    record Head(String name, byte[] header, char delimiter, List<String> names) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * A part of a file read by one task.
     *
     * @param file the file's index in its input
     * @param start the first byte (exclusive, unless 0: the split owns lines starting after it)
     * @param end the last byte a line it owns may start at
     * @param whole whether the file is read whole (start 0, end its size)
     */
    record Split(int file, long start, long end, boolean whole) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The files of an input and their splits, in read order.
     *
     * @param heads the files' headers
     * @param issues for each file, its file issues: header problems, an empty or binary file
     * @param splits the splits
     */
    record Plan(List<Head> heads, List<List<Issue>> issues, List<Split> splits) {
    }

    /** A Hadoop configuration sent to the executors (it is Writable, not Serializable). */
    static final class Conf implements Serializable {
        private static final long serialVersionUID = 1L;
        private transient Configuration conf;

        Conf(Configuration conf) {
            this.conf = conf;
        }

        Configuration get() {
            return conf;
        }

        private void writeObject(ObjectOutputStream out) throws IOException {
            out.defaultWriteObject();
            conf.write(out);
        }

        private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
            in.defaultReadObject();
            conf = new Configuration(false);
            conf.readFields(in);
        }
    }

    /**
     * Lists the files of a path (a file, a folder read recursively without its hidden files, or a glob), reads
     * their headers and splits them.
     */
    static Plan plan(SparkSession spark, Configuration conf, String path, SparkInput input, Entity entity,
            Set<IssueCode> errors) {
        try {
            List<FileStatus> files = files(conf, path);
            long open = bytes(spark, "spark.sql.files.openCostInBytes", "4m");
            long max = bytes(spark, "spark.sql.files.maxPartitionBytes", "128m");
            long total = 0;
            for (FileStatus f : files) {
                total += f.getLen() + open;
            }
            // Spark's own split size for a file scan (FilePartition.maxSplitBytes), so that both read in as many
            // tasks.
            long perCore = total / Math.max(1, spark.sparkContext().defaultParallelism());
            long size = Math.max(1, Math.min(max, Math.max(open, perCore)));
            CompressionCodecFactory codecs = new CompressionCodecFactory(conf);
            List<Head> heads = new ArrayList<>();
            List<List<Issue>> issues = new ArrayList<>();
            List<Split> splits = new ArrayList<>();
            for (FileStatus f : files) {
                Path p = f.getPath();
                boolean whole = !input.splitLines() || codecs.getCodec(p) != null;
                List<Issue> found = new ArrayList<>();
                Head head = head(conf, codecs, p, input, entity, errors, found);
                issues.add(found);
                whole |= head.header().length == 0;
                int index = heads.size();
                heads.add(head);
                long len = f.getLen();
                if (whole || len <= size) {
                    splits.add(new Split(index, 0, len, true));
                    continue;
                }
                for (long s = 0; s < len; s += size) {
                    splits.add(new Split(index, s, Math.min(len, s + size), false));
                }
            }
            return new Plan(heads, issues, splits);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list or read " + path + ": " + e.getMessage(), e);
        }
    }

    private static long bytes(SparkSession spark, String key, String fallback) {
        return JavaUtils.byteStringAsBytes(spark.conf().get(key, fallback));
    }

    /** The files of a path, sorted by name: a file, the visible files under a folder, or a glob's matches. */
    private static List<FileStatus> files(Configuration conf, String path) throws IOException {
        Path p = new Path(path);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] matched = fs.globStatus(p);
        if (matched == null || matched.length == 0) {
            throw new IllegalArgumentException("No CSV file at " + path + ".");
        }
        List<FileStatus> out = new ArrayList<>();
        for (FileStatus s : matched) {
            collect(fs, s, out);
        }
        out.sort(Comparator.comparing(s -> s.getPath().toString()));
        return out;
    }

    private static void collect(FileSystem fs, FileStatus s, List<FileStatus> out) throws IOException {
        if (s.isDirectory()) {
            for (FileStatus c : fs.listStatus(s.getPath())) {
                String n = c.getPath().getName();
                // As Spark's file listing: _SUCCESS, .crc files and other hidden files are not data.
                if (!n.startsWith("_") && !n.startsWith(".")) {
                    collect(fs, c, out);
                }
            }
        } else {
            out.add(s);
        }
    }

    /** Reads a file's header with the reader the executors use, on the file's first bytes. */
    private static Head head(Configuration conf, CompressionCodecFactory codecs, Path p, SparkInput input,
            Entity entity, Set<IssueCode> errors, List<Issue> issues) throws IOException {
        byte[] sample;
        try (InputStream in = open(conf, codecs, p)) {
            sample = in.readNBytes(SAMPLE);
        }
        String name = p.toUri().toString();
        CsvTableReader<?> reader = reader(entity, input.encoding(), input.delimiter(), true, errors);
        try (CsvTableRecords<?> records = reader.open(new ByteArrayInputStream(sample), name)) {
            CsvHeader h = records.header();
            int end = headerEnd(sample);
            boolean utf16 = sample.length >= 2 && ((sample[0] & 0xFF) == 0xFF && (sample[1] & 0xFF) == 0xFE
                    || (sample[0] & 0xFF) == 0xFE && (sample[1] & 0xFF) == 0xFF)
                    || input.encoding().name().startsWith("UTF-16");
            byte[] header = end < 0 || utf16 ? new byte[0] : Arrays.copyOf(sample, end);
            issues.addAll(records.fileIssues());
            return new Head(name, header, h.delimiter(), List.copyOf(h.names()));
        }
    }

    /** The end of the header line (after its line break), or -1 when the sample holds no complete header line. */
    static int headerEnd(byte[] b) {
        boolean quoted = false;
        boolean content = false;
        for (int i = 0; i < b.length; i++) {
            byte c = b[i];
            if (c == '"') {
                quoted = !quoted;
                content = true;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                int next = c == '\r' && i + 1 < b.length && b[i + 1] == '\n' ? i + 2 : i + 1;
                if (c == '\r' && i + 1 == b.length) {
                    return -1; // the CR may be half of a CRLF
                }
                if (content) {
                    return next;
                }
                i = next - 1; // blank lines before the header are skipped, as by the reader
            } else {
                content = true;
            }
        }
        return -1;
    }

    /** The reader of a split: the local reader's options, one thread (a task is one core). */
    static CsvTableReader<?> reader(Entity entity, Charset encoding, @Nullable Character delimiter, boolean hxlRow,
            Set<IssueCode> errors) {
        CsvTableReader.Builder<?> b = CsvTableReader.builder(entity.recordType()).encoding(encoding)
                .rejecting(errors::contains).parallelism(1).hxlRow(hxlRow);
        if (delimiter != null) {
            b.delimiter(delimiter);
        }
        return b.build();
    }

    private static InputStream open(Configuration conf, CompressionCodecFactory codecs, Path p) throws IOException {
        InputStream in = p.getFileSystem(conf).open(p);
        CompressionCodec codec = codecs.getCodec(p);
        return codec == null ? in : codec.createInputStream(in);
    }

    /** Opens a split as the reader reads it: the file whole, or the header's bytes followed by its lines. */
    static InputStream open(Configuration conf, Head head, Split split) throws IOException {
        Path p = new Path(head.name());
        if (split.whole()) {
            return open(conf, new CompressionCodecFactory(conf), p);
        }
        org.apache.hadoop.fs.FSDataInputStream raw = p.getFileSystem(conf).open(p);
        try {
            raw.seek(split.start());
            return new Lines(head.header(), new BufferedInputStream(raw, 1 << 16), split);
        } catch (IOException | RuntimeException e) {
            raw.close();
            throw e;
        }
    }

    /**
     * The lines a split owns, after the header's bytes: from the first line starting after the split's start
     * (from 0 for the first split, whose header is its own), through the line that holds the split's last byte.
     */
    static final class Lines extends InputStream {
        private final byte[] header;
        private final BufferedInputStream in;
        private final long end;
        private int headerAt;
        private long pos;
        private final long shift;
        private boolean done;

        Lines(byte[] header, BufferedInputStream in, Split split) throws IOException {
            this.in = in;
            this.end = split.end();
            this.pos = split.start();
            // The first split reads the header from the file itself.
            this.header = split.start() == 0 ? new byte[0] : header;
            if (split.start() > 0) {
                skipLine();
                // A line starting after the end belongs to the next split.
                done = pos > end;
            }
            this.shift = pos - this.header.length;
        }

        /** What to add to an offset in this stream to make it the file's (the stream starts with a header copy). */
        long shift() {
            return shift;
        }

        /** Skips to just after the first line break at or after the current position. */
        private void skipLine() throws IOException {
            int c;
            while ((c = in.read()) >= 0) {
                pos++;
                if (c == '\n') {
                    return;
                }
                if (c == '\r') {
                    in.mark(1);
                    if (in.read() == '\n') {
                        pos++;
                    } else {
                        in.reset();
                    }
                    return;
                }
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (headerAt < header.length) {
                int n = Math.min(len, header.length - headerAt);
                System.arraycopy(header, headerAt, b, off, n);
                headerAt += n;
                return n;
            }
            if (done) {
                return -1;
            }
            if (pos < end) {
                int n = in.read(b, off, (int) Math.min(len, end - pos));
                if (n < 0) {
                    done = true;
                    return -1;
                }
                pos += n;
                return n;
            }
            // Past the end: the rest of the line that holds the last byte, through its line break.
            int n = 0;
            while (n < len) {
                int c = in.read();
                if (c < 0) {
                    done = true;
                    break;
                }
                b[off + n++] = (byte) c;
                pos++;
                if (c == '\n') {
                    done = true;
                    break;
                }
                if (c == '\r') {
                    in.mark(1);
                    int d = in.read();
                    if (d == '\n') {
                        if (n < len) {
                            b[off + n++] = '\n';
                            pos++;
                        } else {
                            in.reset(); // delivered by the next call, which then ends
                            break;
                        }
                    } else if (d >= 0) {
                        in.reset();
                    }
                    done = true;
                    break;
                }
            }
            return n == 0 && done ? -1 : n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
