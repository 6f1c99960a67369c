package org.migrationkit.io.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.migrationkit.io.report.ValidationReport;

class DatasetValidatorTest {
    @TempDir
    Path tmp;

    @Test
    void cleanPartnerFolder_hasNoErrors() {
        Path dir = PartnerFiles.write(tmp.resolve("partner"), 200, 7);
        ValidationReport r = DatasetValidator.builder().build().validate(dir);
        System.out.println(r.toJson());
        assertThat(r.exitCode()).isZero();
    }
}
