package org.migrationkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixture read in every mode gives exactly what the serial read gives. */
class CsvFixturesTest {
    private static final Path FIXTURES = Path.of("src/test/resources/csv");

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void everyMode_readsLikeTheSerialRead(String name) {
        Path file = FIXTURES.resolve(name);
        CsvTesting.Read serial = CsvTesting.read(file, builder(name), CsvTesting.Mode.SERIAL);
        assertThat(serial.accepted() + serial.rejected()).isEqualTo(serial.records().size());
        for (CsvTesting.Mode mode : CsvTesting.Mode.values()) {
            assertThat(CsvTesting.read(file, builder(name), mode).normalized()).as(mode.name())
                    .isEqualTo(serial.normalized());
        }
    }

    @Test
    void tinyRanges_fallBackWhenARangeStartsInsideAQuotedValue() {
        Path file = FIXTURES.resolve("crlf-quoted-newlines.csv");
        CsvTesting.Read parallel = CsvTesting.read(file, CsvReader.builder(), CsvTesting.Mode.PARALLEL_TINY_RANGES);
        assertThat(parallel.fallbacks()).isPositive();
        assertThat(parallel.normalized())
                .isEqualTo(CsvTesting.read(file, CsvReader.builder(), CsvTesting.Mode.SERIAL).normalized());
    }

    private static CsvReader.Builder builder(String name) {
        return name.startsWith("windows-1252") ? CsvReader.builder().encoding(Charset.forName("windows-1252"))
                : CsvReader.builder();
    }
}
