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
    exports org.migrationkit.core.vocab;      // code lists: routes, causes, population types, needs, HXL, ...
    exports org.migrationkit.core.gcm;        // GCM objectives and principles, SDG indicators
    exports org.migrationkit.core.internal to org.migrationkit.io;
}
