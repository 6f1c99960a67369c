/**
 * Helpers shared by the core packages and migration-io; not an API (exported to {@code org.migrationkit.io} only).
 */
@NullMarked
package org.migrationkit.core.internal;

import org.jspecify.annotations.NullMarked;
