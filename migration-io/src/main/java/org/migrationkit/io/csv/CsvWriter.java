package org.migrationkit.io.csv;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Writes CSV rows (RFC 4180): fields separated by the delimiter, rows ended by CRLF, a field quoted when it holds
 * the delimiter, a quote, a line break, or leading or trailing whitespace, quotes inside doubled. A null field is
 * an empty cell.
 *
 * <p><b>Formula injection</b> (OWASP "CSV injection"; DESIGN §5) is neutralised by default: a cell that starts with
 * {@code =}, {@code +}, {@code -}, {@code @}, tab, CR or LF gets a leading {@code '}, so a spreadsheet shows it as
 * text instead of running it; a cell that starts with {@code '} gets one more {@code '}; plain numbers such as
 * {@code -5} or {@code +1.5e3} are not touched. Reading back removes exactly one leading {@code '} before a
 * trigger character or a {@code '} ({@link #restore(String)}), so written files read back to equal values.
 *
 * <pre>{@code
 * try (CsvWriter csv = CsvWriter.builder().build(writer)) {
 *     csv.writeRow(List.of("id", "note"));
 *     csv.writeRow(List.of("m-1", "=1+1"));      // m-1,'=1+1
 * }
 * }</pre>
 */
public final class CsvWriter implements Closeable {
    private final Writer out;
    private final char delimiter;
    private final boolean neutralise;
    private final String lineEnd;
    private long rows;

    private CsvWriter(Builder b, Writer out) {
        this.out = out;
        this.delimiter = b.delimiter;
        this.neutralise = b.neutraliseFormulas;
        this.lineEnd = b.lineEnd;
    }

    /**
     * Returns a builder with the defaults: delimiter {@code ,}, CRLF line ends, formula neutralisation on.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Writes one row.
     *
     * @param fields the fields, null for an empty cell; not null
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public CsvWriter writeRow(List<? extends @Nullable String> fields) {
        Objects.requireNonNull(fields, "fields");
        try {
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                String f = fields.get(i);
                if (f != null) {
                    writeField(neutralise ? neutralise(f) : f);
                }
            }
            out.write(lineEnd);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Writes one row.
     *
     * @param fields the fields, null for an empty cell
     * @return this writer
     * @throws UncheckedIOException if writing fails
     */
    public CsvWriter writeRow(@Nullable String... fields) {
        return writeRow(java.util.Arrays.asList(fields));
    }

    private void writeField(String f) throws IOException {
        int n = f.length();
        boolean quote = n > 0 && (Character.isWhitespace(f.charAt(0)) || Character.isWhitespace(f.charAt(n - 1)));
        for (int i = 0; i < n && !quote; i++) {
            char c = f.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(f);
            return;
        }
        out.write('"');
        int from = 0;
        for (int i = 0; i < n; i++) {
            if (f.charAt(i) == '"') {
                out.write(f, from, i + 1 - from);
                out.write('"');
                from = i + 1;
            }
        }
        out.write(f, from, n - from);
        out.write('"');
    }

    /**
     * Returns how many rows were written, header rows included.
     *
     * @return the count
     */
    public long rows() {
        return rows;
    }

    /**
     * Flushes the underlying writer.
     *
     * @throws UncheckedIOException if flushing fails
     */
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Closes the underlying writer.
     *
     * @throws IOException if closing fails
     */
    @Override
    public void close() throws IOException {
        out.close();
    }

    /**
     * Neutralises a cell against formula injection (see the class description).
     *
     * @param cell the cell text, not null
     * @return the cell, with a leading {@code '} when it starts with a trigger character or a {@code '}
     */
    public static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char c = cell.charAt(0);
        if (c == '\'') {
            return "'" + cell;
        }
        if (isTrigger(c) && !isPlainNumber(cell)) {
            return "'" + cell;
        }
        return cell;
    }

    /**
     * Undoes {@link #neutralise(String)}: removes exactly one leading {@code '} before a trigger character or a
     * {@code '}. The mode a reader uses for files this library wrote.
     *
     * @param cell the cell text as read, not null
     * @return the original cell
     */
    public static String restore(String cell) {
        if (cell.length() >= 2 && cell.charAt(0) == '\'' && (cell.charAt(1) == '\'' || isTrigger(cell.charAt(1)))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' || c == '\n';
    }

    // A sign, digits, an optional fraction and exponent: what a spreadsheet reads as a number, not a formula.
    static boolean isPlainNumber(String s) {
        int i = 0;
        int n = s.length();
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0) {
                return false;
            }
        }
        return i == n;
    }

    /**
     * Configures a {@link CsvWriter}. Defaults: delimiter {@code ,}, CRLF line ends, formula neutralisation on.
     */
    public static final class Builder {
        private char delimiter = ',';
        private String lineEnd = "\r\n";
        private boolean neutraliseFormulas = true;

        private Builder() {
        }

        /**
         * Sets the delimiter.
         *
         * @param newDelimiter {@code ,}, {@code ;} or tab
         * @return this builder
         * @throws IllegalArgumentException for any other character
         */
        public Builder delimiter(char newDelimiter) {
            if (newDelimiter != ',' && newDelimiter != ';' && newDelimiter != '\t') {
                throw new IllegalArgumentException("Delimiter '" + newDelimiter + "' is not supported: use ',', ';' "
                        + "or tab.");
            }
            this.delimiter = newDelimiter;
            return this;
        }

        /**
         * Sets whether rows end with CRLF (RFC 4180, the default) or LF.
         *
         * @param crlf true for CRLF, false for LF
         * @return this builder
         */
        public Builder crlf(boolean crlf) {
            this.lineEnd = crlf ? "\r\n" : "\n";
            return this;
        }

        /**
         * Sets whether cells are neutralised against formula injection (see {@link CsvWriter}).
         *
         * @param neutralise true (the default) to neutralise
         * @return this builder
         */
        public Builder neutraliseFormulas(boolean neutralise) {
            this.neutraliseFormulas = neutralise;
            return this;
        }

        /**
         * Builds a writer on a character stream; closing the writer closes it.
         *
         * @param out the stream, not null
         * @return the writer
         */
        public CsvWriter build(Writer out) {
            return new CsvWriter(this, Objects.requireNonNull(out, "out"));
        }

        /**
         * Describes the settings.
         *
         * @return e.g. {@code CsvWriter.Builder[delimiter=',', crlf, neutraliseFormulas]}
         */
        @Override
        public String toString() {
            return "CsvWriter.Builder[delimiter='" + (delimiter == '\t' ? "\\t" : String.valueOf(delimiter)) + "', "
                    + (lineEnd.equals("\r\n") ? "crlf" : "lf") + (neutraliseFormulas ? ", neutraliseFormulas" : "")
                    + "]";
        }
    }
}
