package org.migrationkit.io.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.migrationkit.core.validation.Issue;

/** Reads test inputs in every mode the reader has, and flattens the results for comparison. */
final class CsvTesting {
    private CsvTesting() {
    }

    /** One record as seen by a test: number, line, cells as bytes read as ISO-8859-1, issue codes and columns. */
    record Rec(long number, long line, List<String> cells, List<String> issues) {
    }

    /** A whole read: header names, file-level issue codes, records, and the counts. */
    record Read(List<String> header, List<String> fileIssues, List<Rec> records, long accepted, long rejected,
                int fallbacks) {
        /** The read without the mode-specific fallback count. */
        Read normalized() {
            return new Read(header, fileIssues, records, accepted, rejected, 0);
        }
    }

    /** The modes: serial, parallel over tiny ranges, a stream through the parser thread, and the slow scanner. */
    enum Mode {
        SERIAL(b -> b.parallelism(1)),
        PARALLEL_TINY_RANGES(b -> b.parallelism(3).chunkSize(5)),
        PARALLEL(b -> b.parallelism(2).chunkSize(64)),
        STREAM(b -> b.parallelism(2)),
        SMALL_BUFFERS(b -> b.parallelism(1).bufferSize(3)),
        SLOW_SCANNER(b -> b.parallelism(1).bufferSize(1).slowThreshold(0));

        final UnaryOperator<CsvReader.Builder> setup;

        Mode(UnaryOperator<CsvReader.Builder> setup) {
            this.setup = setup;
        }
    }

    static String iso(byte[] b, int off, int len) {
        return new String(b, off, len, StandardCharsets.ISO_8859_1);
    }

    static Read read(Path file, CsvReader.Builder builder, Mode mode) {
        CsvReader reader = mode.setup.apply(builder).build();
        try (CsvRecords records = mode == Mode.STREAM
                ? reader.open(new ByteArrayInputStream(Files.readAllBytes(file)), file.getFileName().toString())
                : reader.open(file, file.getFileName().toString())) {
            List<Rec> out = new ArrayList<>();
            for (CsvRecord r : records) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < r.fieldCount(); i++) {
                    cells.add(iso(r.buffer(), r.offset(i), r.length(i)));
                }
                List<String> codes = new ArrayList<>();
                for (Issue i : r.issues()) {
                    codes.add(i.code() + "@" + i.location().column() + ":" + i.message());
                }
                out.add(new Rec(r.number(), r.line(), cells, codes));
            }
            CsvSummary s = records.summary();
            List<String> fileIssues = new ArrayList<>();
            for (Issue i : s.fileIssues()) {
                fileIssues.add(i.code().code());
            }
            return new Read(s.header().names(), fileIssues, out, s.accepted(), s.rejected(), records.fallbacks());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, byte[] content) {
        try {
            return Files.write(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path dir, String name, String content) {
        return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
    }
}
