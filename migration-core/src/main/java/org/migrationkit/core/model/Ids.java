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
