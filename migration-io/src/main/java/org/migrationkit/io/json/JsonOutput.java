package org.migrationkit.io.json;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;

/**
 * UTF-8 JSON text written straight into a byte buffer, for the record writers: the same bytes as Jackson's UTF-8
 * generator with {@link MigrationJson#streamingFactory}'s settings (escapes, surrogates, numbers), without its
 * per-token context checks — the writers know their records' shape. {@code JsonOutputTest} compares the two.
 */
final class JsonOutput implements Closeable {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    // Per ASCII character: 0 written as is, a letter for its two-character escape, 'u' for \\u00XX.
    private static final byte[] ESCAPE = new byte[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPE[c] = 'u';
        }
        ESCAPE['\b'] = 'b';
        ESCAPE['\t'] = 't';
        ESCAPE['\n'] = 'n';
        ESCAPE['\f'] = 'f';
        ESCAPE['\r'] = 'r';
        ESCAPE['"'] = '"';
        ESCAPE['\\'] = '\\';
    }

    private final OutputStream out;
    private final byte[] buf = new byte[16 * 1024];
    private char[] chars = new char[256];
    private int pos;

    JsonOutput(OutputStream out) {
        this.out = out;
    }

    void raw(byte b) throws IOException {
        if (pos == buf.length) {
            flushBuffer();
        }
        buf[pos++] = b;
    }

    void raw(byte[] bytes) throws IOException {
        raw(bytes, 0, bytes.length);
    }

    void raw(byte[] bytes, int off, int len) throws IOException {
        if (len > buf.length - pos) {
            flushBuffer();
            if (len > buf.length) {
                out.write(bytes, off, len);
                return;
            }
        }
        if (len <= 16) {
            // Names and codes are short: a loop beats the copy stub's call and set-up.
            int p = pos;
            for (int i = 0; i < len; i++) {
                buf[p + i] = bytes[off + i];
            }
        } else {
            System.arraycopy(bytes, off, buf, pos, len);
        }
        pos += len;
    }

    /** Writes a JSON string: quoted, escaped as Jackson escapes it (surrogates as {@code \\uXXXX} each). */
    void string(String s) throws IOException {
        int len = s.length();
        // At most six bytes a character (an escape), plus the quotes.
        if (len * 6L + 2 > buf.length - pos) {
            flushBuffer();
            if (len * 6L + 2 > buf.length) {
                longString(s);
                return;
            }
        }
        if (len > chars.length) {
            chars = new char[Math.max(len, chars.length * 2)];
        }
        // One bulk copy out of the String, then plain array reads (no per-character bounds and coder checks).
        char[] cs = chars;
        s.getChars(0, len, cs, 0);
        byte[] b = buf;
        int p = pos;
        b[p++] = '"';
        int i = 0;
        // Plain ASCII, the common case, one store a character.
        for (; i < len; i++) {
            char c = cs[i];
            if (c >= 0x80 || ESCAPE[c] != 0) {
                break;
            }
            b[p++] = (byte) c;
        }
        for (; i < len; i++) {
            p = put(b, p, cs[i]);
        }
        b[p++] = '"';
        pos = p;
    }

    private void longString(String s) throws IOException {
        raw((byte) '"');
        for (int i = 0; i < s.length(); i++) {
            if (buf.length - pos < 6) {
                flushBuffer();
            }
            pos = put(buf, pos, s.charAt(i));
        }
        raw((byte) '"');
    }

    private static int put(byte[] b, int p, char c) {
        if (c < 0x80) {
            byte e = ESCAPE[c];
            if (e == 0) {
                b[p++] = (byte) c;
            } else if (e == 'u') {
                p = unicodeEscape(b, p, c);
            } else {
                b[p++] = '\\';
                b[p++] = e;
            }
        } else if (c < 0x800) {
            b[p++] = (byte) (0xC0 | (c >> 6));
            b[p++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
            p = unicodeEscape(b, p, c);
        } else {
            b[p++] = (byte) (0xE0 | (c >> 12));
            b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
            b[p++] = (byte) (0x80 | (c & 0x3F));
        }
        return p;
    }

    private static int unicodeEscape(byte[] b, int p, char c) {
        b[p++] = '\\';
        b[p++] = 'u';
        b[p++] = HEX[(c >> 12) & 0xF];
        b[p++] = HEX[(c >> 8) & 0xF];
        b[p++] = HEX[(c >> 4) & 0xF];
        b[p++] = HEX[c & 0xF];
        return p;
    }

    void integer(int v) throws IOException {
        if (buf.length - pos < 11) {
            flushBuffer();
        }
        pos = NumberOutput.outputInt(v, buf, pos);
    }

    void number(double v) throws IOException {
        if (Double.isFinite(v)) {
            ascii(NumberOutput.toString(v, true));
        } else {
            // As the generator's default (WRITE_NAN_AS_STRINGS): NaN and the infinities as strings.
            string(NumberOutput.toString(v, true));
        }
    }

    void decimal(BigDecimal v) throws IOException {
        ascii(v.toString());
    }

    void bool(boolean v) throws IOException {
        ascii(v ? "true" : "false");
    }

    private void ascii(String s) throws IOException {
        int len = s.length();
        if (len > buf.length - pos) {
            flushBuffer();
        }
        if (len > buf.length) {
            out.write(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return;
        }
        for (int i = 0; i < len; i++) {
            buf[pos++] = (byte) s.charAt(i);
        }
    }

    private void flushBuffer() throws IOException {
        if (pos > 0) {
            out.write(buf, 0, pos);
            pos = 0;
        }
    }

    /** Writes the buffered bytes and flushes the stream. */
    void flush() throws IOException {
        flushBuffer();
        out.flush();
    }

    /** Writes the buffered bytes and closes the stream. */
    @Override
    public void close() throws IOException {
        try {
            flushBuffer();
        } finally {
            out.close();
        }
    }
}
