/**
 * Reading and writing migration data: CSV, JSON and JSON Lines, table schemas, the public-dataset layouts,
 * dataset validation and reports.
 */
@org.jspecify.annotations.NullMarked
module org.migrationkit.io {
    requires transitive org.migrationkit.core;
    // MigrationKitModule is a Jackson Module and the readers take Jackson's types: part of this module's API.
    requires transitive com.fasterxml.jackson.databind;

    exports org.migrationkit.io;         // the read result every reader yields
    exports org.migrationkit.io.layout;  // the layouts a file can be read with
    exports org.migrationkit.io.schema;  // table schemas and the descriptors derived from them
    exports org.migrationkit.io.json;    // the Jackson module, JSON and JSON Lines readers and writers
    exports org.migrationkit.io.csv;     // CSV reading (byte level) and writing
    exports org.migrationkit.io.pipeline; // dataset validation: inputs, pipeline, dataset rules
    exports org.migrationkit.io.report;  // validation reports and their JSON form
    exports org.migrationkit.io.sample;  // sample data with known defects and their manifest

    provides com.fasterxml.jackson.databind.Module with org.migrationkit.io.json.MigrationKitModule;
}
