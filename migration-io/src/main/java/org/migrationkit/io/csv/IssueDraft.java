package org.migrationkit.io.csv;

import org.migrationkit.core.validation.IssueCode;

/**
 * A problem found by a scanner before the record's number and line are known (a range scanned speculatively
 * learns them only when the previous range is confirmed). Turned into an {@code Issue} when the record is
 * delivered.
 *
 * @param record index of the record in its batch, or -1 for the header
 * @param code the issue code
 * @param column 1-based column, or 0 when none
 * @param offset absolute byte offset in the input, or -1
 * @param lineDelta line breaks from the record's first line to the line the problem is on (quotes)
 * @param count a number the message needs (field count, characters), or -1
 * @param endOfFile for {@code csv.unclosed-quote}: the quote runs to the end of the input
 */
record IssueDraft(int record, IssueCode code, int column, long offset, long lineDelta, long count,
                  boolean endOfFile) {
}
