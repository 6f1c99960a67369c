package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void csvToJsonLinesAndBack_keepsTheValues() throws IOException {
        Path jsonl = tmp.resolve("legs.jsonl");
        assertThat(run("convert", ValidateCommandTest.SAMPLE.resolve("legs.csv").toString(), jsonl.toString()))
                .isZero();
        assertThat(Files.readAllLines(jsonl)).hasSize(354);
        Path csv = tmp.resolve("legs.csv");
        assertThat(run("convert", jsonl.toString(), csv.toString())).isZero();
        Path json = tmp.resolve("legs.json");
        assertThat(run("convert", csv.toString(), json.toString())).isZero();
        assertThat(ReportChecks.JSON.readTree(json.toFile())).hasSize(354);
        assertThat(Files.readAllLines(csv)).hasSize(355);
    }

    @Test
    void rejectedRecords_goToTheRejectFileWithTheirCodes() throws IOException {
        Path in = tmp.resolve("migrants.csv");
        Files.writeString(in, "id,sex,age\nm-1,female,12\nm-2,robot,30\n");
        Path rejects = tmp.resolve("rejects.csv");
        assertThat(run("convert", in.toString(), tmp.resolve("m.jsonl").toString(), "--reject-file",
                rejects.toString())).isEqualTo(Main.ISSUES);
        assertThat(Files.readAllLines(rejects)).containsExactly("record,line,issues,cells", "2,3,sex.unknown,m-2,robot,30");
        assertThat(err.toString()).isEqualTo("migration: 1 of 2 migrant records rejected, written to " + rejects + "."
                + System.lineSeparator());
    }

    @Test
    void rejectedRecordsWithoutRejectFile_areCountedOnStderr() throws IOException {
        Path in = tmp.resolve("migrants.csv");
        Files.writeString(in, "id,sex\nm-1,robot\n");
        assertThat(run("convert", in.toString(), tmp.resolve("m.csv").toString())).isEqualTo(Main.ISSUES);
        assertThat(err.toString()).contains("1 of 1 migrant records rejected (give --reject-file FILE to keep them).");
    }

    @Test
    void unknownOutputFormatOrMissingInput_exitTwo() {
        assertThat(run("convert", "nope.csv", tmp.resolve("x.jsonl").toString())).isEqualTo(Main.USAGE);
        assertThat(err.toString()).isEqualTo("migration: Cannot open nope.csv: no such file or folder"
                + System.lineSeparator());
        err.getBuffer().setLength(0);
        assertThat(run("convert", ValidateCommandTest.SAMPLE.resolve("legs.csv").toString(), "x.xml"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).startsWith("migration: Cannot tell the output format from x.xml");
    }
}
