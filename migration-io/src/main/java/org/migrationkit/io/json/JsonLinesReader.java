package org.migrationkit.io.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.io.ReadResult;

/**
 * Reads JSON Lines: one record per line (UTF-8, lines ended by {@code \n} or {@code \r\n}; blank lines are not
 * records). Each line is read on its own terms, so a broken line is one rejection — with its record number,
 * physical line and column — and the next lines still read. A line longer than {@link JsonLimits#maxLineLength()}
 * is rejected without being held in memory.
 *
 * <p>The common line — a flat object of the table's columns that types without any issue — is read straight from
 * its bytes, in place in the buffer, by {@link FlatLineReader} (the CSV reader's typing kernels); any other line goes
 * to Jackson as below, so what is reported is always what Jackson's reading reports.
 *
 * <p>The lines of a buffer are tokenised by one parser, which a parser per line would cost about a fifth of the
 * reading time to create and close. That parser's reading of a line is kept only when the line's object ends on
 * the line, nothing but blanks follows it and nothing was reported; any other line (a broken one, one with an
 * issue, one that spans buffers) is read again by a parser of its own, exactly as if it were alone, and the
 * shared parser restarts after it — so a broken line never affects the reading of the next one.
 *
 * <p>Locations: {@code record} is the 1-based count of non-blank lines, {@code line} the physical line,
 * {@code column} the parser's 1-based column in it, {@code field} the JSON pointer ({@code /number_dead}).
 *
 * <p>Open one with {@link JsonRecordReader#builder(Class)}{@code .readLines(path)}.
 *
 * @param <T> the record type
 */
public final class JsonLinesReader<T> extends JsonRecordReader<T> {
    private static final int CHUNK = 1 << 16;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long NEWLINES = 0x0A0A0A0A0A0A0A0AL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    // Lines are read into the first CHUNK bytes; the rest is the fast path's free room (FlatLineReader.readInPlace).
    private final byte[] chunk = new byte[2 * CHUNK + 64];
    private int pos;
    private int lim;
    private boolean eof;
    // A line that spans chunks is gathered here.
    private byte[] gathered = new byte[256];
    private int gatheredLength;
    private long physicalLine;
    private long record;

    // The line found by nextLine(): bytes[off, off + len), or too long.
    private byte[] lineBytes = chunk;
    private int lineOff;
    private int lineLen;
    private boolean tooLong;

    // The parser over the rest of the chunk, from sharedStart on; null when the next line must start a new one.
    private @Nullable JsonParser shared;
    private int sharedStart;
    // False once a line was re-read in this chunk, until the next fill: a broken line can send the shared parser
    // on to the end of the chunk before it fails, so that is paid at most once per chunk (hostile input cannot make
    // each line cost a chunk).
    private boolean shareable = true;

    // The byte-level path of the common line; null when the limits leave it out.
    private final @Nullable FlatLineReader<T> flat;

    JsonLinesReader(Builder<T> b, InputStream in, @Nullable String file) {
        super(b, in, file);
        this.flat = fastLines ? FlatLineReader.of(type, limits) : null;
    }

    @Override
    @Nullable ReadResult<T> readNext() throws IOException {
        while (true) {
            if (flat != null && pos < lim) {
                // The common line, read in place up to its line break: no separate search for it, no copy.
                T value = flat.readInPlace(chunk, pos, lim, limits.maxLineLength());
                if (value != null) {
                    pos = flat.lineEnd() + 1;
                    physicalLine++;
                    record++;
                    problems.start(record, physicalLine);
                    // Read without Jackson and without any issue; the shared parser, if any, is now behind.
                    dropShared();
                    return result(record, physicalLine, value, null);
                }
            }
            if (!nextLine()) {
                break;
            }
            if (!tooLong && isBlank()) {
                continue;
            }
            record++;
            problems.start(record, physicalLine);
            if (tooLong) {
                problems.add(IssueCode.LIMIT_LINE_LENGTH, "JSON Lines line " + physicalLine + " is longer than "
                        + limits.maxLineLength() + " bytes: the record is rejected and reading goes on with the next "
                        + "line; raise JsonLimits.maxLineLength only for trusted input.", null, null, null, null, null);
                dropShared();
                return result(record, physicalLine, null, null);
            }
            if (flat != null && lineBytes != chunk) {
                // A line gathered across buffers: the fast path on a copy of it.
                T value = flat.read(lineBytes, lineOff, lineLen);
                if (value != null) {
                    dropShared();
                    return result(record, physicalLine, value, null);
                }
            }
            if (lineBytes == chunk && shareable) {
                ReadResult<T> r = readShared();
                if (r != null) {
                    return r;
                }
            }
            dropShared();
            return parseLine();
        }
        if (record == 0) {
            fileIssue(Issue.of(IssueCode.FILE_EMPTY, "The JSON Lines input has no record: it is empty or has "
                    + "only blank lines; write one JSON object per line.", new IssueLocation(problems.file(), null,
                    null, null, null)));
        }
        return null;
    }

    /**
     * Reads the line with the shared parser; null when it is to be read again on its own (the problems are then
     * reset for it).
     */
    private @Nullable ReadResult<T> readShared() throws IOException {
        JsonParser p = shared;
        if (p == null) {
            p = factory.createParser(chunk, lineOff, lim - lineOff);
            shared = p;
            sharedStart = lineOff;
        }
        T value = null;
        boolean clean = false;
        try {
            if (p.nextToken() == JsonToken.START_OBJECT) {
                value = codec.read(p, problems, physicalLine);
                // Byte offsets count from where the parser started.
                long end = sharedStart + p.currentLocation().getByteOffset();
                clean = end <= lineOff + lineLen && isBlank((int) end, lineOff + lineLen);
            }
        } catch (JsonProcessingException e) {
            clean = false;
        }
        if (!clean) {
            // The shared parser is now out of step with the lines: the line is read alone and the next one starts
            // a new shared parser (in the next chunk).
            shareable = false;
            problems.start(record, physicalLine);
            return null;
        }
        if (value == null || !problems.isEmpty()) {
            // Well-formed and in step, but with something to report: read alone, so that what is reported and
            // where is exactly what a parser of the line's own reports. The shared parser stays in step.
            problems.start(record, physicalLine);
            return parseLine();
        }
        return result(record, physicalLine, value, null);
    }

    private void dropShared() throws IOException {
        if (shared != null) {
            shared.close();
            shared = null;
        }
    }

    private ReadResult<T> parseLine() throws IOException {
        T value = null;
        boolean keepRaw = true;
        JsonParser p = factory.createParser(lineBytes, lineOff, lineLen);
        try {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_OBJECT) {
                RecordCodec.report(p, problems, physicalLine, IssueCode.JSON_WRONG_TYPE, "", null, "JSON Lines line "
                        + physicalLine + " is " + RecordCodec.describe(t) + ": expected one " + codec.entity().id()
                        + " object per line.", null, null);
            } else {
                value = codec.read(p, problems, physicalLine);
                trailing(p);
            }
        } catch (JsonProcessingException e) {
            value = null;
            keepRaw = JsonErrors.report(e, problems, "JSON Lines line " + physicalLine, physicalLine, p)
                    != IssueCode.ENCODING_INVALID_UTF8;
        } finally {
            p.close();
        }
        String raw = value != null && !problems.hasErrors() || !keepRaw ? null
                : new String(lineBytes, lineOff, lineLen, StandardCharsets.UTF_8);
        return result(record, physicalLine, value, raw);
    }

    private void trailing(JsonParser p) throws IOException {
        JsonToken after;
        try {
            after = p.nextToken();
        } catch (JsonProcessingException e) {
            after = JsonToken.NOT_AVAILABLE;
        }
        if (after != null) {
            RecordCodec.report(p, problems, physicalLine, IssueCode.JSON_TRAILING_CONTENT, "", null, "JSON Lines line "
                    + physicalLine + " has content after its object: write one object per line.", null, null);
        }
    }

    private boolean isBlank() {
        return isBlank(lineOff, lineOff + lineLen);
    }

    private boolean isBlank(int from, int end) {
        for (int i = from; i < end; i++) {
            byte b = lineBytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    /** Finds the next line; false at the end of input. */
    private boolean nextLine() throws IOException {
        gatheredLength = 0;
        tooLong = false;
        boolean any = false;
        while (true) {
            if (pos == lim) {
                if (eof || !fill()) {
                    eof = true;
                    if (!any) {
                        return false;
                    }
                    physicalLine++;
                    lineBytes = gathered;
                    lineOff = 0;
                    lineLen = stripCr(gathered, 0, gatheredLength);
                    return true;
                }
            }
            any = true;
            int start = pos;
            int nl = indexOfNewline(chunk, pos, lim);
            int end = nl < 0 ? lim : nl;
            pos = nl < 0 ? lim : nl + 1;
            if (nl >= 0 && gatheredLength == 0 && !tooLong) {
                // The common case: the whole line lies in the chunk, parse it in place.
                physicalLine++;
                if (end - start > limits.maxLineLength()) {
                    tooLong = true;
                }
                lineBytes = chunk;
                lineOff = start;
                lineLen = stripCr(chunk, start, end - start);
                return true;
            }
            gather(start, end);
            if (nl >= 0) {
                physicalLine++;
                lineBytes = gathered;
                lineOff = 0;
                lineLen = stripCr(gathered, 0, gatheredLength);
                return true;
            }
        }
    }

    /** The index of the first {@code \n} in {@code b[from, to)}, or -1; eight bytes at a time. */
    static int indexOfNewline(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            long x = (long) LONGS.get(b, i) ^ NEWLINES;
            // A byte of x is zero where the input has '\n'; the lowest flagged byte is the first one (little endian).
            long zero = (x - ONES) & ~x & HIGHS;
            if (zero != 0) {
                return i + (Long.numberOfTrailingZeros(zero) >>> 3);
            }
        }
        for (; i < to; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void gather(int start, int end) {
        if (tooLong) {
            return;
        }
        int n = end - start;
        if ((long) gatheredLength + n > limits.maxLineLength()) {
            tooLong = true;
            gatheredLength = 0;
            return;
        }
        if (gatheredLength + n > gathered.length) {
            gathered = Arrays.copyOf(gathered, Math.max(gatheredLength + n, Math.min(gathered.length * 2,
                    limits.maxLineLength())));
        }
        System.arraycopy(chunk, start, gathered, gatheredLength, n);
        gatheredLength += n;
    }

    private static int stripCr(byte[] b, int off, int len) {
        return len > 0 && b[off + len - 1] == '\r' ? len - 1 : len;
    }

    private boolean fill() throws IOException {
        // The shared parser reads the chunk in place: it cannot outlive its content.
        dropShared();
        shareable = true;
        int n = in.read(chunk, 0, CHUNK);
        if (n <= 0) {
            // Read returns 0 only for a zero-length buffer; treat anything but data as the end.
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /**
     * Closes the input.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        try {
            dropShared();
        } finally {
            super.close();
        }
    }
}
