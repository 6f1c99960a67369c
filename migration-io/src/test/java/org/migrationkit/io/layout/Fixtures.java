package org.migrationkit.io.layout;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.ReadResult;

/** Test helpers: the fixtures of src/test/resources/layouts and a fixed day for the rules. */
final class Fixtures {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private Fixtures() {
    }

    static Path path(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/layouts/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static LayoutReader reader() {
        return LayoutReader.builder().today(TODAY).build();
    }

    static <R> List<ReadResult<R>> all(LayoutRecords<R> records) {
        try (records) {
            return records.toList();
        }
    }

    static List<String> codes(ReadResult<?> r) {
        return r.issues().stream().map(Issue::code).map(c -> c.code()).toList();
    }
}
