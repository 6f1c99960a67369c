/**
 * Dates as humanitarian data reports them: with a precision (day, month, year) or as a period, and the date
 * formats of the real files. Entry points: {@link org.migrationkit.core.time.ReportedDate},
 * {@link org.migrationkit.core.time.Period}, {@link org.migrationkit.core.time.DateFormat}.
 */
@NullMarked
package org.migrationkit.core.time;

import org.jspecify.annotations.NullMarked;
