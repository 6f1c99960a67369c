package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.migrationkit.io.layout.Layouts;

class MainTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void version_printsTheBuildVersionAndExitsZero() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("migrationkit 0.1.0").doesNotContain("${");
    }

    @Test
    void layouts_printsOneTabSeparatedLinePerLayout() {
        assertThat(run("layouts")).isZero();
        String[] lines = out.toString().lines().toArray(String[]::new);
        assertThat(lines).hasSize(Layouts.all().size());
        assertThat(lines).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(3));
        assertThat(lines).extracting(line -> line.split("\t")[0]).contains("entity:leg", "mmp-web-2017",
                "mmp-alldata-2022", "mmp-web-2026", "mmp-api", "unhcr-population-hdx", "unhcr-population-api",
                "unhcr-demographics-hdx", "unhcr-demographics-api", "dtm-api-hxl", "hxl");
        assertThat(lines).contains("mmp-api\tincident\t" + org.migrationkit.io.layout.Layouts.byId("mmp-api")
                .recognisedBy());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void unknownCommand_exitsTwoWithAReasonOnStderr() {
        assertThat(run("frobnicate")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).isEqualTo("migration: Unmatched argument at index 0: 'frobnicate' "
                + "(see 'migration --help')" + System.lineSeparator());
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void unknownOption_exitsTwo() {
        assertThat(run("layouts", "--no-such-option")).isEqualTo(Main.USAGE);
        assertThat(err.toString().lines()).singleElement().asString()
                .startsWith("migration: Unknown option: '--no-such-option'").endsWith("(see 'migration layouts --help')");
    }

    @Test
    void noCommand_exitsTwoWithUsage() {
        assertThat(run()).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("a command is required").contains("Usage: migration");
    }

    @Test
    void help_exitsZero_andListsEveryCommand() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("validate", "convert", "generate", "schema", "layouts", "help");
    }

    // Only the command named is built (Main.run): help, and options before the command, still find theirs.
    @Test
    void helpOfACommand_printsThatCommandsUsage() {
        assertThat(run("help", "layouts")).isZero();
        assertThat(out.toString()).startsWith("Usage: migration layouts");
    }

    @Test
    void optionBeforeTheCommand_runsTheCommand() {
        assertThat(run("--debug", "layouts")).isZero();
        assertThat(out.toString().lines()).hasSize(Layouts.all().size());
    }
}
