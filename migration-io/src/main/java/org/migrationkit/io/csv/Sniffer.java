package org.migrationkit.io.csv;

import org.jspecify.annotations.Nullable;

/** Looks at the first bytes of an input: is it text, and which delimiter does its header line use. */
final class Sniffer {
    private Sniffer() {
    }

    /** Signatures of binary formats people send instead of CSV. */
    private static final byte[][] MAGIC = {
            {'P', 'K', 3, 4}, // zip, xlsx, docx
            {0x1F, (byte) 0x8B}, // gzip read as plain text
            {'%', 'P', 'D', 'F'},
            {(byte) 0x89, 'P', 'N', 'G'},
            {'G', 'I', 'F', '8'},
            {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, // JPEG
            {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}, // OLE: xls, doc
            {'7', 'z', (byte) 0xBC, (byte) 0xAF},
    };

    /** Returns why the sample is clearly binary, or null when it may be text. */
    static @Nullable String binary(byte[] s, int from, int to) {
        int n = to - from;
        for (byte[] m : MAGIC) {
            if (n >= m.length && java.util.Arrays.equals(s, from, from + m.length, m, 0, m.length)) {
                return "it starts with the signature of a binary format (zip, gzip, PDF, image or OLE)";
            }
        }
        int nul = 0;
        int control = 0;
        for (int i = from; i < to; i++) {
            int c = s[i] & 0xFF;
            if (c == 0) {
                nul++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        // A few NUL bytes in a text file are reported on their records; in bulk they mean a binary file.
        if (nul >= 8 && nul * 100L >= n) {
            return nul + " NUL bytes in its first " + n + " bytes";
        }
        if (control >= 8 && control * 10L >= n) {
            return control + " control characters in its first " + n + " bytes";
        }
        return null;
    }

    /**
     * Returns the delimiter of the first non-blank line: the most frequent of {@code ,} {@code ;} and tab outside
     * quotes, ties in that order, {@code ,} when none occurs (a single column).
     */
    static byte delimiter(byte[] s, int from, int to) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = from; i < to; i++) {
            byte c = s[i];
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\r' || c == '\n') {
                    if (started) {
                        break;
                    }
                    continue;
                }
                if (c == ',') {
                    comma++;
                } else if (c == ';') {
                    semicolon++;
                } else if (c == '\t') {
                    tab++;
                }
            }
            started = true;
        }
        if (semicolon > comma && semicolon >= tab) {
            return ';';
        }
        if (tab > comma && tab > semicolon) {
            return '\t';
        }
        return ',';
    }
}
