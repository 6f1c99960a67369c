package org.migrationkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonExampleTest {
    @Test
    void example_printsWhatTheReadmeSays() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "{\"id\":\"2024.MMP0123\",\"kind\":\"Incident\",\"date\":\"2024-06-10\","
                        + "\"route\":\"Eastern Route to/from EHOA\",\"causes\":[\"Drowning\"],\"number_dead\":56}",
                "true", "true");
    }
}
