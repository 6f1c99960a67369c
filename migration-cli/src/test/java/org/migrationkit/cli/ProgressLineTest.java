package org.migrationkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The progress line, driven by a fake clock: silent in the first second, then rewritten in place. */
class ProgressLineTest {
    private static final long SECOND = 1_000_000_000L;

    private final StringWriter err = new StringWriter();
    private long now = 5 * SECOND;

    private ProgressLine line() {
        return new ProgressLine(new PrintWriter(err), () -> now);
    }

    @Test
    void quickRun_showsNothing() {
        ProgressLine p = line();
        now += SECOND / 2;
        p.progress(4_096, 1_000_000, 2_000_000L);
        p.done();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void longRun_rewritesOneLine_andEndsIt() {
        ProgressLine p = line();
        now += 2 * SECOND;
        p.progress(200_000, 50L << 20, 200L << 20);
        now += 2 * SECOND;
        p.progress(400_000, 100L << 20, 200L << 20);
        now += 4 * SECOND;
        p.progress(10, 10, null);
        p.done();
        String first = "migration: 200,000 records, 100,000 records/s, 50.0 MiB of 200.0 MiB read (25%), ETA 0:06";
        String second = "migration: 400,000 records, 100,000 records/s, 100.0 MiB of 200.0 MiB read (50%), ETA 0:04";
        String third = "migration: 10 records, 1 records/s, 10 B read";
        // A shorter line is padded with spaces to wipe the longer one it overwrites.
        assertThat(err.toString()).isEqualTo("\r" + first + "\r" + second + "\r" + third
                + " ".repeat(second.length() - third.length()) + System.lineSeparator());
    }

    @ParameterizedTest(name = "{0} B => {1}")
    @CsvSource(textBlock = """
            0,             0 B
            1023,          1023 B
            1024,          1.0 KiB
            1572864,       1.5 MiB
            10737418240,   10.0 GiB
            """)
    void bytes_areShownInBinaryUnits(long n, String shown) {
        assertThat(ProgressLine.bytes(n)).isEqualTo(shown);
    }

    @ParameterizedTest(name = "{0} s => {1}")
    @CsvSource(textBlock = """
            0,     0:00
            59,    0:59
            61,    1:01
            3600,  1:00:00
            7325,  2:02:05
            """)
    void duration_isMinutesAndSeconds(long seconds, String shown) {
        assertThat(ProgressLine.duration(seconds)).isEqualTo(shown);
    }
}
