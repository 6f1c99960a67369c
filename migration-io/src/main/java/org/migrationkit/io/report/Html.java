package org.migrationkit.io.report;

/**
 * Escapes text for HTML element content and quoted attribute values. Report values come from partner files, so
 * anything may be in them: markup characters are escaped and characters HTML forbids in a document (controls other
 * than tab, line feed and carriage return; noncharacters; unpaired surrogates) become U+FFFD, so the page always
 * parses without errors.
 */
final class Html {
    private Html() {
    }

    /** Returns {@code text} escaped for element content and double- or single-quoted attribute values. */
    static String escape(CharSequence text) {
        StringBuilder b = null;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (rep == null && !allowed(text, i, c)) {
                rep = "\uFFFD";
            }
            if (rep == null) {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            if (b == null) {
                b = new StringBuilder(n + 16).append(text, 0, i);
            }
            b.append(rep);
        }
        return b == null ? text.toString() : b.toString();
    }

    private static boolean allowed(CharSequence text, int i, char c) {
        if (c < 0x20) {
            return c == '\t' || c == '\n' || c == '\r';
        }
        if (c >= 0x7F && c <= 0x9F) {
            return false;
        }
        if ((c >= 0xFDD0 && c <= 0xFDEF) || c == 0xFFFE || c == 0xFFFF) {
            return false;
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return true;
    }
}
