package org.migrationkit.spark;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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
 * A generated partner dataset (migrants, journeys, legs, assistance events as CSV tables) with hand-made defects:
 * at least one of every value, record and dataset code the Spark validator runs. Rows are edited by their 1-based
 * record number (row 0 is the header).
 */
final class PartnerData {
    static final long SEED = 2026;
    static final int MIGRANTS = 300;

    private PartnerData() {
    }

    /** Writes the clean dataset into {@code dir}. */
    static Path clean(Path dir, int migrants, long seed) {
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

    /** Writes the dataset with its defects into {@code dir}. */
    static Path withDefects(Path dir) {
        clean(dir, MIGRANTS, SEED);
        List<List<String>> migrants = rows(dir.resolve("migrants.csv"));
        // id,sex,age,birth_year,nationalities,country_of_birth,population_types,specific_needs,unaccompanied
        migrants.get(10).set(5, "XYZ");                  // country.unknown
        migrants.get(11).set(1, "mal");                  // a code not in the vocabulary, with a suggestion
        migrants.get(12).set(2, "abc");                  // not a whole number
        migrants.get(13).set(0, "");                     // a required id blank: rejected, so its journeys dangle
        set(migrants.get(14), 2, "30", 3, "", 8, "true"); // age.unaccompanied-adult
        set(migrants.get(15), 2, "30", 3, "1950", 8, "");  // age.birth-year-mismatch
        set(migrants.get(16), 2, "", 3, "2031", 8, "");   // date.in-future
        migrants.get(17).set(4, "UKR|QQQ");              // country.unknown in a list
        migrants.add(new ArrayList<>(migrants.get(1)));  // id.duplicate
        write(dir.resolve("migrants.csv"), migrants);

        List<List<String>> journeys = rows(dir.resolve("journeys.csv"));
        // id,migrant_id,origin,destination,route,purpose,status (+ a column of no table: header.unknown-column)
        for (List<String> r : journeys) {
            r.add(r == journeys.get(0) ? "notes" : "x");
        }
        journeys.get(3).set(1, "m-9999999");             // ref.missing-migrant
        journeys.get(5).set(6, "finished");              // not a journey status
        journeys.add(new ArrayList<>(journeys.get(2)));  // id.duplicate
        write(dir.resolve("journeys.csv"), journeys);

        List<List<String>> legs = rows(dir.resolve("legs.csv"));
        // journey_id,sequence,origin,destination,departed,arrived,transport,facilitation
        LocalDate firstDeparture = null;
        for (List<String> r : legs) {
            if (r.get(0).equals("j-0000001-1") && r.get(1).equals("1")) {
                firstDeparture = LocalDate.parse(r.get(4));
            }
        }
        legs.get(4).set(0, "j-9999999-1");               // ref.missing-journey
        legs.get(6).set(4, "2021-13-45");                // not a date
        legs.get(7).set(1, "x");                         // not a whole number
        write(dir.resolve("legs.csv"), legs);

        List<List<String>> events = rows(dir.resolve("assistance_events.csv"));
        // id,provider,beneficiary_id,beneficiary_count,type,status,date,country,adm_level,adm_pcode,adm_name,place,
        // latitude,longitude,consent_recorded,objectives
        events.get(5).set(2, "m-9999998");               // ref.missing-beneficiary
        if (firstDeparture == null || !events.get(1).get(2).equals("m-0000001")) {
            throw new IllegalStateException("the sample changed: the first event is not the first migrant's");
        }
        events.get(1).set(6, firstDeparture.minusMonths(1).toString()); // date.before-journey
        events.get(8).set(6, "2031-01-01");              // date.in-future
        set(events.get(9), 5, "referred", 14, "false");  // consent.missing-for-referral
        events.get(10).set(7, "Frnace");                 // a country name misspelt
        write(dir.resolve("assistance_events.csv"), events);
        return dir;
    }

    private static void set(List<String> row, Object... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            row.set((Integer) pairs[i], (String) pairs[i + 1]);
        }
    }

    private static <T> void table(Path file, Class<T> type, Stream<T> records) throws IOException {
        try (CsvTableWriter<T> w = CsvTableWriter.builder(type).crlf(false).write(file)) {
            records.forEach(w::write);
        }
    }

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

    static void write(Path file, List<List<String>> rows) {
        try (CsvWriter w = CsvWriter.builder().lineDelimiter(de.siegmar.fastcsv.writer.LineDelimiter.LF).build(file)) {
            for (List<String> r : rows) {
                w.writeRecord(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
