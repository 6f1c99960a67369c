package org.migrationkit.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationkit.core.geo.CountryCode;
import org.migrationkit.core.testing.RealData;
import org.migrationkit.core.validation.Lookup;
import org.migrationkit.core.vocab.MmpRegion;
import org.migrationkit.core.vocab.MmpRoute;

/**
 * The route catalogue's heuristic against the MMP data: each described route's region is where MMP files most of
 * its incidents, and most incidents on a described route happen in one of its usual countries.
 */
@Tag("real-data")
class RoutesInRealDataTest {

    @Test
    void catalogue_agreesWithWhereMmpRecordsIncidents() throws IOException {
        Path path = RealData.file("iom-missing-migrants-project-data.csv");
        Map<MmpRoute, Map<MmpRegion, Integer>> regions = new EnumMap<>(MmpRoute.class);
        int onRoute = 0;
        int inUsualCountry = 0;
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder().ofNamedCsvRecord(path)) {
            for (NamedCsvRecord r : csv) {
                Lookup<MmpRoute> route = MmpRoute.lookup(r.getField("migration_route"));
                Lookup<MmpRegion> region = MmpRegion.lookup(r.getField("region"));
                Lookup<CountryCode> country = CountryCode.lookup(r.getField("country_of_incident"));
                if (!route.isFound() || !region.isFound() || !country.isFound()) {
                    continue;
                }
                regions.computeIfAbsent(route.value(), k -> new EnumMap<>(MmpRegion.class))
                        .merge(region.value(), 1, Integer::sum);
                if (!Route.of(route.value()).usualCountries().isEmpty()) {
                    onRoute++;
                    if (Route.of(route.value()).includes(country.value())) {
                        inUsualCountry++;
                    }
                }
            }
        }
        assertThat(regions).hasSizeGreaterThan(15);
        regions.forEach((route, counts) -> {
            if (Route.of(route).region() == null) {
                return; // not described by the catalogue
            }
            MmpRegion mostFrequent = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow()
                    .getKey();
            assertThat(Route.of(route).region()).as("region of %s (%s)", route, counts).isSameAs(mostFrequent);
        });
        assertThat(onRoute).isGreaterThan(3000);
        assertThat((double) inUsualCountry / onRoute).as("share of incidents in a usual country of their route")
                .isGreaterThan(0.95);
    }
}
