package org.migrationkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ValidatingRecordsExampleTest {
    @Test
    void example_findsTheSameProblemBothWaysAndNeverPrintsTheRawCaseNumber() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValidatingRecordsExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        String[] lines = out.split("\\R");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo(
                "total count.total-mismatch: dead plus missing does not equal the total of dead and missing");
        assertThat(lines[1]).isEqualTo("error count.total-mismatch at field total: "
                + "dead plus missing does not equal the total of dead and missing");
        assertThat(lines[2]).matches("age\\.unaccompanied-adult on age, id ps-[0-9a-f]{32}");
        assertThat(out).doesNotContain("CASE-2024-0042");
    }
}
