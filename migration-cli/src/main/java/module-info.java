/** The {@code migration} command line: validate, generate, convert, schema, layouts, indicators. */
@org.jspecify.annotations.NullMarked
module org.migrationkit.cli {
    requires org.migrationkit.io;
    requires info.picocli;

    exports org.migrationkit.cli; // the entry point, Main
    opens org.migrationkit.cli to info.picocli;
}
