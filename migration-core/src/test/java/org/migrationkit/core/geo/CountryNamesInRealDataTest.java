package org.migrationkit.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.testing.RealData;

/**
 * Every country name or code and every UNSD grouping in the shared real datasets resolves, except the values the
 * sources use for "no single country or region".
 */
@Tag("real-data")
class CountryNamesInRealDataTest {
    /** Values that name no country or region in the sources (MMP "Mixed/Unknown", "Uncategorized" seas). */
    private static final Set<String> ALLOWED = Set.of("", "Mixed", "Unknown", "Mixed/Unknown", "Uncategorized");

    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|quot|apos|lt|gt);");

    enum Kind { COUNTRY, REGION }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = ';', textBlock = """
            iom-missing-migrants-project-data.csv;          country_of_incident;        COUNTRY
            iom-missing-migrants-project-data.csv;          unsd_geographic_grouping;   REGION
            MissingMigrants-Global-2020-01-08T14-05-32.csv; UNSD Geographical Grouping; REGION
            HDX_EndYearPopulationTotals.csv;                ISO3CoO;                    COUNTRY
            HDX_EndYearPopulationTotals.csv;                ISO3CoA;                    COUNTRY
            HDX_Demographics.csv;                           ISO3CoO;                    COUNTRY
            HDX_Demographics.csv;                           ISO3CoA;                    COUNTRY
            """)
    void everyValueResolves(String file, String column, Kind kind) throws IOException {
        Set<String> values = distinctValues(RealData.file(file), column);
        assertThat(values).as("distinct values of %s in %s", column, file).hasSizeGreaterThan(1);

        Set<String> unresolved = new TreeSet<>();
        for (String value : values) {
            boolean found = kind == Kind.COUNTRY
                    ? CountryCode.lookup(value).isFound()
                    : Region.lookup(value).isFound();
            if (!found && !ALLOWED.contains(value.strip())) {
                unresolved.add(value);
            }
        }
        assertThat(unresolved).as("values of %s in %s that %s.lookup does not resolve", column, file,
                kind == Kind.COUNTRY ? "CountryCode" : "Region").isEmpty();
    }

    @Test
    void decode_replacesNumericAndNamedEntities() {
        assertThat(decode("Lao People&#039;s Democratic Republic")).isEqualTo("Lao People's Democratic Republic");
        assertThat(decode("C&#xF4;te d&apos;Ivoire &amp; &lt;&gt;&quot;")).isEqualTo("Côte d'Ivoire & <>\"");
        assertThat(decode("no entity & here")).isEqualTo("no entity & here");
    }

    private static Set<String> distinctValues(Path file, String column) throws IOException {
        Set<String> values = new TreeSet<>();
        try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file)) {
            for (NamedCsvRecord record : reader) {
                values.add(decode(record.getField(column)));
            }
        }
        return values;
    }

    // MMP exports carry HTML entities in text ("Lao People&#039;s Democratic Republic", domain-standards §1.5).
    static String decode(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        Matcher m = ENTITY.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "lt" -> "<";
                case "gt" -> ">";
                default -> new String(Character.toChars(e.charAt(1) == 'x' || e.charAt(1) == 'X'
                        ? Integer.parseInt(e.substring(2), 16) : Integer.parseInt(e.substring(1))));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        m.appendTail(b);
        return b.toString();
    }
}
