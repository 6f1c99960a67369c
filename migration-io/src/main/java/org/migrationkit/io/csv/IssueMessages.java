package org.migrationkit.io.csv;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.migrationkit.core.validation.Issue;
import org.migrationkit.core.validation.IssueLocation;

/** Turns scanner findings into issues once the record's number and line are known. Messages carry no cell text. */
final class IssueMessages {
    private IssueMessages() {
    }

    static Issue toIssue(IssueDraft d, String file, @Nullable Long record, long line, List<String> names,
                         Settings s) {
        Integer column = d.column() > 0 ? d.column() : null;
        String field = d.column() > 0 && d.column() <= names.size() ? names.get(d.column() - 1) : null;
        String where = d.column() > 0 ? "column " + d.column() + (field != null ? " (" + field + ")" : "") : "";
        String message;
        switch (d.code()) {
            case CSV_UNCLOSED_QUOTE:
                long open = line + d.lineDelta();
                message = d.endOfFile()
                        ? "The quote that opens " + where + " on line " + open + " is never closed: the rest of the "
                                + "input (to line " + (line + d.count()) + ") was read as this one value. Close the "
                                + "quote, or double a quote that is part of the value (\"\")."
                        : "The quote that opens " + where + " on line " + open + " is closed only on line "
                                + (line + d.count()) + ", followed by more text: a closing quote is probably missing "
                                + "on line " + open + ". Close the quote, or double a quote that is part of the "
                                + "value (\"\").";
                break;
            case CSV_STRAY_QUOTE:
                message = "Text follows the closing quote of " + where + ": a quoted value ends at its closing "
                        + "quote. Quote the whole value and double the quotes inside it, e.g. \"a \"\"b\"\" c\".";
                break;
            case CSV_FIELD_COUNT:
                message = "The record has " + d.count() + (d.count() == 1 ? " field" : " fields") + " but the header "
                        + "has " + names.size() + " columns: check for a delimiter ('" + delimiterName(s)
                        + "') inside a value that is not quoted, or a missing one.";
                break;
            case LIMIT_TOO_MANY_COLUMNS:
                message = (record == null ? "The header has " : "The record has ") + d.count() + " columns, over the "
                        + "limit of " + s.maxColumns + ": " + (record == null ? "only the first " + s.maxColumns
                        + " are read." : "the record is rejected (raise maxColumns if the file is right).");
                break;
            case LIMIT_FIELD_TOO_LONG:
                message = "The value of " + where + " has " + d.count() + " characters, over the limit of "
                        + s.maxFieldChars + ": the record is rejected (raise maxFieldChars if the file is right).";
                break;
            case LIMIT_RECORD_TOO_LONG:
                message = "The record has " + d.count() + " characters, over the limit of " + s.maxRecordChars
                        + ": the record is rejected (raise maxRecordChars if the file is right).";
                break;
            case ENCODING_INVALID_UTF8:
                message = "Invalid UTF-8 at byte offset " + d.offset() + " in " + where + ": the input is not UTF-8. "
                        + "Re-save it as UTF-8, or read it with its encoding (windows-1252, iso-8859-1).";
                break;
            case CSV_NUL_BYTE:
                message = "A NUL byte at byte offset " + d.offset() + " in " + where + ": text files hold no NUL "
                        + "bytes; the file may be damaged or not CSV.";
                break;
            default:
                message = d.code().checks();
        }
        return Issue.of(d.code(), message, new IssueLocation(file, record, line, column, field));
    }

    static String delimiterName(Settings s) {
        return s.delimiter == '\t' ? "\\t" : String.valueOf((char) s.delimiter);
    }
}
