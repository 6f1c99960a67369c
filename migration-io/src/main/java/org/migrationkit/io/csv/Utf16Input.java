package org.migrationkit.io.csv;

import java.io.IOException;
import java.util.List;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;

/**
 * Transcodes UTF-16 to UTF-8 as it reads, so that the scanner only ever sees UTF-8. An unpaired surrogate or an odd
 * last byte becomes U+FFFD and an {@code encoding.invalid-utf16} issue with its byte offset (the first 100 are
 * kept), never a silent replacement.
 */
final class Utf16Input implements ByteInput {
    private static final int MAX_ISSUES = 100;

    private final ByteInput in;
    private final boolean bigEndian;
    private final String file;
    private final List<Issue> issues;
    private final byte[] raw = new byte[16384];
    private int rawPos;
    private int rawLen;
    private boolean eof;
    private long offset; // absolute offset of raw[rawPos] in the original input
    private final byte[] out = new byte[4];
    private int outPos;
    private int outLen;

    Utf16Input(ByteInput in, boolean bigEndian, long startOffset, String file, List<Issue> issues) {
        this.in = in;
        this.bigEndian = bigEndian;
        this.offset = startOffset;
        this.file = file;
        this.issues = issues;
    }

    private int unit() throws IOException {
        if (rawLen - rawPos < 2) {
            if (!eof) {
                System.arraycopy(raw, rawPos, raw, 0, rawLen - rawPos);
                rawLen -= rawPos;
                rawPos = 0;
                int n = in.readFully(raw, rawLen, raw.length - rawLen);
                rawLen += n;
                if (rawLen < raw.length) {
                    eof = true;
                }
            }
            if (rawLen - rawPos < 2) {
                if (rawLen - rawPos == 1) {
                    problem("an odd last byte");
                    rawPos++;
                    offset++;
                    return 0xFFFD;
                }
                return -1;
            }
        }
        int a = raw[rawPos] & 0xFF;
        int b = raw[rawPos + 1] & 0xFF;
        rawPos += 2;
        offset += 2;
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    private void problem(String what) {
        problem(offset, what);
    }

    private void problem(long at, String what) {
        if (issues.size() < MAX_ISSUES) {
            issues.add(Issue.of(IssueCode.ENCODING_INVALID_UTF16,
                    "Invalid UTF-16 at byte offset " + at + ": " + what + "; it was read as U+FFFD. Re-save the "
                            + "file as UTF-8 or UTF-16 from the program that exported it.",
                    new IssueLocation(file, null, null, null, null)));
        }
    }

    private int pending = -1;
    private long pendingAt;

    private boolean produce() throws IOException {
        long at = pending >= 0 ? pendingAt : offset;
        int u = pending >= 0 ? pending : unit();
        pending = -1;
        if (u < 0) {
            return false;
        }
        int cp = u;
        if (u >= 0xD800 && u <= 0xDBFF) {
            long vAt = offset;
            int v = unit();
            if (v >= 0xDC00 && v <= 0xDFFF) {
                cp = 0x10000 + ((u - 0xD800) << 10) + (v - 0xDC00);
            } else {
                problem(at, "a high surrogate without its low surrogate");
                pending = v;
                pendingAt = vAt;
                cp = 0xFFFD;
            }
        } else if (u >= 0xDC00 && u <= 0xDFFF) {
            problem(at, "a low surrogate without its high surrogate");
            cp = 0xFFFD;
        }
        outPos = 0;
        if (cp < 0x80) {
            out[0] = (byte) cp;
            outLen = 1;
        } else if (cp < 0x800) {
            out[0] = (byte) (0xC0 | cp >> 6);
            out[1] = (byte) (0x80 | cp & 0x3F);
            outLen = 2;
        } else if (cp < 0x10000) {
            out[0] = (byte) (0xE0 | cp >> 12);
            out[1] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[2] = (byte) (0x80 | cp & 0x3F);
            outLen = 3;
        } else {
            out[0] = (byte) (0xF0 | cp >> 18);
            out[1] = (byte) (0x80 | cp >> 12 & 0x3F);
            out[2] = (byte) (0x80 | cp >> 6 & 0x3F);
            out[3] = (byte) (0x80 | cp & 0x3F);
            outLen = 4;
        }
        return true;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = 0;
        while (n < len) {
            if (outPos == outLen && !produce()) {
                break;
            }
            b[off + n++] = out[outPos++];
        }
        return n == 0 && len > 0 ? -1 : n;
    }
}
