/**
 * Immutable model, vocabularies and validation rules for migration data.
 *
 * <p>No files, no Jackson, no command line: those live in {@code org.migrationkit.io} and
 * {@code org.migrationkit.cli}.
 */
@org.jspecify.annotations.NullMarked
module org.migrationkit.core {
    requires static transitive org.jspecify;
    requires transitive jakarta.validation;

    exports org.migrationkit.core.validation; // issue codes, severities, levels, lookups
    exports org.migrationkit.core.geo;        // countries, regions, admin areas, points, locations
    exports org.migrationkit.core.time;       // reported dates with precision, periods, date formats
    exports org.migrationkit.core.people;     // sex, age bands and band sets, breakdowns
    exports org.migrationkit.core.model;      // typed ids and the records
    exports org.migrationkit.core.constraints; // Jakarta constraints usable on any class
    exports org.migrationkit.core.vocab;      // code lists: routes, causes, population types, needs, HXL, ...
    exports org.migrationkit.core.gcm;        // GCM objectives and principles, SDG indicators
    exports org.migrationkit.core.sample;  // the sample-data generator
    exports org.migrationkit.core.internal to org.migrationkit.io;
    // The Bean Validation provider instantiates the validators; it may sit on the class path or the module path.
    opens org.migrationkit.core.internal.constraints;
}
