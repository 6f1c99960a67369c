package org.migrationkit.io.layout;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Text clean-up the public exports need: HTML entities, trailing line breaks, comma-joined lists. */
final class Texts {
    private Texts() {
    }

    /**
     * Decodes the HTML entities MMP exports carry ({@code L&#039;Unione Sarda}, {@code &amp;}); an unknown entity
     * is kept as written (domain-standards §1.5).
     */
    static String unescapeHtml(String s) {
        int amp = s.indexOf('&');
        if (amp < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            b.append(s, i, amp);
            int semi = s.indexOf(';', amp);
            String decoded = semi > amp && semi - amp <= 10 ? entity(s.substring(amp + 1, semi)) : null;
            if (decoded == null) {
                b.append('&');
                i = amp + 1;
            } else {
                b.append(decoded);
                i = semi + 1;
            }
            amp = s.indexOf('&', i);
        }
        return b.append(s, i, s.length()).toString();
    }

    private static @Nullable String entity(String name) {
        switch (name) {
            case "amp": return "&";
            case "quot": return "\"";
            case "apos": return "'";
            case "lt": return "<";
            case "gt": return ">";
            case "nbsp": return "\u00A0";
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return null; // not a code point: keep the text as written
        }
        return null;
    }

    /** Splits a {@code ", "}-joined list (MMP sources and URLs), dropping blank pieces. */
    static List<String> list(@Nullable String s) {
        if (s == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String piece : s.split(",\\s+")) {
            String p = piece.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }
}
