package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SpillFileTest {
    @Test
    void entries_readBackFieldByField_acrossBlockBoundaries() throws IOException {
        // 27 bytes an entry: entries straddle the 64 KiB blocks, on writing and on reading.
        int n = 20_000;
        try (SpillFile f = new SpillFile("migrationkit-test")) {
            for (int i = 0; i < n; i++) {
                f.entry().putInt(i).putLong(-i * 31L).putByte((byte) i).putDouble(i / 3.0).putBoolean(i % 2 == 0)
                        .putLong(Long.MIN_VALUE + i);
            }
            assertThat(f.entries()).isEqualTo(n);
            for (int pass = 0; pass < 2; pass++) {
                try (SpillFile.Reader in = f.reader()) {
                    for (int i = 0; i < n; i++) {
                        assertThat(in.getInt()).isEqualTo(i);
                        assertThat(in.getLong()).isEqualTo(-i * 31L);
                        assertThat(in.getByte()).isEqualTo((byte) i);
                        assertThat(in.getDouble()).isEqualTo(i / 3.0);
                        assertThat(in.getBoolean()).isEqualTo(i % 2 == 0);
                        assertThat(in.getLong()).isEqualTo(Long.MIN_VALUE + i);
                    }
                    assertThatThrownBy(in::getLong).isInstanceOf(EOFException.class);
                }
            }
        }
    }

    @Test
    void skip_passesOverFields_andWritingGoesOnAfterAReader() throws IOException {
        try (SpillFile f = new SpillFile("migrationkit-test")) {
            f.entry().putLong(1).putInt(2).putLong(3);
            try (SpillFile.Reader in = f.reader()) {
                in.skip(Long.BYTES + Integer.BYTES);
                assertThat(in.getLong()).isEqualTo(3);
            }
            f.entry().putLong(4);
            try (SpillFile.Reader in = f.reader()) {
                in.skip(Long.BYTES * 2 + Integer.BYTES);
                assertThat(in.getLong()).isEqualTo(4);
            }
            assertThat(f.entries()).isEqualTo(2);
        }
    }

    @Test
    void entriesThatFitOneBlock_areReadFromMemory_andTheRestFromTheFile() throws IOException {
        java.nio.file.Path tmp = java.nio.file.Path.of(System.getProperty("java.io.tmpdir"));
        try (SpillFile f = new SpillFile("migrationkit-lazy-test")) {
            f.entry().putLong(7);
            assertThat(tmpFiles(tmp)).as("no file for one entry").isZero();
            try (SpillFile.Reader in = f.reader()) {
                assertThat(in.getLong()).isEqualTo(7);
                assertThatThrownBy(in::getLong).isInstanceOf(EOFException.class);
            }
            for (long i = 0; i < 10_000; i++) {
                f.entry().putLong(i);
            }
            assertThat(tmpFiles(tmp)).as("a file once a block is full").isEqualTo(1);
            try (SpillFile.Reader in = f.reader()) {
                assertThat(in.getLong()).isEqualTo(7);
                for (long i = 0; i < 10_000; i++) {
                    assertThat(in.getLong()).isEqualTo(i);
                }
            }
        }
        assertThat(tmpFiles(tmp)).as("deleted on close").isZero();
    }

    private static long tmpFiles(java.nio.file.Path dir) throws IOException {
        try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("migrationkit-lazy-test")).count();
        }
    }
}
