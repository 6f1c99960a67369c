package org.migrationkit.io.csv;

/**
 * The byte-level RFC 4180 scanner: finds records and fields in a buffer, without decoding.
 *
 * <p>It is restartable: it writes to the buffer only once a record is complete, so a record cut by the end of the
 * buffer is scanned again from its start once more bytes are there. Doubled quotes are removed in place at that
 * point, so a field is always one contiguous slice of the buffer. A record longer than
 * {@link Settings#slowThreshold} is handed to {@link SlowScanner}, which reads it without buffering it whole.
 *
 * <p>Quoting follows RFC 4180 with the leniency of common readers, so that no byte is lost: a quote inside an
 * unquoted field is a literal character; characters after a closing quote are kept (and reported as
 * {@code csv.stray-quote}), and a quote among them opens a quoted section again.
 */
final class Scanner {
    /** Bytes kept of each cell of a record rejected for a size limit. */
    static final int PREVIEW = 256;

    private static final byte PLAIN = 0;
    private static final byte DELIM = 1;
    private static final byte QUOTE = 2;
    private static final byte CR = 3;
    private static final byte LF = 4;
    private static final byte NUL = 5;
    private static final byte HIGH = 6;

    private final byte[] unquoted = new byte[256];
    private final byte[] quoted = new byte[256];
    final Settings settings;
    /** The header's column count; -1 while scanning the header itself. */
    int expectedFields = -1;

    // Problems of the record being scanned (only the first of each kind is reported).
    private final RecordProblems problems = new RecordProblems();
    /** Line breaks inside the last record scanned, its terminator included. */
    private long recordBreaks;

    // Eight bytes at a time (SWAR): a field's plain run is skipped a word at a time until a word holds a byte that
    // may end it; the byte loop then stops exactly there. Any non-plain byte is flagged (false alarms only cost the
    // byte loop), so the result is the byte loop's.
    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long CRS = ONES * '\r';
    private static final long LFS = ONES * '\n';
    private static final long QUOTES = ONES * '"';
    private final long delimiters;
    /** Whether line breaks and NUL can be found as the bytes below 0x0E: the delimiter is not among them. */
    private final boolean lowControls;

    Scanner(Settings settings) {
        this.settings = settings;
        this.delimiters = ONES * (settings.delimiter & 0xFF);
        this.lowControls = (settings.delimiter & 0xFF) >= 0x0E;
        unquoted[settings.delimiter & 0xFF] = DELIM;
        unquoted['\r'] = CR;
        unquoted['\n'] = LF;
        unquoted[0] = NUL;
        quoted['"'] = QUOTE;
        quoted['\r'] = CR;
        quoted['\n'] = LF;
        quoted[0] = NUL;
        if (settings.utf8) {
            for (int i = 0x80; i < 256; i++) {
                unquoted[i] = HIGH;
                quoted[i] = HIGH;
            }
        }
    }

    /** Flags the zero bytes of {@code x}; the lowest flag is exact. */
    private static long zeros(long x) {
        return (x - ONES) & ~x & HIGHS;
    }

    /** Flags the bytes of {@code x} below 0x0E; as for {@link #zeros}, the lowest flag is exact. */
    private static long below0E(long x) {
        return (x - ONES * 0x0E) & ~x & HIGHS;
    }

    /** Flags exactly the zero bytes of {@code x} (no borrow between bytes, unlike {@link #zeros}). */
    private static long exactZeros(long x) {
        return ~(((x & ~HIGHS) + ~HIGHS) | x | ~HIGHS);
    }

    /** Skips whole words of bytes that are plain outside quotes; returns where the byte loop goes on. */
    private int skipUnquoted(byte[] buf, int q, int end) {
        while (q + 8 <= end) {
            long w = (long) LONGS.get(buf, q);
            long hit = zeros(w ^ delimiters) | zeros(w ^ CRS) | zeros(w ^ LFS) | zeros(w) | (w & HIGHS);
            if (hit != 0) {
                return q + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
            q += 8;
        }
        return q;
    }

    /** Skips whole words of bytes that are plain inside quotes. */
    private static int skipQuoted(byte[] buf, int q, int end) {
        while (q + 8 <= end) {
            long w = (long) LONGS.get(buf, q);
            long hit = zeros(w ^ QUOTES) | zeros(w ^ CRS) | zeros(w ^ LFS) | zeros(w) | (w & HIGHS);
            if (hit != 0) {
                return q + (Long.numberOfTrailingZeros(hit) >>> 3);
            }
            q += 8;
        }
        return q;
    }

    /** True when the last {@link #scan} stopped at a record needing more bytes. */
    boolean incomplete;

    /**
     * Scans records from {@code pos} into the batch.
     *
     * @param base absolute offset of {@code buf[0]}
     * @param stopAt absolute position: no record starting at or after it is scanned
     * @param lines line breaks seen before {@code pos}
     * @return the position where scanning stopped: end of data, the stop position, or the start of a record that
     *     is incomplete (more bytes needed) — then {@link #incomplete} is true
     */
    int scan(Batch b, byte[] buf, int pos, int end, boolean eof, long base, long stopAt, int maxRecords,
             long lines) {
        int p = pos;
        incomplete = false;
        while (true) {
            if (b.records >= maxRecords) {
                break;
            }
            if (base + p >= stopAt) {
                b.finished = true;
                break;
            }
            if (p >= end) {
                if (eof) {
                    b.finished = true;
                } else {
                    incomplete = true;
                }
                break;
            }
            byte c = buf[p];
            // Blank lines are not records (as in most readers); they still count as lines.
            if (c == '\n') {
                lines++;
                p++;
                continue;
            }
            if (c == '\r') {
                if (p + 1 < end) {
                    p += buf[p + 1] == '\n' ? 2 : 1;
                } else if (eof) {
                    p++;
                } else {
                    incomplete = true;
                    break;
                }
                lines++;
                continue;
            }
            int r = record(b, buf, p, end, eof, base, lines);
            if (r < 0) {
                incomplete = true;
                break;
            }
            lines += recordBreaks;
            p = r;
        }
        b.endPos = base + p;
        b.endLines = lines;
        return p;
    }

    private int rollback(Batch b, int firstField) {
        b.rollback(firstField);
        return -1;
    }

    /** Scans one record starting at {@code start}; returns the position after its terminator, or -1. */
    private int record(Batch b, byte[] buf, int start, int end, boolean eof, long base, long lines) {
        final int firstField = b.fields;
        final int maxColumns = settings.maxColumns;
        final RecordProblems pr = problems;
        pr.reset();
        long breaks = 0;
        int col = 0;
        int q = start;
        boolean escapes = false;
        while (true) {
            col++;
            int off;
            int len;
            if (q < end && buf[q] == '"') {
                final int open = q;
                final long openBreaks = breaks;
                boolean simple = true;
                q++;
                quotedSection:
                while (true) {
                    // Inside quotes: the delimiter is data, line breaks are data but counted.
                    while (true) {
                        q = skipQuoted(buf, q, end);
                        while (q < end && quoted[buf[q] & 0xFF] == PLAIN) {
                            q++;
                        }
                        if (q >= end) {
                            if (!eof) {
                                return rollback(b, firstField);
                            }
                            pr.unclosedAtEof(col, openBreaks);
                            simple = false;
                            break quotedSection;
                        }
                        byte k = quoted[buf[q] & 0xFF];
                        if (k == QUOTE) {
                            if (q + 1 >= end) {
                                if (!eof) {
                                    return rollback(b, firstField);
                                }
                                q++;
                                break quotedSection;
                            }
                            if (buf[q + 1] == '"') {
                                simple = false;
                                q += 2;
                                continue;
                            }
                            q++;
                            break;
                        } else if (k == CR) {
                            if (q + 1 < end) {
                                q += buf[q + 1] == '\n' ? 2 : 1;
                            } else if (eof) {
                                q++;
                            } else {
                                return rollback(b, firstField);
                            }
                            breaks++;
                        } else if (k == LF) {
                            q++;
                            breaks++;
                        } else {
                            q = nulOrHigh(k, buf, q, end, eof, base, col);
                            if (q < 0) {
                                return rollback(b, firstField);
                            }
                        }
                    }
                    // After a closing quote.
                    if (q >= end) {
                        if (!eof) {
                            return rollback(b, firstField);
                        }
                        break;
                    }
                    byte k = unquoted[buf[q] & 0xFF];
                    if (k == DELIM || k == CR || k == LF) {
                        break;
                    }
                    pr.afterClosingQuote(col, breaks > openBreaks, openBreaks);
                    simple = false;
                    while (true) {
                        if (q >= end) {
                            if (!eof) {
                                return rollback(b, firstField);
                            }
                            break quotedSection;
                        }
                        int c = buf[q] & 0xFF;
                        if (c == '"') {
                            q++;
                            continue quotedSection;
                        }
                        byte k2 = unquoted[c];
                        if (k2 == DELIM || k2 == CR || k2 == LF) {
                            break quotedSection;
                        }
                        if (k2 == NUL || k2 == HIGH) {
                            q = nulOrHigh(k2, buf, q, end, eof, base, col);
                            if (q < 0) {
                                return rollback(b, firstField);
                            }
                        } else {
                            q++;
                        }
                    }
                }
                if (simple) {
                    off = open + 1;
                    len = q - open - 2;
                } else {
                    // Unescaped once the record is complete; a negative length marks the raw span.
                    escapes = true;
                    off = open;
                    len = -(q - open) - 1;
                }
            } else {
                int from = q;
                // Whole words of plain bytes and delimiters: every delimiter in a word ends a field, so short fields
                // cost a bit each rather than a pass of their own. The first other byte (a quote, a line break, NUL,
                // a non-ASCII byte) ends the fast path; the byte loop below takes that field on from there.
                while (q + 8 <= end) {
                    long w = (long) LONGS.get(buf, q);
                    // Line breaks and NUL are all below 0x0E: one test flags them (and the rarer control bytes,
                    // which the byte loop then reads as plain) unless the delimiter is a tab, itself below 0x0E.
                    long stops = (lowControls ? below0E(w) : zeros(w ^ CRS) | zeros(w ^ LFS) | zeros(w))
                            | zeros(w ^ QUOTES) | (w & HIGHS);
                    long delims = exactZeros(w ^ delimiters);
                    if (stops != 0) {
                        delims &= (stops & -stops) - 1;
                    }
                    if (delims != 0) {
                        b.reserve(8);
                        do {
                            int at = q + (Long.numberOfTrailingZeros(delims) >>> 3);
                            if (col <= maxColumns) {
                                b.addReserved(from, at - from);
                            }
                            col++;
                            from = at + 1;
                            delims &= delims - 1;
                        } while (delims != 0);
                    }
                    if (stops != 0) {
                        q += Long.numberOfTrailingZeros(stops) >>> 3;
                        break;
                    }
                    q += 8;
                }
                if (q == from && q < end && buf[q] == '"') {
                    col--; // a field after a delimiter found above opens with a quote: read it as quoted
                    continue;
                }
                while (true) {
                    q = skipUnquoted(buf, q, end);
                    while (q < end && unquoted[buf[q] & 0xFF] == PLAIN) {
                        q++;
                    }
                    if (q >= end) {
                        if (!eof) {
                            return rollback(b, firstField);
                        }
                        break;
                    }
                    byte k = unquoted[buf[q] & 0xFF];
                    if (k == DELIM || k == CR || k == LF) {
                        break;
                    }
                    q = nulOrHigh(k, buf, q, end, eof, base, col);
                    if (q < 0) {
                        return rollback(b, firstField);
                    }
                }
                off = from;
                len = q - from;
            }
            if (col <= maxColumns) {
                b.addField(off, len);
            }
            // q is at a delimiter, a line break or the end of the input.
            if (q >= end) {
                if (!eof) {
                    return rollback(b, firstField);
                }
                int rawEnd = q;
                recordBreaks = breaks;
                finish(b, buf, start, rawEnd, firstField, col, escapes, lines, breaks);
                return q;
            }
            byte t = buf[q];
            if (t == '\n' || t == '\r') {
                int rawEnd = q;
                if (t == '\r') {
                    if (q + 1 < end) {
                        q += buf[q + 1] == '\n' ? 2 : 1;
                    } else if (eof) {
                        q++;
                    } else {
                        return rollback(b, firstField);
                    }
                } else {
                    q++;
                }
                recordBreaks = breaks + 1;
                finish(b, buf, start, rawEnd, firstField, col, escapes, lines, breaks);
                return q;
            }
            q++; // the delimiter
        }
    }

    /**
     * Steps over a NUL byte or a UTF-8 sequence at {@code q}, noting a problem.
     *
     * @return the position after it, or -1 when the sequence is cut by the end of the buffer
     */
    private int nulOrHigh(byte k, byte[] buf, int q, int end, boolean eof, long base, int col) {
        if (k == NUL) {
            problems.nul(base + q, col);
            return q + 1;
        }
        int n = utf8(buf, q, end, eof);
        if (n == 0) {
            return -1;
        }
        if (n < 0) {
            problems.badUtf8(base + q, col);
            return q + 1;
        }
        return q + n;
    }

    private void finish(Batch b, byte[] buf, int start, int rawEnd, int firstField, int fieldCount,
                        boolean escapes, long lines, long breaks) {
        int kept = b.fields - firstField;
        // The record limit counts the characters of the raw text (quotes and delimiters included).
        long recordChars = -1;
        if (rawEnd - start > settings.maxRecordChars) {
            recordChars = chars(buf, start, rawEnd - start);
        }
        int[] offs = b.fieldOff;
        int[] lens = b.fieldLen;
        if (escapes) {
            for (int i = firstField; i < firstField + kept; i++) {
                if (lens[i] < 0) {
                    lens[i] = unescape(buf, offs[i], -lens[i] - 1);
                }
            }
        }
        int longCol = 0;
        long longChars = 0;
        for (int i = 0; i < kept; i++) {
            int len = lens[firstField + i];
            if (len > settings.maxFieldChars) {
                long n = chars(buf, offs[firstField + i], len);
                if (n > settings.maxFieldChars && longCol == 0) {
                    longCol = i + 1;
                    longChars = n;
                }
            }
        }
        problems.fieldTooLong(longCol, longChars);
        problems.recordTooLong(recordChars > settings.maxRecordChars ? recordChars : -1);
        if (longCol > 0 || recordChars > settings.maxRecordChars) {
            boolean all = recordChars > settings.maxRecordChars;
            for (int i = firstField; i < firstField + kept; i++) {
                if (all || lens[i] > settings.maxFieldChars && chars(buf, offs[i], lens[i]) > settings.maxFieldChars) {
                    lens[i] = cut(buf, offs[i], lens[i], settings.utf8);
                }
            }
        }
        problems.report(b, this, fieldCount, breaks);
        b.endRecord(fieldCount, lines);
    }

    /** Unescapes the raw span of a quoted field in place; returns the value's length. */
    static int unescape(byte[] buf, int open, int rawLen) {
        int end = open + rawLen;
        int w = open;
        int i = open + 1;
        boolean inQuotes = true;
        while (i < end) {
            byte c = buf[i];
            if (c == '"') {
                if (inQuotes) {
                    if (i + 1 < end && buf[i + 1] == '"') {
                        buf[w++] = '"';
                        i += 2;
                    } else {
                        inQuotes = false;
                        i++;
                    }
                } else {
                    // A quote after the closing quote is kept and opens a quoted section again.
                    buf[w++] = '"';
                    inQuotes = true;
                    i++;
                }
            } else {
                buf[w++] = c;
                i++;
            }
        }
        return w - open;
    }

    /** Characters in a slice: code points for UTF-8 (lead bytes), bytes for single-byte encodings. */
    long chars(byte[] buf, int off, int len) {
        if (!settings.utf8) {
            return len;
        }
        long n = 0;
        for (int i = off, e = off + len; i < e; i++) {
            if ((buf[i] & 0xC0) != 0x80) {
                n++;
            }
        }
        return n;
    }

    /** The length of the first {@link #PREVIEW} bytes of a slice, cut back to a character boundary. */
    static int cut(byte[] buf, int off, int len, boolean utf8) {
        if (len <= PREVIEW) {
            return len;
        }
        int n = PREVIEW;
        if (utf8) {
            while (n > 0 && (buf[off + n] & 0xC0) == 0x80) {
                n--;
            }
        }
        return n;
    }

    /** The length of the UTF-8 sequence a lead byte starts (RFC 3629), or 1 for a byte that starts none. */
    static int leadLength(int b0) {
        return b0 >= 0xC2 && b0 <= 0xDF ? 2 : b0 >= 0xE0 && b0 <= 0xEF ? 3 : b0 >= 0xF0 && b0 <= 0xF4 ? 4 : 1;
    }

    /** The smallest second byte after a lead byte: no overlong forms. */
    static int secondMin(int b0) {
        return b0 == 0xE0 ? 0xA0 : b0 == 0xF0 ? 0x90 : 0x80;
    }

    /** The largest second byte after a lead byte: no surrogates, nothing past U+10FFFF. */
    static int secondMax(int b0) {
        return b0 == 0xED ? 0x9F : b0 == 0xF4 ? 0x8F : 0xBF;
    }

    /**
     * Validates the UTF-8 sequence starting at {@code q} (a byte of 0x80 or more).
     *
     * @return its length when valid, 0 when it is cut by the end of the buffer (more bytes needed), -1 when invalid
     */
    static int utf8(byte[] buf, int q, int end, boolean eof) {
        int b0 = buf[q] & 0xFF;
        int n = leadLength(b0);
        if (n < 2) {
            return -1;
        }
        int lo = secondMin(b0);
        int hi = secondMax(b0);
        for (int i = 1; i < n; i++) {
            if (q + i >= end) {
                return eof ? -1 : 0;
            }
            int c = buf[q + i] & 0xFF;
            if (i == 1 ? c < lo || c > hi : c < 0x80 || c > 0xBF) {
                return -1;
            }
        }
        return n;
    }
}
