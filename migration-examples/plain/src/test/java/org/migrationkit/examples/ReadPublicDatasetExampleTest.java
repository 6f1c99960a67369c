package org.migrationkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.migrationkit.examples.ReadPublicDatasetExample.RouteYear;
import org.migrationkit.examples.testing.RealData;

class ReadPublicDatasetExampleTest {
    @Test
    void example_sumsSplitRowsCountsTheirEventOnceAndKeepsCumulativeTotalsApart() throws URISyntaxException {
        // Layout D (the API/HDX CSV): a split shipwreck, a cumulative yearly figure, a record without a route,
        // a total left blank, and two records the reader rejects.
        Path fixture = Path.of(getClass().getResource("mmp-api-sample.csv").toURI());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        List<RouteYear> figures = ReadPublicDatasetExample.run(fixture, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "mmp-api: 9 records, 2 rejected and not counted",
                "(no route), 2023: 2 dead and missing in 1 incidents",
                "Central Mediterranean, 2023: 14 dead and missing in 2 incidents",            // 8 + (2 + 4)
                "Central Mediterranean, 2024: 1 dead and missing in 1 incidents",             // 1 + 1 ≠ 5 rejected
                "US-Mexico border crossing, 2023: 21 dead and missing in 1 incidents and 1 cumulative records");
        assertThat(figures).contains(new RouteYear("Central Mediterranean", 2023, 14, 2, 0));
    }

    @Test
    @Tag("real-data")
    void example_onTheHdxExport() {
        Path file = RealData.file("iom-missing-migrants-project-data.csv");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        List<RouteYear> figures = ReadPublicDatasetExample.run(file, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        // The oracle: the same file read with Python's csv module, applying domain-standards §1.4 by hand (rows
        // with a negative count or a total that does not add up left out; split rows summed, their id counted once).
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).first()
                .isEqualTo("mmp-api: 3723 records, 7 rejected and not counted");
        assertThat(figures).contains(
                new RouteYear("Central Mediterranean", 2023, 2525, 207, 0),
                new RouteYear("Eastern Route to/from EHOA", 2024, 314, 13, 0),
                new RouteYear("US-Mexico border crossing", 2023, 626, 499, 0));
        assertThat(figures.stream().mapToLong(RouteYear::deadAndMissing).sum()).isEqualTo(12_701);
    }
}
