package org.migrationkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;
import org.migrationkit.core.vocab.HxlTag;

/** What each kind of input gives: values, header, issues with their locations and messages, counts. */
class CsvReaderTest {
    private static final Path FIXTURES = Path.of("src/test/resources/csv");

    @TempDir
    Path dir;

    /** A read on the calling thread, collecting the records (decoded) and the summary. */
    private record Result(CsvSummary summary, List<CsvRecord> records) {
        List<List<String>> values() {
            return records.stream().map(CsvRecord::fields).toList();
        }

        List<Issue> issues() {
            return records.stream().flatMap(r -> r.issues().stream()).toList();
        }
    }

    private static Result read(String fixture) {
        return read(CsvReader.builder(), FIXTURES.resolve(fixture));
    }

    private static Result read(CsvReader.Builder builder, Path file) {
        List<CsvRecord> records = new ArrayList<>();
        CsvSummary s = builder.parallelism(1).build().read(file, file.getFileName().toString(), records::add);
        assertThat(s.records()).isEqualTo(records.size()).isEqualTo(s.accepted() + s.rejected());
        assertThat(s.rejected()).isEqualTo(records.stream().filter(CsvRecord::isRejected).count());
        return new Result(s, records);
    }

    private static IssueLocation at(String file, long record, long line, Integer column, String field) {
        return new IssueLocation(file, record, line, column, field);
    }

    @Test
    void bomAndSemicolon_detectedNotFooledByQuotedDelimiters() {
        Result r = read("utf8-bom-semicolon.csv");
        assertThat(r.summary().header().names()).containsExactly("id", "name", "note");
        assertThat(r.summary().header().delimiter()).isEqualTo(';');
        assertThat(r.values()).containsExactly(List.of("1", "Aleppo", "x; y, z"), List.of("2", "Homs", "plain"));
        assertThat(read("tab-with-commas-in-quotes.csv").values()).containsExactly(List.of("1", "2,5", "3"));
    }

    @Test
    void lineEnds_crOnlyCrlfAndMixed_numberRecordsAndLines() {
        Result cr = read("cr-only.csv");
        assertThat(cr.records()).extracting(CsvRecord::number, CsvRecord::line, CsvRecord::fields)
                .containsExactly(tuple(1L, 2L, List.of("1", "2")), tuple(2L, 3L, List.of("3", "4")));
        Result crlf = read("crlf-quoted-newlines.csv");
        assertThat(crlf.records()).extracting(CsvRecord::number, CsvRecord::line).containsExactly(
                tuple(1L, 2L), tuple(2L, 5L), tuple(3L, 6L));
        assertThat(crlf.values().get(0).get(1)).isEqualTo("line one\r\nline two\r\nline three");
        assertThat(crlf.values().get(2).get(1)).isEqualTo("a, \"quoted\" word");
        Result mixed = read("mixed-line-ends.csv");
        assertThat(mixed.records()).extracting(CsvRecord::line).containsExactly(2L, 3L, 4L, 6L);
        assertThat(mixed.summary().rejected()).isZero();
    }

    @Test
    void fieldsAsBytes_sliceTheBufferWithQuotesRemoved() {
        Result r = read("crlf-quoted-newlines.csv");
        CsvRecord third = r.records().get(2);
        assertThat(new String(third.buffer(), third.offset(1), third.length(1), StandardCharsets.UTF_8))
                .isEqualTo("a, \"quoted\" word");
        assertThat(third.length(0)).isEqualTo(1);
    }

    @Test
    void hxlRow_detectedUnderTheHeaderAndNotCountedAsARecord() {
        Result r = read("hxl-row.csv");
        CsvHeader h = r.summary().header();
        assertThat(h.hasHxlRow()).isTrue();
        assertThat(h.tag(0)).contains(HxlTag.parse("#country+code"));
        assertThat(h.tag(2)).isEmpty();
        assertThat(r.records()).extracting(CsvRecord::number, CsvRecord::line).containsExactly(
                tuple(1L, 3L), tuple(2L, 4L));
    }

    @Test
    void hxlRow_inTheWrongPlaceIsData() {
        Result r = read("hxl-row-late.csv");
        assertThat(r.summary().header().hasHxlRow()).isFalse();
        assertThat(r.values()).containsExactly(List.of("SYR", "10"), List.of("#country+code", "#affected"));
        Result off = read(CsvReader.builder().hxlRow(false), FIXTURES.resolve("hxl-row.csv"));
        assertThat(off.summary().header().hasHxlRow()).isFalse();
        assertThat(off.summary().records()).isEqualTo(3);
    }

    @Test
    void unclosedQuote_atEndOfFile_rejectsTheRecordThatSwallowsTheRest() {
        Result r = read("unclosed-quote-at-end.csv");
        assertThat(r.summary().records()).isEqualTo(2);
        assertThat(r.summary().rejected()).isEqualTo(1);
        assertThat(r.records().get(1).fields()).containsExactly("2", "open\n3,swallowed\n");
        Issue i = r.records().get(1).issues().get(0);
        assertThat(i.code()).isEqualTo(IssueCode.CSV_UNCLOSED_QUOTE);
        assertThat(i.location()).isEqualTo(at("unclosed-quote-at-end.csv", 2, 3, 2, "note"));
        assertThat(i.message()).isEqualTo("The quote that opens column 2 (note) on line 3 is never closed: the rest of "
                + "the input (to line 5) was read as this one value. Close the quote, or double a quote that is part "
                + "of the value (\"\").");
    }

    @Test
    void unclosedQuote_midFile_isFoundWhereALaterQuoteClosesIt() {
        Result r = read("unclosed-quote-mid-file.csv");
        assertThat(r.records()).extracting(CsvRecord::number, CsvRecord::line, CsvRecord::isRejected).containsExactly(
                tuple(1L, 2L, true), tuple(2L, 5L, false));
        Issue i = r.records().get(0).issues().get(0);
        assertThat(i.code()).isEqualTo(IssueCode.CSV_UNCLOSED_QUOTE);
        assertThat(i.location()).isEqualTo(at("unclosed-quote-mid-file.csv", 1, 2, 2, "note"));
        assertThat(i.message()).isEqualTo("The quote that opens column 2 (note) on line 2 is closed only on line 4, "
                + "followed by more text: a closing quote is probably missing on line 2. Close the quote, or double a "
                + "quote that is part of the value (\"\").");
    }

    @Test
    void strayQuote_textAfterClosingQuoteIsKeptAndRejected() {
        Result r = read("stray-quote.csv");
        assertThat(r.values().get(0)).containsExactly("1", "quoted then text");
        Issue i = r.records().get(0).issues().get(0);
        assertThat(i.code()).isEqualTo(IssueCode.CSV_STRAY_QUOTE);
        assertThat(i.location()).isEqualTo(at("stray-quote.csv", 1, 2, 2, "note"));
        assertThat(i.message()).isEqualTo("Text follows the closing quote of column 2 (note): a quoted value ends at "
                + "its closing quote. Quote the whole value and double the quotes inside it, e.g. \"a \"\"b\"\" c\".");
        assertThat(r.summary().accepted()).isEqualTo(1);
    }

    @Test
    void quoteInsideUnquotedField_isALiteralCharacter() throws Exception {
        Path f = CsvTesting.write(dir, "inch.csv", "item,size\npipe,12\" long\n");
        Result r = read(CsvReader.builder(), f);
        assertThat(r.values()).containsExactly(List.of("pipe", "12\" long"));
        assertThat(r.summary().rejected()).isZero();
    }

    @Test
    void fieldCount_tooFewAndTooMany() {
        Result r = read("field-count.csv");
        assertThat(r.issues()).extracting(Issue::code, Issue::location).containsExactly(
                tuple(IssueCode.CSV_FIELD_COUNT, at("field-count.csv", 1, 2, 3, "c")),
                tuple(IssueCode.CSV_FIELD_COUNT, at("field-count.csv", 2, 3, 4, null)));
        assertThat(r.issues().get(0).message()).isEqualTo("The record has 2 fields but the header has 3 columns: "
                + "check for a delimiter (',') inside a value that is not quoted, or a missing one.");
        assertThat(r.values().get(1)).containsExactly("1", "2", "3", "4");
        assertThat(r.summary().accepted()).isEqualTo(1);
        assertThat(r.summary().rejected()).isEqualTo(2);
    }

    @Test
    void invalidUtf8_rejectsTheRecordWithTheByteOffset() {
        Result r = read("invalid-utf8.csv");
        Issue i = r.issues().get(0);
        assertThat(i.code()).isEqualTo(IssueCode.ENCODING_INVALID_UTF8);
        assertThat(i.location()).isEqualTo(at("invalid-utf8.csv", 1, 2, 1, "name"));
        // "name,city\n" is 10 bytes, "caf" 3: the é (0xE9) is at offset 13.
        assertThat(i.message()).isEqualTo("Invalid UTF-8 at byte offset 13 in column 1 (name): the input is not UTF-8. "
                + "Re-save it as UTF-8, or read it with its encoding (windows-1252, iso-8859-1).");
        assertThat(r.records()).extracting(CsvRecord::isRejected).containsExactly(true, false);
    }

    @Test
    void windows1252_decodedPerField() {
        Result r = read(CsvReader.builder().encoding(Charset.forName("windows-1252")),
                FIXTURES.resolve("windows-1252.csv"));
        assertThat(r.values()).containsExactly(List.of("José", "Café €"));
        assertThat(r.summary().header().encoding().name()).isEqualTo("windows-1252");
        Result latin1 = read(CsvReader.builder().encoding(StandardCharsets.ISO_8859_1),
                FIXTURES.resolve("invalid-utf8.csv"));
        assertThat(latin1.values().get(0)).containsExactly("café", "x");
        assertThat(latin1.summary().rejected()).isZero();
    }

    @Test
    void utf16WithBom_isTranscoded() throws Exception {
        for (boolean bigEndian : new boolean[] {false, true}) {
            Charset cs = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
            byte[] bom = bigEndian ? new byte[] {(byte) 0xFE, (byte) 0xFF} : new byte[] {(byte) 0xFF, (byte) 0xFE};
            byte[] text = "pays\tnombre\r\nCôte d’Ivoire\t\"1\t2\"\r\n😀\t3\r\n".getBytes(cs);
            byte[] all = new byte[bom.length + text.length];
            System.arraycopy(bom, 0, all, 0, 2);
            System.arraycopy(text, 0, all, 2, text.length);
            Result r = read(CsvReader.builder(), CsvTesting.write(dir, "utf16.csv", all));
            assertThat(r.summary().header().encoding()).isEqualTo(cs);
            assertThat(r.summary().header().delimiter()).isEqualTo('\t');
            assertThat(r.values()).containsExactly(List.of("Côte d’Ivoire", "1\t2"), List.of("😀", "3"));
            assertThat(r.records()).extracting(CsvRecord::line).containsExactly(2L, 3L);
        }
    }

    @Test
    void utf16_unpairedSurrogate_isAFileIssueWithItsOffset() {
        byte[] all = {(byte) 0xFF, (byte) 0xFE, 'a', 0, '\n', 0, 'x', 0, 0x00, (byte) 0xD8, 'y', 0, '\n', 0};
        Result r = read(CsvReader.builder(), CsvTesting.write(dir, "bad16.csv", all));
        assertThat(r.summary().fileIssues()).extracting(Issue::code, Issue::message).containsExactly(tuple(
                IssueCode.ENCODING_INVALID_UTF16, "Invalid UTF-16 at byte offset 8: a high surrogate without its low "
                        + "surrogate; it was read as U+FFFD. Re-save the file as UTF-8 or UTF-16 from the program "
                        + "that exported it."));
        assertThat(r.values()).containsExactly(List.of("x\uFFFDy"));
    }

    @Test
    void nulByte_inATextFile_rejectsItsRecord() {
        Result r = read("nul-byte.csv");
        Issue i = r.issues().get(0);
        assertThat(i.code()).isEqualTo(IssueCode.CSV_NUL_BYTE);
        assertThat(i.location()).isEqualTo(at("nul-byte.csv", 1, 2, 2, "note"));
        assertThat(i.message()).isEqualTo("A NUL byte at byte offset 11 in column 2 (note): text files hold no NUL "
                + "bytes; the file may be damaged or not CSV.");
        assertThat(r.summary().accepted()).isEqualTo(1);
    }

    @Test
    void binaryJunk_isAFileIssueWithNoRecords() {
        Result zip = read("binary-zip.csv");
        assertThat(zip.summary().records()).isZero();
        assertThat(zip.summary().fileIssues()).extracting(Issue::code, Issue::location, Issue::message)
                .containsExactly(tuple(IssueCode.FILE_BINARY,
                        new IssueLocation("binary-zip.csv", null, null, null, null),
                        "The input is not text: it starts with the signature of a binary format (zip, gzip, PDF, "
                                + "image or OLE). Check that this is the CSV export (not a zip, Excel, PDF or image "
                                + "file); UTF-16 text needs a byte order mark or the encoding set to UTF-16LE or "
                                + "UTF-16BE."));
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        Result random = read(CsvReader.builder(), CsvTesting.write(dir, "junk.csv", junk));
        assertThat(random.summary().fileIssues()).extracting(Issue::code).containsExactly(IssueCode.FILE_BINARY);
        assertThat(random.summary().records()).isZero();
    }

    @Test
    void emptyInputs_areFileIssues() {
        for (String name : List.of("empty.csv", "blank-lines-only.csv")) {
            Result r = read(name);
            assertThat(r.summary().records()).isZero();
            assertThat(r.summary().header().names()).isEmpty();
            assertThat(r.summary().fileIssues()).extracting(Issue::code, Issue::location, Issue::message)
                    .containsExactly(tuple(IssueCode.FILE_EMPTY, new IssueLocation(name, null, null, null, null),
                            "The input is empty: it has no header line (at most blank lines or a byte order mark). "
                                    + "A CSV input starts with a line naming its columns."));
        }
    }

    @Test
    void headerOnly_isValidWithNoRecords() {
        Result r = read("header-only.csv");
        assertThat(r.summary().header().names()).containsExactly("a", "b", "c");
        assertThat(r.summary().records()).isZero();
        assertThat(r.summary().fileIssues()).isEmpty();
    }

    @Test
    void header_duplicateAndBlankNames() {
        Result r = read("duplicate-and-blank-header.csv");
        assertThat(r.summary().fileIssues()).extracting(Issue::code, Issue::location, Issue::message).containsExactly(
                tuple(IssueCode.HEADER_DUPLICATE,
                        new IssueLocation("duplicate-and-blank-header.csv", null, 1L, 3, "origin country"),
                        "Columns 2 and 3 are both named \"origin country\" (names compare ignoring case, spaces and "
                                + "underscores): rename one; matching by name takes column 2."),
                tuple(IssueCode.HEADER_BLANK, new IssueLocation("duplicate-and-blank-header.csv", null, 1L, 4, null),
                        "Column 4 of the header has no name: give it one, or its values cannot be matched to a "
                                + "column by name."));
        assertThat(r.summary().records()).isEqualTo(1);
    }

    @Test
    void header_matchesSchemaNamesAndAliases() {
        CsvHeader h = read("duplicate-and-blank-header.csv").summary().header();
        assertThat(h.indexOf("ORIGIN-country")).contains(1);
        assertThat(h.indexOf("destination")).isEqualTo(Optional.empty());
        int[] m = h.match(List.of(Set.of("ID"), Set.of("country_of_origin", "origin country"), Set.of("missing")));
        assertThat(m).containsExactly(0, 1, -1);
        assertThat(h.unmatched(m)).containsExactly(2, 3);
    }

    @Test
    void streams_readLikeFiles() {
        byte[] content = "a;b\n1;2\n".getBytes(StandardCharsets.UTF_8);
        List<CsvRecord> out = new ArrayList<>();
        CsvSummary s = CsvReader.builder().build().read(new ByteArrayInputStream(content), "-", out::add);
        assertThat(s.header().names()).containsExactly("a", "b");
        assertThat(out).extracting(CsvRecord::fields).containsExactly(List.of("1", "2"));
    }

    @Test
    void builder_rejectsBadOptionsAndListsDefaults() {
        assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.builder().delimiter('"'))
                .withMessage("Delimiter U+0022 is not allowed: use an ASCII character other than a quote, CR, LF or "
                        + "NUL, such as , ; or tab.");
        assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.builder().encoding(StandardCharsets.US_ASCII))
                .withMessage("Encoding US-ASCII is not supported: use UTF-8, windows-1252, ISO-8859-1, UTF-16, "
                        + "UTF-16LE or UTF-16BE.");
        assertThatIllegalArgumentException().isThrownBy(() -> CsvReader.builder().maxColumns(0))
                .withMessage("maxColumns must be at least 1, got 0");
        assertThat(CsvReader.builder().parallelism(2).build()).hasToString("CsvReader[delimiter=detect, hxlRow=true, "
                + "encoding=UTF-8, maxFieldChars=1048576, maxRecordChars=16777216, maxColumns=1024, parallelism=2]");
    }
}
