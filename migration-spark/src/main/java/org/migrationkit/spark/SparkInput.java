package org.migrationkit.spark;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * One table given to {@link SparkValidator#validateInputs}: any {@code Dataset<Row>} ({@link #of}), or CSV files
 * read by migrationkit's own CSV reader on the executors ({@link #csv}), the reader of a local run.
 *
 * <p>CSV files given as files are read the way {@code migration validate} reads them: the delimiter ({@code ,}
 * {@code ;} or tab) detected from the header line unless set, a byte order mark honoured, RFC 4180 quoting with
 * quoted line breaks, CRLF or LF; the CSV syntax issues ({@code csv.*}), the header issues and the record numbers
 * are the local run's, and nothing goes through Spark's CSV parser or its rows, which makes it the faster input.
 */
public final class SparkInput {
    private static final Set<Charset> ENCODINGS = Set.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"),
            StandardCharsets.ISO_8859_1, StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE);

    private final @Nullable Dataset<Row> rows;
    private final @Nullable SparkSession spark;
    private final @Nullable String path;
    private final boolean splitLines;
    private final Charset encoding;
    private final @Nullable Character delimiter;

    private SparkInput(@Nullable Dataset<Row> rows, @Nullable SparkSession spark, @Nullable String path,
            boolean splitLines, Charset encoding, @Nullable Character delimiter) {
        this.rows = rows;
        this.spark = spark;
        this.path = path;
        this.splitLines = splitLines;
        this.encoding = encoding;
        this.delimiter = delimiter;
    }

    /**
     * A table as rows: CSV read by Spark ({@link SparkValidator#readCsv}), Parquet, Delta, JDBC..., its columns
     * matched by name and typed from their text.
     *
     * @param rows the rows, not null
     * @return the input
     */
    public static SparkInput of(Dataset<Row> rows) {
        return new SparkInput(Objects.requireNonNull(rows, "rows"), null, null, false, StandardCharsets.UTF_8, null);
    }

    /**
     * CSV files read whole, one task per file (a quoted value may hold line breaks), in UTF-8 unless a byte order
     * mark says otherwise, the delimiter detected: as a local run reads them.
     *
     * @param spark the session, not null
     * @param path a file, a folder (its files, hidden ones and {@code _SUCCESS} left out) or a glob, in any file
     *     system Spark reads; not null
     * @return the input
     */
    public static SparkInput csv(SparkSession spark, String path) {
        return csv(spark, path, Map.of());
    }

    /**
     * CSV files, with Spark's CSV option names: {@code multiLine} ({@code true} by default: each file read whole
     * by one task; {@code false} promises that no quoted value holds a line break, and large files are split into
     * line ranges read in parallel, as Spark splits them), {@code sep} or {@code delimiter} (one ASCII character;
     * detected from the header line by default), {@code encoding} or {@code charset} (UTF-8 by default;
     * windows-1252, ISO-8859-1, UTF-16). The options of {@link SparkValidator#CSV_OPTIONS} that say what this
     * reader always does are accepted at those values: {@code header=true}, {@code quote="}, {@code escape="},
     * {@code mode=PERMISSIVE}, {@code inferSchema=false}. Where {@code multiLine=false} is not true of the file,
     * a quoted line break within a range is read as the local run reads it, and one across a range's end gives
     * that range's records CSV syntax issues (whose line numbers then count from the range's first line).
     *
     * @param spark the session, not null
     * @param path a file, a folder or a glob; not null
     * @param options the options, not null
     * @return the input
     * @throws IllegalArgumentException for an option this reader does not take, or a value it cannot honour
     */
    public static SparkInput csv(SparkSession spark, String path, Map<String, String> options) {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(path, "path");
        boolean split = false;
        Charset encoding = StandardCharsets.UTF_8;
        Character delimiter = null;
        for (Map.Entry<String, String> e : options.entrySet()) {
            String key = e.getKey().toLowerCase(Locale.ROOT);
            String value = Objects.requireNonNull(e.getValue(), key);
            switch (key) {
                case "multiline" -> split = !bool(key, value);
                case "sep", "delimiter" -> {
                    String d = "\\t".equals(value) ? "\t" : value;
                    if (d.length() != 1 || d.charAt(0) >= 0x80 || d.charAt(0) == '"' || d.charAt(0) == '\r'
                            || d.charAt(0) == '\n' || d.charAt(0) == 0) {
                        throw refused(key, value, "one ASCII character other than a quote or a line break");
                    }
                    delimiter = d.charAt(0);
                }
                case "encoding", "charset" -> encoding = encoding(key, value);
                case "header" -> fixed(key, value, "true");
                case "inferschema" -> fixed(key, value, "false");
                case "quote", "escape" -> fixed(key, value, "\"");
                case "mode" -> fixed(key, value.toUpperCase(Locale.ROOT), "PERMISSIVE");
                default -> throw new IllegalArgumentException("Option " + e.getKey() + " is not one SparkInput.csv "
                        + "takes (multiLine, sep, encoding, and header, quote, escape, mode, inferSchema at the values "
                        + "of SparkValidator.CSV_OPTIONS): read the files with spark.read().csv(...) and give the "
                        + "Dataset with SparkInput.of.");
            }
        }
        return new SparkInput(null, spark, path, split, encoding, delimiter);
    }

    private static boolean bool(String key, String value) {
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw refused(key, value, "true or false");
        }
        return value.equalsIgnoreCase("true");
    }

    private static void fixed(String key, String value, String only) {
        if (!value.equalsIgnoreCase(only)) {
            throw refused(key, value, only + " (migrationkit's CSV reader always reads files so)");
        }
    }

    private static Charset encoding(String key, String value) {
        try {
            Charset c = Charset.forName(value);
            if (ENCODINGS.contains(c)) {
                return c;
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            // refused below
        }
        throw refused(key, value, "UTF-8, windows-1252, ISO-8859-1, UTF-16, UTF-16LE or UTF-16BE");
    }

    private static IllegalArgumentException refused(String key, String value, String accepted) {
        return new IllegalArgumentException("Option " + key + "=" + value + " cannot be honoured by SparkInput.csv: "
                + "give " + accepted + ", or read the files with spark.read().csv(...) and give the Dataset with "
                + "SparkInput.of.");
    }

    @Nullable Dataset<Row> rows() {
        return rows;
    }

    @Nullable String path() {
        return path;
    }

    SparkSession spark() {
        return Objects.requireNonNull(rows != null ? rows.sparkSession() : spark);
    }

    /** Whether files are split into line ranges ({@code multiLine=false}). */
    boolean splitLines() {
        return splitLines;
    }

    Charset encoding() {
        return encoding;
    }

    @Nullable Character delimiter() {
        return delimiter;
    }

    @Override
    public String toString() {
        return rows != null ? "SparkInput[rows]" : "SparkInput[csv " + path + ", multiLine=" + !splitLines
                + ", encoding=" + encoding.name() + ", delimiter=" + (delimiter == null ? "detect" : delimiter) + "]";
    }
}
