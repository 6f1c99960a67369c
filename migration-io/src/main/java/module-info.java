/**
 * Reading and writing migration data: CSV, JSON and JSON Lines, table schemas, the public-dataset layouts,
 * dataset validation and reports.
 */
@org.jspecify.annotations.NullMarked
module org.migrationkit.io {
    requires transitive org.migrationkit.core;

    exports org.migrationkit.io.csv;    // the byte-level CSV reader
    exports org.migrationkit.io.layout; // the layouts a file can be read with
}
