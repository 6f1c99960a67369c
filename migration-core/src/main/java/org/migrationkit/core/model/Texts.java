package org.migrationkit.core.model;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The structural checks of text components: unknown is null, never blank (STYLE §3). Messages name the field but
 * never repeat the text, which may be free text about people.
 */
final class Texts {
    private Texts() {
    }

    /** Returns the text, or throws if it is blank; null passes (not reported). */
    static @Nullable String optional(@Nullable String text, String record, String field) {
        if (text != null && text.isBlank()) {
            throw new IllegalArgumentException(record + " " + field + " is blank: pass null when it is not reported.");
        }
        return text;
    }

    /** Returns the text, or throws if it is null or blank. */
    static String required(@Nullable String text, String record, String field) {
        Objects.requireNonNull(text, field);
        if (text.isBlank()) {
            throw new IllegalArgumentException(record + " " + field + " is blank: give a non-blank text.");
        }
        return text;
    }

    /**
     * Returns an unmodifiable copy of the list (the list itself when it is already one, as builders hand over), or
     * throws if it or an element is null, or an element is blank.
     */
    static List<String> list(List<String> texts, String record, String field) {
        Objects.requireNonNull(texts, field);
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            if (text == null) {
                throw new NullPointerException(field + "[" + i + "]");
            }
            if (text.isBlank()) {
                throw new IllegalArgumentException(record + " " + field + "[" + i
                        + "] is blank: leave blank entries out of the list.");
            }
        }
        return List.copyOf(texts);
    }
}
