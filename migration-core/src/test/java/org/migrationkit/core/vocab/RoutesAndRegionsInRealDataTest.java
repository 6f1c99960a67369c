package org.migrationkit.core.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.migrationkit.core.testing.RealData;

/**
 * Every migration route and region of incident in the two MMP files of {@code shared/datasets} resolves: the
 * API/HDX export of 2023–24 (current names) and the 2020 website export (legacy names).
 */
@Tag("real-data")
class RoutesAndRegionsInRealDataTest {
    // Values the source uses for "none" or "mixed", not route or region names (domain-standards §1.2, §1.3).
    private static final Set<String> ALLOWED_UNRESOLVED = Set.of("Mixed", "Unknown", "Mixed/Unknown", "Uncategorized");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            iom-missing-migrants-project-data.csv          | migration_route | region
            MissingMigrants-Global-2020-01-08T14-05-32.csv | Migration Route | Region of Incident
            """)
    void everyRouteAndRegion_resolves(String file, String routeColumn, String regionColumn) throws IOException {
        Path path = RealData.file(file);
        Set<String> unresolved = new TreeSet<>();
        int records = 0;
        int routes = 0;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(path)) {
            for (NamedCsvRecord r : csv) {
                records++;
                String route = r.getField(routeColumn);
                if (!allowed(route)) {
                    routes++;
                    if (!MmpRoute.lookup(route).isFound()) {
                        unresolved.add("route \"" + route + "\"");
                    }
                }
                String region = r.getField(regionColumn);
                if (!allowed(region) && !MmpRegion.lookup(region).isFound()) {
                    unresolved.add("region \"" + region + "\"");
                }
            }
        }
        assertThat(unresolved).as("values of %s that do not resolve", file).isEmpty();
        assertThat(records).as("records read").isGreaterThan(3000);
        assertThat(routes).as("records with a route").isGreaterThan(2500);
    }

    private static boolean allowed(String value) {
        return value.isBlank() || ALLOWED_UNRESOLVED.contains(value.strip());
    }
}
