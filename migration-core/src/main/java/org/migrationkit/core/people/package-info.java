/**
 * Who is counted: sex, age bands and named band sets, and breakdowns of counts by sex and age.
 */
@NullMarked
package org.migrationkit.core.people;

import org.jspecify.annotations.NullMarked;
