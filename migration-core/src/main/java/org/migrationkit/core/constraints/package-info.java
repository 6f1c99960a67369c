/**
 * Jakarta Bean Validation constraints for migration data.
 *
 * <p>Class-level constraints on the records — {@link org.migrationkit.core.constraints.ConsistentCounts} (incidents),
 * {@link org.migrationkit.core.constraints.ConsistentFigure}, {@link org.migrationkit.core.constraints.ConsistentMigrant},
 * {@link org.migrationkit.core.constraints.ConsistentJourney},
 * {@link org.migrationkit.core.constraints.ConsistentAssistanceEvent},
 * {@link org.migrationkit.core.constraints.ConsistentRemittance} — run the same rule method as the fast path
 * ({@link org.migrationkit.core.validation.RecordRules}), one violation per problem on the field it concerns.
 * Value constraints work on users' own classes too: {@link org.migrationkit.core.constraints.CountryCodeValue},
 * {@link org.migrationkit.core.constraints.RouteName}, {@link org.migrationkit.core.constraints.GcmObjectiveValue}.
 *
 * <p>Every message key is {@code org.migrationkit.} followed by the issue code, so a violation maps back to its
 * {@link org.migrationkit.core.validation.IssueCode} through
 * {@link org.migrationkit.core.constraints.IssueCodes#of(jakarta.validation.ConstraintViolation)}.
 */
@NullMarked
package org.migrationkit.core.constraints;

import org.jspecify.annotations.NullMarked;
