package org.migrationkit.io.csv;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            =1+1      | '=1+1
            +cmd      | '+cmd
            -x        | '-x
            -         | '-
            @SUM(A1)  | '@SUM(A1)
            'quoted   | ''quoted
            ''        | '''
            -5        | -5
            +1.5e3    | +1.5e3
            -0.25     | -0.25
            -1e       | '-1e
            5-3       | 5-3
            a=b       | a=b
            """)
    void neutralise_prefixesTriggersAndApostrophesButNotPlainNumbers(String cell, String written) {
        assertThat(CsvWriter.neutralise(cell)).isEqualTo(written);
        assertThat(CsvWriter.restore(written)).isEqualTo(cell);
    }

    @Test
    void neutralise_coversTabAndLineBreaks() {
        for (String cell : List.of("\tx", "\rx", "\nx")) {
            assertThat(CsvWriter.neutralise(cell)).isEqualTo("'" + cell);
            assertThat(CsvWriter.restore("'" + cell)).isEqualTo(cell);
        }
    }

    @Test
    void restore_undoesNeutraliseForAnyText() {
        Random random = new Random(7);
        String alphabet = "'=+-@\t\r\n0123456789.eE ,\"ab";
        for (int i = 0; i < 100_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(6); n > 0; n--) {
                b.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String cell = b.toString();
            assertThat(CsvWriter.restore(CsvWriter.neutralise(cell))).as("seed 7, cell %s", cell).isEqualTo(cell);
        }
    }

    @Test
    void writeRow_quotesWhatNeedsIt_andFastCsvReadsItBack() throws Exception {
        StringWriter out = new StringWriter();
        List<String> row = new ArrayList<>(List.of("plain", "a,b", "say \"hi\"", "two\nlines", " padded ", "=1+1"));
        row.add(null);
        try (CsvWriter csv = CsvWriter.builder().build(out)) {
            csv.writeRow(row);
            assertThat(csv.rows()).isEqualTo(1);
        }
        assertThat(out.toString()).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded \",'=1+1,\r\n");
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(out.toString())) {
            List<String> fields = reader.iterator().next().getFields();
            assertThat(fields).containsExactly("plain", "a,b", "say \"hi\"", "two\nlines", " padded ", "'=1+1", "");
        }
    }

    @Test
    void builder_withoutNeutralisation_writesCellsAsGiven() throws Exception {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().neutraliseFormulas(false).delimiter(';').crlf(false).build(out)) {
            csv.writeRow("=1", "a;b");
        }
        assertThat(out.toString()).isEqualTo("=1;\"a;b\"\n");
        assertThat(CsvWriter.builder().toString())
                .isEqualTo("CsvWriter.Builder[delimiter=',', crlf, neutraliseFormulas]");
    }
}
