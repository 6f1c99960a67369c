/**
 * Issue codes, severities and levels, and the non-throwing lookup results of the bulk path. Entry points: {@link org.migrationkit.core.validation.IssueCode}, {@link org.migrationkit.core.validation.Lookup}.
 */
@NullMarked
package org.migrationkit.core.validation;

import org.jspecify.annotations.NullMarked;
