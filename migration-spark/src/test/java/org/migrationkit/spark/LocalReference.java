package org.migrationkit.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueCode;
import org.migrationkit.core.validation.Level;
import org.migrationkit.io.ReadResult;
import org.migrationkit.io.csv.CsvTableReader;
import org.migrationkit.io.csv.CsvTableRecords;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.ValidationReport;
import org.migrationkit.io.schema.Entity;

/**
 * What a local run finds in a partner folder, issue by issue. Record and dataset issues come from
 * {@link DatasetValidator}. Value and file issues come from the typed {@link CsvTableReader}: that reader's typing
 * kernels are the ones the Spark validator runs. On this branch the local pipeline still reads CSV through its
 * stop-gap reader (io.pipeline.SimpleCsvTableInput, to be replaced by an adapter of the typed reader), which words
 * cell issues differently and files blank and non-numeric cells under {@code csv.invalid-record}.
 */
final class LocalReference {
    final ValidationReport report;
    final List<Issue> issues = new ArrayList<>();

    LocalReference(Path partner, List<String> tables, DatasetValidator validator, Set<IssueCode> ignored) {
        this.report = validator.validate(partner);
        for (Issue i : report.issues()) {
            if (i.level() == Level.RECORD || i.level() == Level.DATASET) {
                issues.add(i);
            }
        }
        for (String t : tables) {
            Entity e = java.util.Arrays.stream(Entity.values()).filter(x -> x.fileName().equals(t)).findFirst()
                    .orElseThrow();
            typed(partner.resolve(t), e.recordType(), ignored);
        }
    }

    private <T> void typed(Path file, Class<T> type, Set<IssueCode> ignored) {
        try (CsvTableRecords<T> records = CsvTableReader.builder(type).build().open(file, file.toString())) {
            for (ReadResult<T> r : records) {
                for (Issue i : r.issues()) {
                    if (!ignored.contains(i.code())) {
                        issues.add(i);
                    }
                }
            }
            for (Issue i : records.fileIssues()) {
                if (!ignored.contains(i.code())) {
                    issues.add(i);
                }
            }
        }
    }
}
