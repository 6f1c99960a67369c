package org.migrationkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValueTypesExampleTest {
    @Test
    void example_printsWhatTheReadmeSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValueTypesExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "Western Asia", "TUR", "country.unknown DEU", "Southern Asia", "38.61076246167",
                "2020-01-05", "2026-01-01", "true",
                "5-11", "true", "count.breakdown-mismatch",
                "Darien", "[Drowning, Mixed or unknown]", "Asylum-seekers", "true", "[21]");
    }
}
