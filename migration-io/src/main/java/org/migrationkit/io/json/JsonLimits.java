package org.migrationkit.io.json;

import com.fasterxml.jackson.core.StreamReadConstraints;

/**
 * The limits JSON input is read with (DESIGN §5, hostile input). A record that exceeds one is rejected with a
 * {@code limit.*} issue; a JSON Lines reader goes on with the next line.
 *
 * <pre>{@code
 * JsonLimits limits = JsonLimits.defaults().withMaxStringLength(1_000_000);
 * }</pre>
 *
 * @param maxNestingDepth the deepest nesting of arrays and objects; default 64
 * @param maxStringLength the longest string, in characters; default 20,000,000
 * @param maxNumberLength the longest number, in characters; default 1,000
 * @param maxDocumentLength the longest document a non-streaming read (an {@code ObjectMapper.readValue} of a whole
 *     document) accepts, in bytes; default 256 MiB. The streaming readers of this package do not apply it
 * @param maxLineLength the longest JSON Lines line, in bytes; default 64 MiB
 */
public record JsonLimits(int maxNestingDepth, int maxStringLength, int maxNumberLength, long maxDocumentLength,
        int maxLineLength) {
    private static final JsonLimits DEFAULTS = new JsonLimits(64, 20_000_000, 1_000, 256L << 20, 64 << 20);

    /**
     * Checks the limits.
     *
     * @throws IllegalArgumentException if a limit is below 1
     */
    public JsonLimits {
        if (maxNestingDepth < 1 || maxStringLength < 1 || maxNumberLength < 1 || maxDocumentLength < 1
                || maxLineLength < 1) {
            throw new IllegalArgumentException("JSON limits are 1 or more, got " + maxNestingDepth + ", "
                    + maxStringLength + ", " + maxNumberLength + ", " + maxDocumentLength + ", " + maxLineLength);
        }
    }

    /**
     * Returns the default limits: nesting 64, string 20,000,000 characters, number 1,000 characters, document
     * 256 MiB, JSON Lines line 64 MiB.
     *
     * @return the defaults
     */
    public static JsonLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another nesting limit.
     *
     * @param depth the deepest nesting, 1 or more
     * @return the changed copy
     */
    public JsonLimits withMaxNestingDepth(int depth) {
        return new JsonLimits(depth, maxStringLength, maxNumberLength, maxDocumentLength, maxLineLength);
    }

    /**
     * Returns a copy with another string limit.
     *
     * @param length the longest string in characters, 1 or more
     * @return the changed copy
     */
    public JsonLimits withMaxStringLength(int length) {
        return new JsonLimits(maxNestingDepth, length, maxNumberLength, maxDocumentLength, maxLineLength);
    }

    /**
     * Returns a copy with another number limit.
     *
     * @param length the longest number in characters, 1 or more
     * @return the changed copy
     */
    public JsonLimits withMaxNumberLength(int length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, length, maxDocumentLength, maxLineLength);
    }

    /**
     * Returns a copy with another document limit.
     *
     * @param length the longest document in bytes, 1 or more
     * @return the changed copy
     */
    public JsonLimits withMaxDocumentLength(long length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, length, maxLineLength);
    }

    /**
     * Returns a copy with another JSON Lines line limit.
     *
     * @param length the longest line in bytes, 1 or more
     * @return the changed copy
     */
    public JsonLimits withMaxLineLength(int length) {
        return new JsonLimits(maxNestingDepth, maxStringLength, maxNumberLength, maxDocumentLength, length);
    }

    StreamReadConstraints constraints(boolean streaming) {
        StreamReadConstraints.Builder b = StreamReadConstraints.builder().maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength).maxNumberLength(maxNumberLength)
                .maxNameLength(Math.min(maxStringLength, 50_000));
        // A stream of records may be any length: the per-record limits bound the memory instead.
        return b.maxDocumentLength(streaming ? -1 : maxDocumentLength).build();
    }
}
