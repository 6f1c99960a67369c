package org.migrationkit.io.pipeline;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.migrationkit.core.model.AssistanceEvent;
import org.migrationkit.core.model.Journey;
import org.migrationkit.core.model.Leg;
import org.migrationkit.core.model.Migrant;
import org.migrationkit.core.sample.PartnerDataset;
import org.migrationkit.core.sample.SampleData;
import org.migrationkit.io.csv.CsvTableWriter;

/**
 * Generated partner datasets (migrants, journeys, legs, assistance events as CSV tables) for tests, and the
 * hand-made defects of the shipped sample ({@code samples/partner}), one per dataset-level rule.
 */
final class PartnerFiles {
    /** The seed and size of the shipped sample. */
    static final long SAMPLE_SEED = 2026;
    static final int SAMPLE_MIGRANTS = 200;

    private PartnerFiles() {
    }

    /** Writes a clean partner dataset of {@code migrants} migrants into {@code dir}. */
    static Path write(Path dir, int migrants, long seed) {
        try {
            Files.createDirectories(dir);
            PartnerDataset d = SampleData.seed(seed).partnerDataset(migrants);
            table(dir.resolve("migrants.csv"), Migrant.class, d.migrants());
            table(dir.resolve("journeys.csv"), Journey.class, d.journeys());
            table(dir.resolve("legs.csv"), Leg.class, d.legs());
            table(dir.resolve("assistance_events.csv"), AssistanceEvent.class, d.assistanceEvents());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> void table(Path file, Class<T> type, Stream<T> records) throws IOException {
        try (CsvTableWriter<T> w = CsvTableWriter.builder(type).crlf(false).write(file)) {
            records.forEach(w::write);
        }
    }

    /**
     * Writes the shipped sample: the clean dataset of {@link #SAMPLE_SEED} with one defect per dataset rule and one
     * value defect. The 1-based records of the defects are in {@link SamplePartnerTest}.
     */
    static Path writeSample(Path dir) {
        write(dir, SAMPLE_MIGRANTS, SAMPLE_SEED);
        List<List<String>> migrants = rows(dir.resolve("migrants.csv"));
        // id.duplicate: the first migrant again, as the last record.
        migrants.add(new ArrayList<>(migrants.get(1)));
        // value.outlier: an adult of 97, no birth year, no child-only needs.
        int adult = firstFrom(migrants, 50, r -> r.get(8).isEmpty() && r.get(7).isEmpty());
        migrants.get(adult).set(2, "97");
        migrants.get(adult).set(3, "");
        // country.unknown: a value defect.
        migrants.get(10).set(5, "XYZ");
        write(dir.resolve("migrants.csv"), migrants);

        List<List<String>> journeys = rows(dir.resolve("journeys.csv"));
        journeys.get(3).set(1, "m-9999999");   // ref.missing-migrant
        write(dir.resolve("journeys.csv"), journeys);

        List<List<String>> legs = rows(dir.resolve("legs.csv"));
        legs.get(4).set(0, "j-9999999-1");     // ref.missing-journey
        write(dir.resolve("legs.csv"), legs);

        List<List<String>> events = rows(dir.resolve("assistance_events.csv"));
        events.get(5).set(2, "m-9999998");     // ref.missing-beneficiary
        // date.before-journey: the first migrant's first event, a month before the first journey departed.
        events.get(1).set(6, LegsStart.firstDeparture(rows(dir.resolve("legs.csv")), "j-0000001-1").minusMonths(1)
                .toString());
        // name.inconsistent-per-code: two events in one country give one area code two names.
        String country = events.get(2).get(7);
        int first = firstFrom(events, 2, r -> r.get(7).equals(country));
        int second = firstFrom(events, first + 1, r -> r.get(7).equals(country));
        setArea(events.get(first), "X01", "Central District");
        setArea(events.get(second), "X01", "Capital District");
        // spelling.inconsistent: one service point written with a letter missing, the last time it appears.
        int spelt = -1;
        for (int i = 1; i < events.size(); i++) {
            if (events.get(i).get(11).equals("Migration Response Centre, Obock")) {
                spelt = i;
            }
        }
        events.get(spelt).set(11, "Migration Response Centre, Obok");
        write(dir.resolve("assistance_events.csv"), events);
        return dir;
    }

    private static void setArea(List<String> event, String pcode, String name) {
        event.set(8, "1");
        event.set(9, pcode);
        event.set(10, name);
    }

    private static int firstFrom(List<List<String>> rows, int from, java.util.function.Predicate<List<String>> p) {
        for (int i = from; i < rows.size(); i++) {
            if (p.test(rows.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no row from " + from);
    }

    /** The first-leg departure of a journey. */
    static final class LegsStart {
        private LegsStart() {
        }

        static java.time.LocalDate firstDeparture(List<List<String>> legs, String journey) {
            for (List<String> r : legs) {
                if (r.get(0).equals(journey) && r.get(1).equals("1")) {
                    return java.time.LocalDate.parse(r.get(4));
                }
            }
            throw new IllegalStateException("no first leg of " + journey);
        }
    }

    /** Reads a CSV table's rows, header first. */
    static List<List<String>> rows(Path file) {
        List<List<String>> rows = new ArrayList<>();
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(file)) {
            for (CsvRecord rec : r) {
                rows.add(new ArrayList<>(rec.getFields()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** Writes rows as CSV, LF line ends, quoting where needed. */
    static void write(Path file, List<List<String>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                String f = row.get(i);
                b.append(i == 0 ? "" : ",");
                if (f.contains(",") || f.contains("\"") || f.contains("\n")) {
                    b.append('"').append(f.replace("\"", "\"\"")).append('"');
                } else {
                    b.append(f);
                }
            }
            b.append('\n');
        }
        try {
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
