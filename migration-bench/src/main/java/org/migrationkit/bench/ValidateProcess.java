package org.migrationkit.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Incident;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.csv.CsvTableWriter;

/**
 * The helpers of the whole-process benchmark {@code migration-bench/validate-benchmark.sh}: writes a sample
 * assistance-events or incidents table of N rows ({@code write N FILE [TABLE]}), and times a FastCSV parse of a
 * file to strings ({@code fastcsv FILE}, printing milliseconds and a checksum so the work cannot be dropped).
 */
public final class ValidateProcess {
    private ValidateProcess() {
    }

    /**
     * Runs one helper.
     *
     * @param args {@code write N FILE} or {@code fastcsv FILE}
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String... args) throws IOException {
        if ((args.length == 3 || args.length == 4) && args[0].equals("write")) {
            long n = Long.parseLong(args[1]);
            Path file = Path.of(args[2]);
            String table = args.length == 4 ? args[3] : "assistance_events";
            if (table.equals("incidents")) {
                write(Incident.class, SampleData.seed(1).incidents().limit(n), file);
            } else if (table.equals("assistance_events")) {
                write(AssistanceEvent.class, SampleData.seed(1).assistanceEvents().limit(n), file);
            } else {
                throw new IllegalArgumentException("table " + table + ": assistance_events or incidents");
            }
        } else if (args.length == 2 && args[0].equals("fastcsv")) {
            long start = System.nanoTime();
            long sum = 0;
            long records = 0;
            try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(Path.of(args[1]))) {
                for (CsvRecord rec : r) {
                    for (int i = 0; i < rec.getFieldCount(); i++) {
                        sum += rec.getField(i).length();
                    }
                    records++;
                }
            }
            System.out.println("fastcsv_ms=" + (System.nanoTime() - start) / 1_000_000 + " records=" + records
                    + " checksum=" + sum);
        } else {
            throw new IllegalArgumentException("usage: write N FILE [assistance_events|incidents] | fastcsv FILE");
        }
    }

    private static <T> void write(Class<T> type, Stream<T> records, Path file) throws IOException {
        try (CsvTableWriter<T> w = CsvTableWriter.builder(type).write(file)) {
            records.forEach(w::write);
        }
    }
}
