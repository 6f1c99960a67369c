package org.migrationkit.io.json;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The known values of one column (codes of a vocabulary, country codes) for the bulk path: read from the parser's
 * character buffer without making a {@code String}, and written as pre-encoded JSON strings. An open-addressing
 * table over {@code char} slices; built once per codec, read-only afterwards (safe to share between threads).
 */
final class KnownTexts {
    private final char[][] keys;
    private final Object[] values;
    private final int mask;
    // By identity: the canonical text of a code is the same String instance every time (an enum's code(), an
    // interned constant), so the writer finds it without hashing characters; a text built afresh misses and is
    // simply encoded as it goes.
    private final IdentityHashMap<String, SerializedString> encoded;
    // By identity of the value (an enum constant, a canonical code instance): the writer skips the text altogether.
    private final IdentityHashMap<Object, SerializedString> byValue;
    // The same two as whole quoted JSON strings, for the byte writer.
    private final IdentityHashMap<String, byte[]> quoted;
    private final IdentityHashMap<Object, byte[]> quotedByValue;
    // When the known values are the constants of one enum: their quoted strings by ordinal, no hashing at all.
    private final @Nullable Class<?> enumType;
    private final byte @Nullable [][] quotedByOrdinal;

    private KnownTexts(Map<String, Object> known) {
        int size = Integer.highestOneBit(Math.max(4, known.size() * 4 - 1)) << 1;
        this.keys = new char[size][];
        this.values = new Object[size];
        this.mask = size - 1;
        this.encoded = new IdentityHashMap<>(known.size() * 2);
        this.byValue = new IdentityHashMap<>(known.size() * 2);
        this.quoted = new IdentityHashMap<>(known.size() * 2);
        this.quotedByValue = new IdentityHashMap<>(known.size() * 2);
        for (Map.Entry<String, Object> e : known.entrySet()) {
            char[] k = e.getKey().toCharArray();
            int i = hash(k, 0, k.length) & mask;
            while (keys[i] != null) {
                i = (i + 1) & mask;
            }
            keys[i] = k;
            values[i] = e.getValue();
            SerializedString text = new SerializedString(e.getKey());
            encoded.put(e.getKey(), text);
            byValue.put(e.getValue(), text);
            byte[] q = quote(text);
            quoted.put(e.getKey(), q);
            quotedByValue.put(e.getValue(), q);
        }
        Class<?> type = null;
        for (Object v : known.values()) {
            Class<?> c = v instanceof Enum ? ((Enum<?>) v).getDeclaringClass() : null;
            if (c == null || (type != null && type != c)) {
                type = null;
                break;
            }
            type = c;
        }
        this.enumType = type;
        if (type != null) {
            quotedByOrdinal = new byte[type.getEnumConstants().length][];
            for (Object v : known.values()) {
                quotedByOrdinal[((Enum<?>) v).ordinal()] = quotedByValue.get(v);
            }
        } else {
            quotedByOrdinal = null;
        }
    }

    /** Returns the table of the known values, or null when there are none. */
    static @Nullable KnownTexts of(Map<String, Object> known) {
        return known.isEmpty() ? null : new KnownTexts(known);
    }

    /** Returns the value whose canonical text is exactly {@code buf[off, off + len)}, or null. */
    @Nullable Object find(char[] buf, int off, int len) {
        int i = hash(buf, off, len) & mask;
        for (char[] k = keys[i]; k != null; i = (i + 1) & mask, k = keys[i]) {
            if (k.length == len && same(k, buf, off, len)) {
                return values[i];
            }
        }
        return null;
    }

    /** Returns the pre-encoded JSON string of a known text, or null. */
    @Nullable SerializedString encoded(String text) {
        return encoded.get(text);
    }

    /** Returns the pre-encoded JSON string of a known value, found by identity; or null. */
    @Nullable SerializedString encodedValue(Object value) {
        return byValue.get(value);
    }

    /** Returns the quoted JSON string of a known text, found by identity; or null. */
    byte @Nullable [] quoted(String text) {
        return quoted.get(text);
    }

    /** Returns the quoted JSON string of a known value, found by identity; or null. */
    byte @Nullable [] quotedValue(Object value) {
        if (quotedByOrdinal != null && value.getClass() == enumType) {
            return quotedByOrdinal[((Enum<?>) value).ordinal()];
        }
        return quotedByValue.get(value);
    }

    private static byte[] quote(SerializedString text) {
        byte[] inner = text.asQuotedUTF8();
        byte[] q = new byte[inner.length + 2];
        q[0] = '"';
        System.arraycopy(inner, 0, q, 1, inner.length);
        q[q.length - 1] = '"';
        return q;
    }

    // Codes are short: a plain loop beats the vectorised mismatch search's set-up.
    private static boolean same(char[] k, char[] b, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (k[i] != b[off + i]) {
                return false;
            }
        }
        return true;
    }

    // The length and four characters (first, last, two inside): codes of one column differ there almost always, and
    // a collision only costs a comparison more in this sparse table (at most a quarter full).
    private static int hash(char[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        int h = len;
        h = 31 * h + b[off];
        h = 31 * h + b[off + len - 1];
        h = 31 * h + b[off + (len >>> 1)];
        h = 31 * h + b[off + (len >>> 2)];
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
