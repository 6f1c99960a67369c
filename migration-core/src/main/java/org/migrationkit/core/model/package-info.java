/**
 * The records of the field and their typed pseudonymous identifiers.
 */
@NullMarked
package org.migrationkit.core.model;

import org.jspecify.annotations.NullMarked;
