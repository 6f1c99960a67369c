package org.migrationkit.io.csv;

import org.migrationkit.core.validation.IssueCode;

/**
 * The problems of the record being scanned, the first of each kind; both scanners fill it and report through it,
 * so that they report the same issues in the same order.
 */
final class RecordProblems {
    private long badUtf8;
    private int badUtf8Col;
    private long nul;
    private int nulCol;
    private int quoteCol;
    private boolean quoteUnclosed;
    private long quoteOpenBreaks;
    private int eofCol;
    private long eofOpenBreaks;
    private int longCol;
    private long longChars;
    private long recordChars;

    RecordProblems() {
        reset();
    }

    void reset() {
        badUtf8 = -1;
        nul = -1;
        quoteCol = 0;
        eofCol = 0;
        longCol = 0;
        recordChars = -1;
    }

    void badUtf8(long offset, int col) {
        if (badUtf8 < 0) {
            badUtf8 = offset;
            badUtf8Col = col;
        }
    }

    void nul(long offset, int col) {
        if (nul < 0) {
            nul = offset;
            nulCol = col;
        }
    }

    void afterClosingQuote(int col, boolean spansLines, long openBreaks) {
        if (quoteCol == 0) {
            quoteCol = col;
            quoteUnclosed = spansLines;
            quoteOpenBreaks = openBreaks;
        }
    }

    void unclosedAtEof(int col, long openBreaks) {
        eofCol = col;
        eofOpenBreaks = openBreaks;
    }

    void fieldTooLong(int col, long chars) {
        longCol = col;
        longChars = chars;
    }

    void recordTooLong(long chars) {
        recordChars = chars;
    }

    /** Adds the record's issues to the batch, for the record about to be added. */
    void report(Batch b, Scanner s, int fieldCount, long breaks) {
        int rec = b.records;
        if (quoteCol > 0) {
            // A quoted value that spans lines and is followed by text was most likely never closed where it
            // opened: a later quote closed it. On one line it is text after a closing quote.
            b.addIssue(new IssueDraft(rec, quoteUnclosed ? IssueCode.CSV_UNCLOSED_QUOTE : IssueCode.CSV_STRAY_QUOTE,
                    quoteCol, -1, quoteOpenBreaks, breaks, false));
        }
        if (eofCol > 0) {
            b.addIssue(new IssueDraft(rec, IssueCode.CSV_UNCLOSED_QUOTE, eofCol, -1, eofOpenBreaks, breaks, true));
        }
        if (fieldCount > s.settings.maxColumns) {
            b.addIssue(new IssueDraft(rec, IssueCode.LIMIT_TOO_MANY_COLUMNS, 0, -1, 0, fieldCount, false));
        } else if (s.expectedFields >= 0 && fieldCount != s.expectedFields) {
            b.addIssue(new IssueDraft(rec, IssueCode.CSV_FIELD_COUNT,
                    fieldCount > s.expectedFields ? s.expectedFields + 1 : fieldCount + 1, -1, 0, fieldCount, false));
        }
        if (longCol > 0) {
            b.addIssue(new IssueDraft(rec, IssueCode.LIMIT_FIELD_TOO_LONG, longCol, -1, 0, longChars, false));
        }
        if (recordChars >= 0) {
            b.addIssue(new IssueDraft(rec, IssueCode.LIMIT_RECORD_TOO_LONG, 0, -1, 0, recordChars, false));
        }
        if (badUtf8 >= 0) {
            b.addIssue(new IssueDraft(rec, IssueCode.ENCODING_INVALID_UTF8, badUtf8Col, badUtf8, 0, -1, false));
        }
        if (nul >= 0) {
            b.addIssue(new IssueDraft(rec, IssueCode.CSV_NUL_BYTE, nulCol, nul, 0, -1, false));
        }
    }
}
