/**
 * The same validation on Apache Spark (DESIGN §11): {@link org.migrationkit.spark.SparkValidator} checks one
 * {@code Dataset<Row>} per entity with the value and record rules of the library (in {@code mapPartitions}) and the
 * dataset rules as aggregations and joins, and returns a {@link org.migrationkit.spark.SparkValidation}: the issues
 * as a {@code Dataset<Row>} and the summary as the library's JSON report.
 */
@NullMarked
package org.migrationkit.spark;

import org.jspecify.annotations.NullMarked;
