/**
 * The {@code migration} command line. Entry point: {@link org.migrationkit.cli.Main}; the commands and their
 * exit codes are a contract (DESIGN §10).
 */
@NullMarked
package org.migrationkit.cli;

import org.jspecify.annotations.NullMarked;
