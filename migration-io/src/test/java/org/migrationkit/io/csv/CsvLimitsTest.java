package org.migrationkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.IssueLocation;

/**
 * Limits reject the record that exceeds them and reading goes on; huge inputs are generated on the fly into a
 * temporary file and read without being held in memory.
 */
class CsvLimitsTest {
    @TempDir
    Path dir;

    private static List<CsvRecord> readAll(CsvReader reader, Path file, List<Issue> fileIssues) {
        List<CsvRecord> out = new ArrayList<>();
        CsvSummary s = reader.read(file, file.getFileName().toString(), out::add);
        fileIssues.addAll(s.fileIssues());
        assertThat(s.records()).isEqualTo(out.size()).isEqualTo(s.accepted() + s.rejected());
        return out;
    }

    @Test
    void fiftyMegabyteField_isSkippedAndTheRecordRejected() throws IOException {
        Path file = dir.resolve("huge-field.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write("id,note\n1,\"".getBytes(StandardCharsets.US_ASCII));
            byte[] block = new byte[1 << 20];
            Arrays.fill(block, (byte) 'x');
            block[100] = '\n'; // line breaks inside the quoted value still count
            for (int i = 0; i < 50; i++) {
                out.write(block);
            }
            out.write("\"\n2,ok\n".getBytes(StandardCharsets.US_ASCII));
        }
        for (int threads : new int[] {1, 2}) {
            List<CsvRecord> records = readAll(CsvReader.builder().parallelism(threads).build(), file, new ArrayList<>());
            assertThat(records).extracting(CsvRecord::number, CsvRecord::line, CsvRecord::isRejected)
                    .containsExactly(tuple(1L, 2L, true), tuple(2L, 53L, false)); // 50 line breaks inside
            CsvRecord big = records.get(0);
            assertThat(big.length(1)).isEqualTo(256);
            assertThat(big.issues()).extracting(Issue::code, Issue::location, Issue::message).containsExactly(
                    tuple(IssueCode.LIMIT_FIELD_TOO_LONG, new IssueLocation("huge-field.csv", 1L, 2L, 2, "note"),
                            "The value of column 2 (note) has 52428800 characters, over the limit of 1048576: the "
                                    + "record is rejected (raise maxFieldChars if the file is right)."),
                    tuple(IssueCode.LIMIT_RECORD_TOO_LONG, new IssueLocation("huge-field.csv", 1L, 2L, null, null),
                            "The record has 52428804 characters, over the limit of 16777216: the record is rejected "
                                    + "(raise maxRecordChars if the file is right)."));
            assertThat(records.get(1).fields()).containsExactly("2", "ok");
        }
    }

    @Test
    void twentyThousandColumns_rejectTheRecordKeepingTheFirstCells() throws IOException {
        StringBuilder wide = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            wide.append(i > 0 ? "," : "").append(i);
        }
        Path file = CsvTesting.write(dir, "wide.csv", "a,b,c\n" + wide + "\n1,2,3\n");
        for (CsvTesting.Mode mode : CsvTesting.Mode.values()) {
            List<CsvRecord> records = readAll(mode.setup.apply(CsvReader.builder()).build(), file, new ArrayList<>());
            assertThat(records).extracting(CsvRecord::isRejected).as(mode.name()).containsExactly(true, false);
            assertThat(records.get(0).fieldCount()).isEqualTo(1024);
            assertThat(records.get(0).field(1023)).isEqualTo("1023");
            assertThat(records.get(0).issues()).extracting(Issue::code, Issue::location, Issue::message)
                    .containsExactly(tuple(IssueCode.LIMIT_TOO_MANY_COLUMNS,
                            new IssueLocation("wide.csv", 1L, 2L, null, null),
                            "The record has 20000 columns, over the limit of 1024: the record is rejected (raise "
                                    + "maxColumns if the file is right)."));
        }
        Path wideHeader = CsvTesting.write(dir, "wide-header.csv", wide + "\n");
        List<Issue> fileIssues = new ArrayList<>();
        readAll(CsvReader.builder().build(), wideHeader, fileIssues);
        assertThat(fileIssues).extracting(Issue::code, Issue::location, Issue::message).containsExactly(
                tuple(IssueCode.LIMIT_TOO_MANY_COLUMNS, new IssueLocation("wide-header.csv", null, 1L, null, null),
                        "The header has 20000 columns, over the limit of 1024: only the first 1024 are read."));
    }

    @Test
    void recordLimit_rejectsTheRecordAndCutsItsCells() {
        String longCell = "y".repeat(300);
        Path file = CsvTesting.write(dir, "long-record.csv", "a,b\nshort," + longCell + "\nx,z\n");
        for (CsvTesting.Mode mode : CsvTesting.Mode.values()) {
            List<CsvRecord> records = readAll(mode.setup.apply(CsvReader.builder().maxRecordChars(200)).build(), file,
                    new ArrayList<>());
            assertThat(records).extracting(CsvRecord::isRejected).as(mode.name()).containsExactly(true, false);
            assertThat(records.get(0).fields()).containsExactly("short", "y".repeat(256));
            assertThat(records.get(0).issues()).extracting(Issue::code, Issue::location, Issue::message)
                    .containsExactly(tuple(IssueCode.LIMIT_RECORD_TOO_LONG,
                            new IssueLocation("long-record.csv", 1L, 2L, null, null),
                            "The record has 306 characters, over the limit of 200: the record is rejected (raise "
                                    + "maxRecordChars if the file is right)."));
        }
    }

    @Test
    void fieldLimit_countsCharactersNotBytes() {
        // 10 two-byte characters: 20 bytes, within a limit of 10 characters.
        Path file = CsvTesting.write(dir, "chars.csv", "a\n" + "é".repeat(10) + "\n" + "é".repeat(11) + "\n");
        for (CsvTesting.Mode mode : CsvTesting.Mode.values()) {
            List<CsvRecord> records = readAll(mode.setup.apply(CsvReader.builder().maxFieldChars(10)).build(), file,
                    new ArrayList<>());
            assertThat(records).extracting(CsvRecord::isRejected).as(mode.name()).containsExactly(false, true);
            assertThat(records.get(1).issues()).extracting(Issue::code).containsExactly(IssueCode.LIMIT_FIELD_TOO_LONG);
        }
    }

    @Test
    void recordsOfZeroOneAndTwo_readAlikeInEveryMode() {
        for (String content : List.of("a,b\n", "a,b\n1,2\n", "a,b\n1,\"x\r\ny\"\r\n2,3")) {
            Path file = CsvTesting.write(dir, "small.csv", content);
            CsvTesting.Read serial = CsvTesting.read(file, CsvReader.builder(), CsvTesting.Mode.SERIAL);
            for (CsvTesting.Mode mode : CsvTesting.Mode.values()) {
                assertThat(CsvTesting.read(file, CsvReader.builder(), mode).normalized()).as(mode.name())
                        .isEqualTo(serial.normalized());
            }
        }
    }
}
