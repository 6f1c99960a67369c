package org.migrationkit.core.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.InvalidValueException;
import org.migrationkit.core.validation.IssueCode;

/**
 * The one check of the typed ids: 1 to 128 UTF-16 characters, no control characters, no leading or trailing
 * whitespace. Messages never echo the value, because an id may be a partner's raw case number.
 */
final class Ids {
    /** The longest id, in UTF-16 characters. */
    static final int MAX_LENGTH = 128;

    private Ids() {
    }

    /** Returns what is wrong with the id, without its value, or null when it is well-formed. */
    static @Nullable String problem(CharSequence value) {
        if (value instanceof String && isPlain((String) value)) {
            return null;
        }
        int n = value.length();
        if (n == 0) {
            return "is empty";
        }
        if (n > MAX_LENGTH) {
            return "has " + n + " characters, more than " + MAX_LENGTH;
        }
        if (isSpace(value.charAt(0)) || isSpace(value.charAt(n - 1))) {
            return "has leading or trailing whitespace";
        }
        for (int i = 0; i < n; i++) {
            if (Character.isISOControl(value.charAt(i))) {
                return "has a control character at index " + i;
            }
        }
        return null;
    }

    /**
     * The common case, checked on the {@code String} directly (no {@code CharSequence} calls): 1 to
     * {@link #MAX_LENGTH} printable ASCII characters, not a space at either end. Printable ASCII holds no control
     * character and no whitespace but the space, so such an id is well-formed; anything else takes the full check.
     */
    private static boolean isPlain(String s) {
        int n = s.length();
        if (n == 0 || n > MAX_LENGTH || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Returns the value, or throws {@code id.malformed} naming the id type but not the value. */
    static String check(String value, String type) {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidValueException(IssueCode.ID_MALFORMED, type + " " + problem
                    + ": an id is 1 to " + MAX_LENGTH + " printable characters without leading or trailing "
                    + "whitespace (the value is not shown: ids may be sensitive).");
        }
        return value;
    }
}
