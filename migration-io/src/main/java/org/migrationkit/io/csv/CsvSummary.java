package org.migrationkit.io.csv;

import java.util.List;
import java.util.Objects;
import org.migrationkit.core.validation.Issue;

/**
 * What a read found: the header, the issues of the input as a whole, and the counts, which always add up:
 * {@code records == accepted + rejected}.
 *
 * @param header the header, not null (no names for an empty or binary input)
 * @param fileIssues issues not tied to a record (empty file, binary input, header problems, UTF-16 errors)
 * @param records the records read
 * @param accepted the records without an error
 * @param rejected the records with at least one error
 */
public record CsvSummary(CsvHeader header, List<Issue> fileIssues, long records, long accepted, long rejected) {
    /**
     * Checks the counts.
     *
     * @throws IllegalArgumentException if {@code records != accepted + rejected}
     */
    public CsvSummary {
        Objects.requireNonNull(header, "header");
        fileIssues = List.copyOf(fileIssues);
        if (records != accepted + rejected || accepted < 0 || rejected < 0) {
            throw new IllegalArgumentException("records " + records + " != accepted " + accepted + " + rejected "
                    + rejected);
        }
    }
}
