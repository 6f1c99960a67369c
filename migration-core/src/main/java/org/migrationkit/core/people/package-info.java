/**
 * Who is counted: sex, age bands and named band sets, and breakdowns of counts by sex and age. Entry points:
 * {@link org.migrationkit.core.people.Sex}, {@link org.migrationkit.core.people.AgeBand},
 * {@link org.migrationkit.core.people.AgeBandSet}, {@link org.migrationkit.core.people.Breakdown}.
 */
@NullMarked
package org.migrationkit.core.people;

import org.jspecify.annotations.NullMarked;
