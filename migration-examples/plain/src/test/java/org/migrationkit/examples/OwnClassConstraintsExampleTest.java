package org.migrationkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OwnClassConstraintsExampleTest {
    @Test
    void example_printsOneIssueCodePerBadField() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        OwnClassConstraintsExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "good form: 0 violations",
                "nationality country.unknown: is not a known country: use an ISO 3166-1 alpha-3 code such as \"SYR\", "
                        + "or one of XKX, XXA, XXB, XXC, XXX, UKN, STA",
                "objective gcm-objective.unknown: is not a GCM objective (1 to 23)",
                "origin (not ours): must not be null",
                "route route.unknown: is not a Missing Migrants Project route");
    }
}
