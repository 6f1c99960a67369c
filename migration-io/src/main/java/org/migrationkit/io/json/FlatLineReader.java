package org.migrationkit.io.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.io.internal.Field;
import org.migrationkit.io.internal.RowTyping;
import org.migrationkit.io.internal.Table;
import org.migrationkit.io.internal.Tables;
import org.migrationkit.io.schema.ColumnType;

/**
 * The fast path of {@link JsonLinesReader} for the common line: a flat object whose keys are the table's column
 * names, each at most once, in any order, whose values are strings, numbers, booleans, {@code null} or (list columns)
 * flat arrays of strings, and which types into a record without any issue. Such a line is read straight from its
 * UTF-8 bytes: a strict scanner finds the values, and the byte-level typing of the CSV reader ({@link RowTyping}:
 * the same kernels, value caches and code dictionaries) types them and builds the record.
 *
 * <p>Anything else gives up and returns null, and the reader reads the whole line through Jackson as before, so
 * what is reported (issues, messages, locations, rejections) is what the Jackson path reports: bad escapes and lone
 * surrogates (JSON's escapes are decoded), invalid or unusual UTF-8, any other JSON (nested objects, numbers where
 * text is expected and the other way round), unknown, aliased or duplicate keys, limits, blank or padded texts where
 * CSV typing and JSON reading could differ, {@code -0}, and every line whose typing has any issue or whose record
 * cannot be built.
 *
 * <p>Why the results are the same: the JSON path types a text as {@code Field.parse(text)} once it is not blank,
 * which is what the CSV kernels compute on the text's bytes (exact codes first, then the field's lookup; countries and
 * dates on bytes as their text lookups do); numbers reach the kernels only as JSON number tokens, which they read to
 * the values Jackson gives; a list's items are joined with {@code |}, CSV's list separator, only when no item holds
 * one. Differential tests hold the two paths to this ({@code JsonLinesFastPathTest}).
 *
 * <p>Not thread-safe: one per reader.
 *
 * @param <T> the record type
 */
final class FlatLineReader<T> {
    private static final int TEXT = 0;
    private static final int LIST = 1;
    private static final int NUMBER = 2;
    private static final int BOOL = 3;
    // Longer numbers go to Jackson: the kernels and Jackson agree on them too, but the limit is Jackson's to report.
    private static final int MAX_NUMBER = 24;
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long QUOTES = 0x2222222222222222L;
    private static final long BACKSLASHES = 0x5C5C5C5C5C5C5C5CL;
    private static final long SPACES = 0x2020202020202020L;
    private static final long PIPES = 0x7C7C7C7C7C7C7C7CL;
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;
    private static final long NIBBLES = 0xF0F0F0F0F0F0F0F0L;
    private static final long THREES = 0x3030303030303030L;
    private static final long SIXES = 0x0606060606060606L;

    private final Class<T> type;
    private final RowTyping<T>.Worker worker;
    private final byte[][] names;
    private final int[] nameLengths;
    // The first 24 bytes of each name as three words (little endian, zero-padded), and the masks of its length.
    private final long[] words;
    private final long[] masks;
    private final int[] kinds;
    private final boolean[] dates;
    private final int maxNumber;
    private final int maxString;
    private final int[] offs;
    private final int[] lens;
    private final boolean[] seen;
    private byte[] buf = new byte[1024];
    // The bytes of the string just scanned: in the line's copy, or decoded after it.
    private int cellOff;
    private int cellLen;
    private int lineEnd;

    private FlatLineReader(Class<T> type, Table<T, ?> table, JsonLimits limits) {
        this.type = type;
        List<? extends Field<T, ?>> fields = table.fields();
        int n = fields.size();
        int[] columns = new int[n];
        this.names = new byte[n][];
        this.nameLengths = new int[n];
        this.words = new long[3 * n];
        this.masks = new long[3 * n];
        this.kinds = new int[n];
        this.dates = new boolean[n];
        for (int i = 0; i < n; i++) {
            Field<T, ?> f = fields.get(i);
            columns[i] = i;
            names[i] = f.name().getBytes(StandardCharsets.UTF_8);
            nameLengths[i] = names[i].length;
            byte[] padded = Arrays.copyOf(names[i], Math.max(24, names[i].length));
            for (int w = 0; w < 3; w++) {
                int bytes = Math.max(0, Math.min(8, names[i].length - 8 * w));
                masks[3 * i + w] = bytes == 8 ? -1L : (1L << (bytes << 3)) - 1;
                words[3 * i + w] = (long) LONGS.get(padded, 8 * w) & masks[3 * i + w];
            }
            dates[i] = f.column().type() == ColumnType.DATE;
            switch (f.kind()) {
                case TEXT:
                    kinds[i] = f.column().isList() ? LIST : TEXT;
                    break;
                case BOOLEAN:
                    kinds[i] = BOOL;
                    break;
                default:
                    kinds[i] = NUMBER;
                    break;
            }
        }
        // Which codes reject does not matter: a line with any issue at all is left to the Jackson path.
        this.worker = RowTyping.of(table, columns, StandardCharsets.UTF_8, false, IssueCode.JSON_INVALID_RECORD,
                code -> true).worker();
        this.maxNumber = Math.min(MAX_NUMBER, limits.maxNumberLength());
        this.maxString = limits.maxStringLength();
        this.offs = new int[n];
        this.lens = new int[n];
        this.seen = new boolean[n];
    }

    /**
     * Returns the fast path of a record type, or null when the limits are too tight for it (a nesting depth below
     * 3: an array in an object is then Jackson's to refuse).
     */
    static <T> @Nullable FlatLineReader<T> of(Class<T> type, JsonLimits limits) {
        if (limits.maxNestingDepth() < 3) {
            return null;
        }
        return new FlatLineReader<>(type, Tables.of(type), limits);
    }

    /**
     * Reads one line (without its line break) into a record; null when the line is to be read by Jackson.
     *
     * @param src the buffer
     * @param from where the line starts
     * @param n its length in bytes
     * @return the record, read without any issue; or null
     */
    @Nullable T read(byte[] src, int from, int n) {
        // A copy, with room after it for the joined list cells: the typing reads every cell from one array.
        byte[] b = buf;
        if (b.length < 2 * n + 32) {
            // Twice the line (the joined lists and decoded strings), and room for the word reads near the end.
            b = new byte[Math.max(2 * n + 32, 2 * b.length)];
            buf = b;
        }
        System.arraycopy(src, from, b, 0, n);
        return scan(b, 0, n, false);
    }

    /**
     * Reads the line that starts at {@code from} in a buffer of lines, in place: the line must end, after the
     * object and blanks, with a line break before {@code lim}; the bytes from {@code lim} on are free room (lists
     * are joined and escapes decoded there), at least {@code lim - from + 32} of them. Null when the line is to be
     * read by Jackson; otherwise {@link #lineEnd()} is the index of its line break.
     *
     * @param b the buffer
     * @param from where the line starts
     * @param lim where the buffer's lines end
     * @param maxLine the longest line accepted, in bytes (line break excluded)
     * @return the record, read without any issue; or null
     */
    @Nullable T readInPlace(byte[] b, int from, int lim, int maxLine) {
        T record = scan(b, from, lim, true);
        if (record == null || lineEnd - from > maxLine) {
            return null;
        }
        return record;
    }

    /**
     * Returns the index of the line break after the line {@link #readInPlace} read.
     *
     * @return the index
     */
    int lineEnd() {
        return lineEnd;
    }

    private @Nullable T scan(byte[] b, int from, int end, boolean toNewline) {
        Arrays.fill(lens, 0);
        Arrays.fill(seen, false);
        int join = end;
        int i = skipBlanks(b, from, end);
        if (i >= end || b[i] != '{') {
            return null;
        }
        i = skipBlanks(b, i + 1, end);
        if (i < end && b[i] == '}') {
            i++;
        } else {
            int expect = 0;
            while (true) {
                if (i >= end || b[i] != '"') {
                    return null;
                }
                int ks = i + 1;
                int c = column(b, ks, end, expect);
                if (c < 0 || seen[c]) {
                    return null;
                }
                int ke = ks + nameLengths[c];
                seen[c] = true;
                expect = c + 1;
                i = skipBlanks(b, ke + 1, end);
                if (i >= end || b[i] != ':') {
                    return null;
                }
                i = skipBlanks(b, i + 1, end);
                if (i >= end) {
                    return null;
                }
                if (b[i] == 'n') {
                    if (!literal(b, i, end, NULL)) {
                        return null;
                    }
                    i += 4;
                } else {
                    switch (kinds[c]) {
                        case TEXT: {
                            if (b[i] != '"') {
                                return null;
                            }
                            int q = i + 1;
                            long flags = special((long) LONGS.get(b, q), false);
                            int k = q + (Long.numberOfTrailingZeros(flags) >>> 3);
                            if (flags != 0 && k < end && b[k] == '"' && k > q && b[q] != ' ' && b[k - 1] != ' '
                                    && k - q <= maxString) {
                                // The short plain string (codes, countries): closed within its first eight bytes,
                                // printable ASCII, neither blank nor padded.
                                offs[c] = q;
                                lens[c] = k - q;
                                i = k + 1;
                                break;
                            }
                            int e = string(b, q, end, dates[c], false, join);
                            if (e < 0) {
                                return null;
                            }
                            offs[c] = cellOff;
                            lens[c] = cellLen;
                            if (cellOff >= join) {
                                // Decoded (it had escapes) into the free room after the line.
                                join = cellOff + cellLen;
                            }
                            i = e + 1;
                            break;
                        }
                        case LIST: {
                            if (b[i] != '[') {
                                return null;
                            }
                            int start = join;
                            i = skipBlanks(b, i + 1, end);
                            if (i < end && b[i] == ']') {
                                i++;
                            } else {
                                while (true) {
                                    if (i >= end || b[i] != '"') {
                                        return null;
                                    }
                                    // An item with escapes is decoded one byte further on: room for the separator.
                                    int e = string(b, i + 1, end, dates[c], true, join + 1);
                                    if (e < 0) {
                                        return null;
                                    }
                                    if (join > start) {
                                        b[join++] = '|';
                                    }
                                    System.arraycopy(b, cellOff, b, join, cellLen);
                                    join += cellLen;
                                    i = skipBlanks(b, e + 1, end);
                                    if (i < end && b[i] == ',') {
                                        i = skipBlanks(b, i + 1, end);
                                    } else if (i < end && b[i] == ']') {
                                        i++;
                                        break;
                                    } else {
                                        return null;
                                    }
                                }
                            }
                            offs[c] = start;
                            lens[c] = join - start;
                            break;
                        }
                        case NUMBER: {
                            int e = number(b, i, end);
                            if (e < 0) {
                                return null;
                            }
                            offs[c] = i;
                            lens[c] = e - i;
                            i = e;
                            break;
                        }
                        default: {
                            int e = b[i] == 't' && literal(b, i, end, TRUE) ? i + 4
                                    : b[i] == 'f' && literal(b, i, end, FALSE) ? i + 5 : -1;
                            if (e < 0) {
                                return null;
                            }
                            offs[c] = i;
                            lens[c] = e - i;
                            i = e;
                            break;
                        }
                    }
                }
                i = skipBlanks(b, i, end);
                if (i < end && b[i] == ',') {
                    i = skipBlanks(b, i + 1, end);
                } else if (i < end && b[i] == '}') {
                    i++;
                    break;
                } else {
                    return null;
                }
            }
        }
        i = skipBlanks(b, i, end);
        if (toNewline) {
            // The line break ends the line; a line with none before the end of the buffer is not for this path.
            if (i >= end || b[i] != '\n') {
                return null;
            }
            lineEnd = i;
        } else if (i != end) {
            return null;
        }
        Object typed = worker.type(b, offs, lens, 0, offs.length);
        return typed instanceof RowTyping.Outcome ? null : type.cast(typed);
    }

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};

    private static boolean literal(byte[] b, int i, int end, byte[] word) {
        if (end - i < word.length) {
            return false;
        }
        for (int k = 0; k < word.length; k++) {
            if (b[i + k] != word[k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The column whose name, then a closing quote, the bytes at {@code s} spell: the expected one first, then the
     * later ones (the ones between are absent), then the earlier ones; -1 when none (an unknown or aliased key, an
     * escape in the key). Names are compared as three eight-byte words, masked to their length.
     */
    private int column(byte[] b, int s, int end, int expect) {
        long w0 = (long) LONGS.get(b, s);
        long w1 = (long) LONGS.get(b, s + 8);
        long w2 = (long) LONGS.get(b, s + 16);
        int n = nameLengths.length;
        if (expect < n && spells(expect, w0, w1, w2, b, s, end)) {
            return expect;
        }
        for (int j = expect + 1; j < n; j++) {
            if (spells(j, w0, w1, w2, b, s, end)) {
                return j;
            }
        }
        for (int j = 0; j < expect && j < n; j++) {
            if (spells(j, w0, w1, w2, b, s, end)) {
                return j;
            }
        }
        return -1;
    }

    private boolean spells(int j, long w0, long w1, long w2, byte[] b, int s, int end) {
        int len = nameLengths[j];
        int m = 3 * j;
        return s + len < end && b[s + len] == '"' && (w0 & masks[m]) == words[m]
                && (w1 & masks[m + 1]) == words[m + 1] && (w2 & masks[m + 2]) == words[m + 2]
                && (len <= 24 || same(names[j], b, s, len));
    }

    private static boolean same(byte[] name, byte[] b, int s, int n) {
        for (int k = 24; k < n; k++) {
            if (name[k] != b[s + k]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Scans a string's content from {@code s}, just after its opening quote, and sets {@link #cellOff} and
     * {@link #cellLen} to its bytes: in place, or decoded from {@code out} on when it has escapes (the short ones and
     * {@code \\uXXXX}, surrogate pairs included). Returns the index of the closing quote, or -1 when the string is not
     * for this path: a bad escape or a lone surrogate, a control character, invalid UTF-8, longer than the limit, a
     * list item holding {@code |}, a date with blanks around it (CSV typing trims spaces and tabs, JSON's does not), or
     * possibly blank text other than the empty string (JSON's blank is any Unicode white space, CSV's spaces and tabs
     * only).
     */
    private int string(byte[] b, int s, int end, boolean date, boolean item, int out) {
        int i = s;
        // Eight bytes at a time while none is special.
        while (i + 8 <= end) {
            long flags = special((long) LONGS.get(b, i), item);
            if (flags != 0) {
                // The lowest flagged byte is the first special one (a false flag can only follow a true one).
                i += Long.numberOfTrailingZeros(flags) >>> 3;
                break;
            }
            i += 8;
        }
        if (i < end && b[i] == '"') {
            // The common string: plain ASCII up to its closing quote.
            return plain(b, s, i, date);
        }
        boolean ascii = true;
        int o = -1;
        for (; i < end; i++) {
            int x = b[i] & 0xFF;
            if (x == '"') {
                break;
            }
            if (x < 0x20 || (item && x == '|')) {
                return -1;
            }
            if (x == '\\') {
                if (o < 0) {
                    System.arraycopy(b, s, b, out, i - s);
                    o = out + i - s;
                }
                if (++i >= end) {
                    return -1;
                }
                int cp = escaped(b[i]);
                if (cp == 'u') {
                    cp = hex4(b, i + 1, end);
                    i += 4;
                    if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < end && b[i + 1] == '\\' && b[i + 2] == 'u') {
                        int low = hex4(b, i + 3, end);
                        if (low >= 0xDC00 && low <= 0xDFFF) {
                            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                            i += 6;
                        }
                    }
                    if (cp < 0 || (cp >= 0xD800 && cp <= 0xDFFF) || (item && cp == '|')) {
                        return -1;
                    }
                } else if (cp < 0) {
                    return -1;
                }
                o = utf8(b, o, cp);
                continue;
            }
            if (x >= 0x80) {
                ascii = false;
            }
            if (o >= 0) {
                b[o++] = (byte) x;
            }
        }
        if (i >= end || i - s > maxString) {
            return -1;
        }
        int from = o < 0 ? s : out;
        int to = o < 0 ? i : o;
        if (to > from) {
            int first = b[from] & 0xFF;
            // Every non-ASCII white space character starts with E1, E2 or E3 in UTF-8.
            if ((first <= ' ' || (first >= 0xE1 && first <= 0xE3)) && !visible(b, from, to)) {
                return -1;
            }
            if (date && (first == ' ' || first == '\t' || b[to - 1] == ' ' || b[to - 1] == '\t')) {
                return -1;
            }
        }
        if (!ascii && !validUtf8(b, from, to)) {
            return -1;
        }
        cellOff = from;
        cellLen = to - from;
        return i;
    }

    /**
     * Flags (the high bit of) each byte of a word that a string cannot simply hold: a quote, a backslash, a control
     * character, a non-ASCII byte, and in a list item {@code |}. Above a flagged byte, flags may be false.
     */
    private static long special(long x, boolean item) {
        long q = x ^ QUOTES;
        long e = x ^ BACKSLASHES;
        long flags = ((q - ONES) & ~q) | ((e - ONES) & ~e) | ((x - SPACES) & ~x) | x;
        if (item) {
            long p = x ^ PIPES;
            flags |= (p - ONES) & ~p;
        }
        return flags & HIGHS;
    }

    /** The checks of {@link #string} for plain ASCII content {@code b[s, i)} in place. */
    private int plain(byte[] b, int s, int i, boolean date) {
        if (i - s > maxString) {
            return -1;
        }
        if (i > s) {
            int first = b[s];
            if ((first <= ' ' && !visible(b, s, i)) || (date && (first == ' ' || first == '\t' || b[i - 1] == ' '
                    || b[i - 1] == '\t'))) {
                return -1;
            }
        }
        cellOff = s;
        cellLen = i - s;
        return i;
    }

    /** The character a short escape stands for, {@code 'u'} for {@code \\u}, -1 for no escape of JSON's. */
    private static int escaped(byte e) {
        switch (e) {
            case '"':
            case '\\':
            case '/':
            case 'u':
                return e;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            default:
                return -1;
        }
    }

    /** The value of four hex digits at {@code i}; -1 when they are not. */
    private static int hex4(byte[] b, int i, int end) {
        if (i + 4 > end) {
            return -1;
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(b[k], 16);
            if (d < 0) {
                return -1;
            }
            v = v << 4 | d;
        }
        return v;
    }

    /** Writes a code point as UTF-8 at {@code o}; returns the index after it. */
    private static int utf8(byte[] b, int o, int cp) {
        if (cp < 0x80) {
            b[o++] = (byte) cp;
        } else if (cp < 0x800) {
            b[o++] = (byte) (0xC0 | cp >>> 6);
            b[o++] = (byte) (0x80 | cp & 0x3F);
        } else if (cp < 0x10000) {
            b[o++] = (byte) (0xE0 | cp >>> 12);
            b[o++] = (byte) (0x80 | cp >>> 6 & 0x3F);
            b[o++] = (byte) (0x80 | cp & 0x3F);
        } else {
            b[o++] = (byte) (0xF0 | cp >>> 18);
            b[o++] = (byte) (0x80 | cp >>> 12 & 0x3F);
            b[o++] = (byte) (0x80 | cp >>> 6 & 0x3F);
            b[o++] = (byte) (0x80 | cp & 0x3F);
        }
        return o;
    }

    /** Whether {@code b[s, e)} holds a printable ASCII character other than the space: then it is not blank. */
    private static boolean visible(byte[] b, int s, int e) {
        for (int i = s; i < e; i++) {
            if (b[i] > ' ' && b[i] < 0x7F) {
                return true;
            }
        }
        return false;
    }

    /** The end of a JSON number token from {@code s} (RFC 8259 §6); -1 when none, too long, or {@code -0}. */
    private int number(byte[] b, int s, int end) {
        int i = s;
        if (i < end && b[i] == '-') {
            i++;
        }
        if (i >= end) {
            return -1;
        }
        if (b[i] == '0') {
            i++;
        } else if (b[i] >= '1' && b[i] <= '9') {
            i = digits(b, i + 1, end);
        } else {
            return -1;
        }
        boolean whole = true;
        if (i < end && b[i] == '.') {
            int d = digits(b, i + 1, end);
            if (d == i + 1) {
                return -1;
            }
            i = d;
            whole = false;
        }
        if (i < end && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < end && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int d = digits(b, i, end);
            if (d == i) {
                return -1;
            }
            i = d;
            whole = false;
        }
        // Jackson reads the whole number -0 as 0 (0.0 as a double); CSV typing reads it as -0.0.
        if (i - s > maxNumber || (whole && i - s == 2 && b[s] == '-')) {
            return -1;
        }
        return i;
    }

    private static int digits(byte[] b, int i, int end) {
        // Eight bytes at a time: a byte is a digit when its high nibble is 3 and adding 6 keeps it so.
        while (i + 8 <= end) {
            long x = (long) LONGS.get(b, i);
            long other = ((x & NIBBLES) ^ THREES) | (((x + SIXES) & NIBBLES) ^ THREES);
            if (other != 0) {
                // A carry out of a non-digit byte can only flag the bytes above it: the lowest flag is true.
                int k = i + (Long.numberOfTrailingZeros(other) >>> 3);
                return Math.min(k, end);
            }
            i += 8;
        }
        while (i < end && b[i] >= '0' && b[i] <= '9') {
            i++;
        }
        return i;
    }

    private static int skipBlanks(byte[] b, int i, int end) {
        while (i < end && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r')) {
            i++;
        }
        return i;
    }

    /** Whether {@code b[s, e)} is well-formed UTF-8 (RFC 3629: no overlong forms, no surrogates, at most U+10FFFF). */
    static boolean validUtf8(byte[] b, int s, int e) {
        int i = s;
        while (i < e) {
            int x = b[i] & 0xFF;
            if (x < 0x80) {
                i++;
                continue;
            }
            int more;
            int lo = 0x80;
            int hi = 0xBF;
            if (x >= 0xC2 && x <= 0xDF) {
                more = 1;
            } else if (x >= 0xE0 && x <= 0xEF) {
                more = 2;
                lo = x == 0xE0 ? 0xA0 : 0x80;
                hi = x == 0xED ? 0x9F : 0xBF;
            } else if (x >= 0xF0 && x <= 0xF4) {
                more = 3;
                lo = x == 0xF0 ? 0x90 : 0x80;
                hi = x == 0xF4 ? 0x8F : 0xBF;
            } else {
                return false;
            }
            if (e - i <= more) {
                return false;
            }
            int y = b[i + 1] & 0xFF;
            if (y < lo || y > hi) {
                return false;
            }
            for (int k = 2; k <= more; k++) {
                int z = b[i + k] & 0xFF;
                if (z < 0x80 || z > 0xBF) {
                    return false;
                }
            }
            i += more + 1;
        }
        return true;
    }
}
