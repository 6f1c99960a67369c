/**
 * Jakarta Bean Validation constraints for migration data, usable on the library's records and on users' own
 * classes (a {@code String} field annotated {@link org.migrationkit.core.constraints.CountryCodeValue}). Each
 * constraint's validator calls the same rule code as the library's fast path, and each message key is
 * {@code org.migrationkit.} followed by the issue code, so a violation maps back to its
 * {@link org.migrationkit.core.validation.IssueCode} through
 * {@link org.migrationkit.core.constraints.IssueCodes#of(jakarta.validation.ConstraintViolation)}.
 */
@NullMarked
package org.migrationkit.core.constraints;

import org.jspecify.annotations.NullMarked;
