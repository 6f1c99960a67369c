package org.migrationkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file of many records, with quoted values spanning lines, read in every mode and against FastCSV: batches of
 * thousands of records, ranges of a few hundred bytes to a few kilobytes, buffers refilled mid-record.
 */
class CsvLargeFileTest {
    @TempDir
    Path dir;

    @Test
    void manyRecords_readAlikeInEveryModeAndAsFastCsvReadsThem() throws IOException {
        Random r = new Random(11);
        StringBuilder b = new StringBuilder("id,kind,note,count\n");
        for (int i = 0; i < 30_000; i++) {
            b.append(i).append(',').append(r.nextBoolean() ? "Incident" : "\"Split, Incident\"").append(',');
            switch (r.nextInt(4)) {
                case 0 -> b.append("\"boat \"\"capsized\"\"\nnear coast\"");
                case 1 -> b.append("plain text");
                case 2 -> b.append("\"a\r\nb, c\"");
                default -> b.append("");
            }
            b.append(',').append(r.nextInt(100)).append(r.nextInt(3) == 0 ? "\r\n" : "\n");
        }
        Path file = CsvTesting.write(dir, "many.csv", b.toString());
        List<List<String>> oracle = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        for (var rec : de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(file)) {
            oracle.add(rec.getFields());
            lines.add(rec.getStartingLineNumber());
        }
        for (CsvTesting.Mode mode : CsvTesting.Mode.values()) {
            for (long chunk : new long[] {301, 4096, 1 << 20}) {
                CsvReader.Builder builder = mode.setup.apply(CsvReader.builder());
                if (mode == CsvTesting.Mode.PARALLEL) {
                    builder.chunkSize(chunk).bufferSize((int) Math.min(chunk, 65536));
                } else if (chunk != 301) {
                    continue;
                } else if (mode == CsvTesting.Mode.SLOW_SCANNER || mode == CsvTesting.Mode.SMALL_BUFFERS) {
                    builder.bufferSize(64); // byte-sized reads would only make the test slow
                } else if (mode == CsvTesting.Mode.PARALLEL_TINY_RANGES) {
                    builder.chunkSize(97);
                }
                List<List<String>> ours = new ArrayList<>();
                List<Long> ourLines = new ArrayList<>();
                CsvSummary s = builder.build().read(file, rec -> {
                    ours.add(rec.fields());
                    ourLines.add(rec.line());
                    if (rec.number() != ours.size()) {
                        throw new AssertionError("record " + rec.number() + " delivered as " + ours.size());
                    }
                });
                assertThat(s.rejected()).as(mode + " " + chunk).isZero();
                assertThat(s.records()).isEqualTo(30_000);
                assertThat(ours).as(mode + " " + chunk).isEqualTo(oracle.subList(1, oracle.size()));
                assertThat(ourLines).as(mode + " " + chunk).isEqualTo(lines.subList(1, lines.size()));
            }
        }
        assertThat(Files.size(file)).isGreaterThan(500_000);
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).startsWith("id,");
    }
}
