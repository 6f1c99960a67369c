package org.migrationkit.spark;

import java.nio.file.Path;
import java.util.List;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.io.pipeline.DatasetValidator;
import org.migrationkit.io.report.ValidationReport;

/**
 * What a local run finds in a partner folder, issue by issue: the {@link DatasetValidator}'s report, whose CSV tables
 * are read by the typed reader whose typing kernels the Spark validator runs.
 */
final class LocalReference {
    final ValidationReport report;
    final List<Issue> issues;

    LocalReference(Path partner, DatasetValidator validator) {
        this.report = validator.validate(partner);
        this.issues = report.issues();
    }
}
