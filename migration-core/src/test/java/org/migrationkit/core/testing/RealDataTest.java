package org.migrationkit.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("real-data")
class RealDataTest {
    @Test
    void sharedFolder_isResolvedFromTheRepositoryRootNotTheModule() {
        String shared = System.getProperty(RealData.PROPERTY);
        assertThat(shared).as("the root pom passes -D" + RealData.PROPERTY + " to surefire").isNotBlank();
        assertThat(Path.of(shared).normalize().toString()).doesNotContain("migration-core");
    }

    @Test
    void file_findsTheMissingMigrantsExport() throws Exception {
        Path file = RealData.file("iom-missing-migrants-project-data.csv");
        assertThat(Files.size(file)).isEqualTo(1_022_393L);
    }
}
