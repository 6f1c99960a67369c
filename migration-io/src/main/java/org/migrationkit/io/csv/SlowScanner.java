package org.migrationkit.io.csv;

import java.io.IOException;
import java.util.Arrays;

/**
 * Reads one record too long for the buffer, byte by byte, across as many reads as it takes, keeping only what the
 * limits allow: a field past the field limit, or every field of a record past the record limit, is cut to its
 * first {@link Scanner#PREVIEW} bytes, and cells past the column limit are counted, not kept. Memory stays
 * bounded whatever the record's size. Same semantics as {@link Scanner}: the tests run every record through both.
 */
final class SlowScanner {
    private static final int FIELD_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_SEEN = 3;
    private static final int GARBAGE = 4;
    /** Kept of a cut field before it is cut back to a character boundary. */
    private static final int KEEP = Scanner.PREVIEW + 4;

    private final Scanner scanner;
    private final Settings s;
    private final RecordProblems pr = new RecordProblems();

    private byte[] data = new byte[4096];
    private int w;
    private final Batch cells = new Batch(new byte[0]);

    // State of the record being read.
    private int col;
    private int fieldStart;
    private long fieldChars;
    private boolean fieldOver;
    private boolean recordOver;
    private long recordChars;
    private int longCol;
    private long longChars;
    private int utfNeed;
    private int utfLo;
    private int utfHi;
    private long utfStart;
    private int utfCol;

    // The leftover after the record, for the fast scanner to go on with.
    byte[] rest = new byte[0];
    int restPos;
    int restEnd;
    long restBase;
    boolean restEof;
    long recordBreaks;

    SlowScanner(Scanner scanner) {
        this.scanner = scanner;
        this.s = scanner.settings;
    }

    /**
     * Reads the record starting at {@code buf[pos]} ({@code base} is the absolute offset of {@code buf[0]}), then
     * leaves the bytes after it in {@link #rest}.
     *
     * @return a batch holding just that record, with {@code lines} line breaks before it
     */
    Batch read(byte[] buf, int pos, int end, long base, ByteInput in, long lines) throws IOException {
        final boolean utf8 = s.utf8;
        final int delim = s.delimiter & 0xFF;
        pr.reset();
        w = 0;
        cells.fields = 0;
        col = 1;
        fieldStart = 0;
        fieldChars = 0;
        fieldOver = false;
        recordOver = false;
        recordChars = 0;
        longCol = 0;
        longChars = 0;
        utfNeed = 0;
        int state = FIELD_START;
        long breaks = 0;
        long openBreaks = 0;
        boolean prevCr = false;
        boolean terminated = false;
        boolean crTerminated = false;
        boolean eof = false;
        byte[] b = buf;
        int p = pos;
        int e = end;
        long bBase = base;
        while (true) {
            if (p >= e) {
                if (terminated && !crTerminated) {
                    break;
                }
                byte[] next = b == buf ? new byte[s.bufferSize] : b;
                bBase += e;
                int n = in.readFully(next, 0, next.length);
                b = next;
                p = 0;
                e = Math.max(n, 0);
                if (n <= 0) {
                    eof = true;
                    break;
                }
            }
            int c = b[p] & 0xFF;
            if (terminated) {
                // Only an LF right after a terminating CR belongs to this record.
                if (c == '\n') {
                    p++;
                }
                break;
            }
            long abs = bBase + p;
            p++;
            if (utfNeed > 0) {
                if (c >= utfLo && c <= utfHi) {
                    utfNeed--;
                    utfLo = 0x80;
                    utfHi = 0xBF;
                    data(c, abs, false, true);
                    continue;
                }
                pr.badUtf8(utfStart, utfCol);
                utfNeed = 0;
            }
            boolean counts = !utf8 || (c & 0xC0) != 0x80;
            if (state == QUOTE_SEEN) {
                if (c == '"') {
                    state = QUOTED;
                    prevCr = false;
                    countRaw(counts);
                    data(c, abs, counts, false); // a doubled quote: one quote of data
                    continue;
                }
                if (c != delim && c != '\r' && c != '\n') {
                    pr.afterClosingQuote(col, breaks > openBreaks, openBreaks);
                }
                state = GARBAGE;
            }
            if (state == QUOTED) {
                countRaw(counts);
                if (c == '"') {
                    state = QUOTE_SEEN;
                    prevCr = false;
                    continue;
                }
                if (c == '\r') {
                    breaks++;
                    prevCr = true;
                } else {
                    if (c == '\n' && !prevCr) {
                        breaks++;
                    }
                    prevCr = false;
                }
                data(c, abs, counts, false);
                continue;
            }
            if (state == FIELD_START) {
                if (c == '"') {
                    countRaw(counts);
                    state = QUOTED;
                    openBreaks = breaks;
                    prevCr = false;
                    continue;
                }
                state = UNQUOTED;
            }
            // UNQUOTED or GARBAGE
            if (c == '\r' || c == '\n') {
                terminated = true;
                crTerminated = c == '\r';
                continue;
            }
            countRaw(counts);
            if (c == delim) {
                endField();
                col++;
                fieldStart = w;
                fieldChars = 0;
                fieldOver = false;
                state = FIELD_START;
                continue;
            }
            if (c == '"' && state == GARBAGE) {
                state = QUOTED; // kept, and opens a quoted section again
                prevCr = false;
            }
            data(c, abs, counts, false);
        }
        if (utfNeed > 0) {
            pr.badUtf8(utfStart, utfCol);
        }
        if (!terminated && state == QUOTED) {
            pr.unclosedAtEof(col, openBreaks);
        }
        endField();
        pr.fieldTooLong(longCol, longChars);
        pr.recordTooLong(recordChars > s.maxRecordChars ? recordChars : -1);
        Batch out = new Batch(Arrays.copyOf(data, w));
        for (int i = 0; i < cells.fields; i++) {
            out.addField(cells.fieldOff[i], cells.fieldLen[i]);
        }
        recordBreaks = breaks + (terminated ? 1 : 0);
        pr.report(out, scanner, col, breaks);
        out.endRecord(col, lines);
        if (data.length > (1 << 20)) {
            data = new byte[4096]; // do not hold on to the memory of a huge record
        }
        rest = b;
        restPos = p;
        restEnd = e;
        restBase = bBase;
        restEof = eof;
        return out;
    }

    private void countRaw(boolean counts) {
        if (counts) {
            recordChars++;
            if (!recordOver && recordChars > s.maxRecordChars) {
                recordOver = true;
                compact();
            }
        }
    }

    /** A byte of the value of field {@link #col}. */
    private void data(int c, long abs, boolean counts, boolean continuation) {
        if (continuation) {
            // the rest of a sequence already checked
        } else if (c == 0) {
            pr.nul(abs, col);
        } else if (s.utf8 && c >= 0x80 && counts) {
            int n = Scanner.leadLength(c);
            utfLo = Scanner.secondMin(c);
            utfHi = Scanner.secondMax(c);
            if (n == 1) {
                pr.badUtf8(abs, col);
            }
            utfNeed = n - 1;
            utfStart = abs;
            utfCol = col;
        } else if (s.utf8 && c >= 0x80) {
            pr.badUtf8(abs, col); // a continuation byte with no lead byte
        }
        if (col > s.maxColumns) {
            return;
        }
        if (counts) {
            fieldChars++;
            if (!fieldOver && fieldChars > s.maxFieldChars) {
                fieldOver = true;
                if (longCol == 0) {
                    longCol = col;
                }
                w = fieldStart + Math.min(w - fieldStart, KEEP);
            }
        }
        if ((fieldOver || recordOver) && w - fieldStart >= KEEP) {
            return;
        }
        if (w == data.length) {
            data = Arrays.copyOf(data, data.length * 2);
        }
        data[w++] = (byte) c;
    }

    private void endField() {
        if (col > s.maxColumns) {
            return;
        }
        if (col == longCol) {
            longChars = fieldChars;
        }
        int len = w - fieldStart;
        if (fieldOver || recordOver) {
            len = Scanner.cut(data, fieldStart, len, s.utf8);
            w = fieldStart + len;
        }
        cells.addField(fieldStart, len);
    }

    /** Cuts every field kept so far to its preview and packs them, when the record passes the record limit. */
    private void compact() {
        int out = 0;
        for (int i = 0; i < cells.fields; i++) {
            int len = Scanner.cut(data, cells.fieldOff[i], cells.fieldLen[i], s.utf8);
            System.arraycopy(data, cells.fieldOff[i], data, out, len);
            cells.fieldOff[i] = out;
            cells.fieldLen[i] = len;
            out += len;
        }
        int cur = Math.min(w - fieldStart, KEEP);
        System.arraycopy(data, fieldStart, data, out, cur);
        fieldStart = out;
        w = out + cur;
    }
}
