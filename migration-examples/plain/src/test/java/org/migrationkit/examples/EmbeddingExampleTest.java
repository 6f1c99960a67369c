package org.migrationkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EmbeddingExampleTest {
    @Test
    void example_findsTheSameProblemBothWaysAndRoundTripsTheFixedRecord() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EmbeddingExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);

        assertThat(out.lines()).hasSize(5);
        assertThat(out.lines()).element(0).isEqualTo("error count.total-mismatch at field total: "
                + "dead plus missing does not equal the total of dead and missing");
        assertThat(out.lines()).element(1).isEqualTo(
                "total count.total-mismatch: dead plus missing does not equal the total of dead and missing");
        assertThat(out.lines()).element(2).asString().matches("age\\.unaccompanied-adult on age, id ps-[0-9a-f]{32}");
        assertThat(out.lines()).element(3).isEqualTo("{\"id\":\"2024.MMP0123\",\"kind\":\"Incident\","
                + "\"date\":\"2024-06-10\",\"route\":\"Eastern Route to/from EHOA\",\"causes\":[\"Drowning\"],"
                + "\"number_dead\":56,\"number_missing\":129,\"total_dead_and_missing\":185}");
        assertThat(out.lines()).element(4).isEqualTo("true");
        assertThat(out).doesNotContain("CASE-2024-0042");
    }
}
