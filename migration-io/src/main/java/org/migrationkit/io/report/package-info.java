/**
 * Validation reports: what a dataset validation found, by input, severity and code, and its stable JSON form
 * (DESIGN §10, docs/report-format.md). Entry point: {@link org.migrationkit.io.report.ValidationReport}.
 */
@NullMarked
package org.migrationkit.io.report;

import org.jspecify.annotations.NullMarked;
