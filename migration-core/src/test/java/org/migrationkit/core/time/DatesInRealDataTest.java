package org.migrationkit.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.testing.RealData;
import org.migrationkit.core.validation.Lookup;

/** Every date of the shared real datasets reads with the format its layout names (domain-standards §1.5, §9). */
@Tag("real-data")
class DatesInRealDataTest {
    // file | date column | format id | HXL hashtag row after the header | records in the file
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            iom-missing-migrants-project-data.csv          | reported_date | iso-date-time-space | false | 3723
            MissingMigrants-Global-2020-01-08T14-05-32.csv | Reported Date | mmp-web-2017        | false | 6249
            global-iom-dtm-from-api-admin-0-to-2.csv       | reportingDate | iso-date-time       | true  | 13367
            """)
    void everyDate_parsesWithTheLayoutsFormat(String name, String column, String formatId, boolean hxlRow,
            int records) throws IOException {
        Path file = RealData.file(name);
        DateFormat format = DateFormat.ofId(formatId);
        int rows = 0;
        int dates = 0;
        List<String> misses = new ArrayList<>();
        // The DTM file's licence forbids copies: it is read in place, never written anywhere.
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            boolean first = true;
            for (NamedCsvRecord record : reader) {
                String value = record.getField(column);
                if (first && hxlRow) {
                    assertThat(value).as("HXL hashtag row").startsWith("#date");
                    first = false;
                    continue;
                }
                first = false;
                rows++;
                if (value.isBlank()) {
                    continue;
                }
                dates++;
                Lookup<ReportedDate> l = format.lookup(value);
                if (!l.isFound()) {
                    misses.add("line " + record.getStartingLineNumber() + ": " + value);
                }
            }
        }
        assertThat(rows).isPositive().isEqualTo(records);
        assertThat(dates).isPositive();
        assertThat(misses).as("dates of %s not read as %s", name, formatId).isEmpty();
    }
}
