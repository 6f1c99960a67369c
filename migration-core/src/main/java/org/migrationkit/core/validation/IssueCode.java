package org.migrationkit.core.validation;

import static org.migrationkit.core.validation.Level.DATASET;
import static org.migrationkit.core.validation.Level.FILE;
import static org.migrationkit.core.validation.Level.RECORD;
import static org.migrationkit.core.validation.Level.VALUE;
import static org.migrationkit.core.validation.Severity.ERROR;
import static org.migrationkit.core.validation.Severity.INFO;
import static org.migrationkit.core.validation.Severity.WARNING;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The rule catalogue: every issue code the library reports, with its level, default severity, what it checks,
 * where the rule comes from and how to fix the data that breaks it.
 *
 * <p>Codes are {@code area.problem-in-kebab-case} (DESIGN §4) and are never renamed or reused once released:
 * scripts and reports rely on them. {@link #code()} is the wire form.
 */
public enum IssueCode {
    // ---- file and input level (readers)
    /** An input with no header and no records. */
    FILE_EMPTY("file.empty", FILE, ERROR,
            "An input holds at least a header line (blank lines and a byte order mark alone do not count).",
            "DESIGN §5, §10",
            "Export the table again with its header line, or remove the empty file from the dataset."),
    /** An input that is clearly not text (NUL bytes, control characters or a known binary signature). */
    FILE_BINARY("file.binary", FILE, ERROR,
            "An input is text: no NUL bytes or control characters in bulk, no signature of a binary format "
                    + "(zip, gzip, PDF, images, OLE).",
            "DESIGN §5",
            "Export the table as CSV or JSON (not .xlsx, .pdf or an image) and validate the exported file."),
    /** Bytes that are not valid UTF-8. */
    ENCODING_INVALID_UTF8("encoding.invalid-utf8", FILE, ERROR,
            "Text read as UTF-8 is valid UTF-8 (never replaced silently); the record holding an invalid sequence "
                    + "is rejected.",
            "RFC 3629; DESIGN §5",
            "Save the file as UTF-8 (spreadsheet: Save As, CSV UTF-8), or validate with --encoding "
                    + "windows-1252 or iso-8859-1 if that is how it was saved."),
    /** UTF-16 input with an unpaired surrogate or a trailing odd byte. */
    ENCODING_INVALID_UTF16("encoding.invalid-utf16", FILE, ERROR,
            "Text in UTF-16 has paired surrogates and an even number of bytes.", "RFC 2781; DESIGN §5",
            "Export the file again, preferably as UTF-8; a cut-off copy usually explains a trailing odd byte."),
    /** Two header columns whose names compare equal. */
    HEADER_DUPLICATE("header.duplicate", FILE, ERROR,
            "Header names are unique when compared ignoring case, spaces and underscores.", "DESIGN §5",
            "Rename or remove one of the two columns so that each header name is unique."),
    /** A header column without a name. */
    HEADER_BLANK("header.blank", FILE, WARNING,
            "Every header column has a name.", "DESIGN §5",
            "Give the column a name from the table schema, or delete the column if it holds nothing."),
    /** A quoted field whose quote is never closed, or closed only lines later. */
    CSV_UNCLOSED_QUOTE("csv.unclosed-quote", FILE, ERROR,
            "A quote that opens a field is closed before the end of the file and before the next line that "
                    + "is not part of the value.",
            "RFC 4180 §2; DESIGN §5",
            "Close the quote at the end of the value, or double every quote inside a quoted value (\"\")."),
    /** Characters after the closing quote of a field. */
    CSV_STRAY_QUOTE("csv.stray-quote", FILE, ERROR,
            "A quoted field ends at its closing quote: only a delimiter or a line break follows it.",
            "RFC 4180 §2",
            "Quote the whole field and double the quotes inside it: \"5\"\" tall\" instead of 5\" tall."),
    /** A record with more or fewer fields than the header has columns. */
    CSV_FIELD_COUNT("csv.field-count", FILE, ERROR,
            "Every record has as many fields as the header has columns.", "RFC 4180 §2",
            "Give the record one field per header column: quote values that hold the delimiter, and remove "
                    + "extra delimiters."),
    /** A NUL byte inside a record of a text file. */
    CSV_NUL_BYTE("csv.nul-byte", FILE, ERROR,
            "A field holds no NUL byte.", "DESIGN §5",
            "Remove the NUL bytes: export the table again from its source as text."),
    /** A field longer than the field limit. */
    LIMIT_FIELD_TOO_LONG("limit.field-too-long", FILE, ERROR,
            "A field holds at most the field limit of characters (default 1,048,576); the record is rejected "
                    + "and reading goes on.",
            "DESIGN §5",
            "Shorten the value, or split it into several columns; a missing closing quote often makes a "
                    + "field swallow the file."),
    /** A record longer than the record limit. */
    LIMIT_RECORD_TOO_LONG("limit.record-too-long", FILE, ERROR,
            "A record holds at most the record limit of characters (default 16,777,216); the record is "
                    + "rejected and reading goes on.",
            "DESIGN §5",
            "Shorten the record; a missing closing quote often makes a record swallow the rest of the file."),
    /** A record or header with more columns than the column limit. */
    LIMIT_TOO_MANY_COLUMNS("limit.too-many-columns", FILE, ERROR,
            "A record has at most the column limit of fields (default 1,024); the record is rejected and "
                    + "reading goes on.",
            "DESIGN §5",
            "Keep only the table's columns, or split the table into several files."),

    // ---- JSON input (file level: the input's syntax and shape, DESIGN §4 and §5)
    /** Text that is not JSON: a syntax error, or input that ends inside a value. */
    JSON_MALFORMED("json.malformed", FILE, ERROR,
            "JSON text follows RFC 8259 and is complete: no syntax error, no value cut off by the end of input.",
            "RFC 8259; DESIGN §5",
            "Fix the JSON syntax at the location given (a missing comma, bracket or quote), or export the "
                    + "file again in full."),
    /** An object that names a property twice. */
    JSON_DUPLICATE_KEY("json.duplicate-key", FILE, ERROR,
            "A JSON object names each property once (the second value would silently win).", "RFC 8259 §4; DESIGN §5",
            "Remove one of the two properties of the same name, keeping the right value."),
    /** Content after the root value of a document or of a JSON Lines line. */
    JSON_TRAILING_CONTENT("json.trailing-content", FILE, ERROR,
            "Only whitespace follows the root value of a JSON document or of a JSON Lines line.", "DESIGN §5",
            "Remove what follows the root value, or write one record per line as JSON Lines."),
    /** A value of the wrong JSON type for its place. */
    JSON_WRONG_TYPE("json.wrong-type", FILE, ERROR,
            "Each JSON record is an object and each property has its column's type (a number, or a string of the "
                    + "number's digits; a string; true or false; an array for a list).",
            "docs/json-format.md; table schemas",
            "Give the property its column's type: a number without quotes or units, a string, true or false, "
                    + "or an array."),
    /** A required property that is absent, null or blank. */
    JSON_MISSING_PROPERTY("json.missing-property", FILE, ERROR,
            "A JSON record has a value for every column its table schema requires.", "table schemas",
            "Add the property with a value, as the table schema (migration schema ENTITY) describes it."),
    /** A property that is not a column of the table. */
    JSON_UNKNOWN_PROPERTY("json.unknown-property", FILE, WARNING,
            "A JSON record has only the properties of its table schema; others are ignored.", "table schemas",
            "Rename the property to a column of the table schema, or remove it if it is not needed."),
    /** Properties that do not make a record together. */
    JSON_INVALID_RECORD("json.invalid-record", FILE, ERROR,
            "The properties of a JSON record make a record of the model together: an admin area with its level and "
                    + "country, latitude with longitude, one kind of beneficiary, a leg sequence of 1 or more.",
            "table schemas; DESIGN §3",
            "Give the properties that belong together all at once: admin area with level and country, "
                    + "latitude with longitude, one beneficiary kind."),
    /** JSON nested deeper than the limit. */
    LIMIT_NESTING_DEPTH("limit.nesting-depth", FILE, ERROR,
            "JSON nests arrays and objects at most 64 levels deep (configurable); the record is rejected.",
            "DESIGN §5",
            "Flatten the record: a migration record nests objects at most a few levels deep."),
    /** A JSON string longer than the limit. */
    LIMIT_STRING_LENGTH("limit.string-length", FILE, ERROR,
            "A JSON string has at most 20,000,000 characters (configurable); the record is rejected.", "DESIGN §5",
            "Shorten the string, or keep long texts out of the dataset."),
    /** A JSON number longer than the limit. */
    LIMIT_NUMBER_LENGTH("limit.number-length", FILE, ERROR,
            "A JSON number has at most 1,000 characters (configurable); the record is rejected.", "DESIGN §5",
            "Write the number with fewer digits."),
    /** A JSON Lines line longer than the limit. */
    LIMIT_LINE_LENGTH("limit.line-length", FILE, ERROR,
            "A JSON Lines line has at most 64 MiB (configurable); the record is rejected and reading goes on.",
            "DESIGN §5",
            "Split the line into one record per line, or check that the file really is JSON Lines."),

    // ---- public layouts (MMP, UNHCR, DTM/HXL readers: io.layout)
    /** A header that matches none of the known layouts. */
    LAYOUT_UNRECOGNISED("layout.unrecognised", FILE, ERROR,
            "A file read with automatic layout detection has the header of a known layout (DESIGN §10 layout ids); "
                    + "the issue names the closest layout and the columns that differ.",
            "DESIGN §5, §10; domain-standards §1.2, §2.2, §4",
            "Rename the columns as the closest layout names them (see migration layouts), or choose a layout "
                    + "with --layout."),
    /** A file read with a chosen layout whose header lacks some of that layout's columns. */
    LAYOUT_COLUMNS_MISSING("layout.columns-missing", FILE, ERROR,
            "A file read with a chosen layout has every column of that layout; missing columns read as blank.",
            "DESIGN §10 (--layout); domain-standards §1.2",
            "Add the missing columns (blank cells are fine), or choose the layout the file really follows."),
    /** A count cell that is not a whole number. */
    COUNT_UNPARSEABLE("count.unparseable", VALUE, ERROR,
            "A count is a whole number, optionally with thousands separators (1,022) or in scientific notation "
                    + "of a whole number (1e+05).",
            "domain-standards §1.2, §4.2",
            "Write the count as a whole number (1022 or 1,022), without words, ranges or units."),
    /** UNHCR demographics whose age bands of one sex do not add up to that sex's total. */
    COUNT_SEX_TOTAL_MISMATCH("count.sex-total-mismatch", RECORD, ERROR,
            "The age bands of one sex (with its unknown-age column) add up to that sex's total column.",
            "UNHCR demographics; domain-standards §4.2, §10.6",
            "Correct the age-band cells or the sex total so that the bands add up to the total."),

    // ---- datasets and inputs (the dataset validator: files, folders, zips, data packages; rules across records)
    /** A path that cannot be read: missing, not permitted, a symbolic link, a named pipe or a device. */
    FILE_UNREADABLE("file.unreadable", FILE, ERROR,
            "An input path names a readable regular file or folder (symbolic links are not followed, named pipes "
                    + "and devices are not opened).",
            "DESIGN §5, §10",
            "Check that the path exists and can be read, and give the real file instead of a link, pipe or device."),
    /** A required column that the header lacks; every record of the file is rejected. */
    HEADER_MISSING_COLUMN("header.missing-column", FILE, ERROR,
            "A table's header has every column its table schema requires; without it each record is rejected.",
            "table schemas; DESIGN §10",
            "Add the required column with its values (migration schema ENTITY lists the columns)."),
    /** CSV cells that do not make a record together. */
    CSV_INVALID_RECORD("csv.invalid-record", FILE, ERROR,
            "The cells of a CSV record make a record of the model together: an admin area with its level and "
                    + "country, latitude with longitude, one kind of beneficiary.",
            "table schemas; DESIGN §3",
            "Fill the cells that belong together all at once: admin area with level and country, latitude "
                    + "with longitude, one beneficiary kind."),
    /** A zip entry whose name would escape the folder it is read into. */
    ZIP_PATH_TRAVERSAL("zip.path-traversal", FILE, ERROR,
            "A zip entry name is relative and stays inside the archive: no .., no leading /, no drive letter, "
                    + "no backslash.",
            "DESIGN §5 (zip slip)",
            "Rebuild the archive from the dataset's folder so that entry names are plain relative paths."),
    /** A zip archive with more entries than the limit; the rest is not read. */
    ZIP_TOO_MANY_ENTRIES("zip.too-many-entries", FILE, ERROR,
            "A zip archive holds at most 1,000 entries; entries past the limit are not read.", "DESIGN §5",
            "Keep only the dataset's tables in the archive, or validate the folder instead."),
    /** A zip entry that inflates too much: a zip bomb. */
    ZIP_BOMB("zip.bomb", FILE, ERROR,
            "A zip entry inflates at most 100 times its compressed size past its first 100 KiB, and all entries "
                    + "together stay within the total budget (default 4 GiB); the entry is refused.",
            "DESIGN §5",
            "Rebuild the archive from the real tables; if they are that large, validate the unpacked folder."),
    /** A zip inside a zip, which is not opened. */
    ZIP_NESTED("zip.nested", FILE, WARNING,
            "A zip archive does not hold other archives: nested archives are not opened.", "DESIGN §5",
            "Unpack the inner archive and put its files in the outer one."),
    /** A zip file that cannot be read as an archive. */
    ZIP_MALFORMED("zip.malformed", FILE, ERROR,
            "A .zip input is a readable zip archive.", "PKWARE APPNOTE; DESIGN §5",
            "Create the archive again (a cut-off download is the usual cause), or validate the unpacked folder."),
    /** A datapackage.json that cannot be used: not JSON, no resources, or a resource path that is refused. */
    DATAPACKAGE_INVALID("datapackage.invalid", FILE, ERROR,
            "A datapackage.json is a Frictionless Data Package whose resources name relative paths inside its "
                    + "folder.",
            "Frictionless Data Package v1",
            "Make datapackage.json list resources whose paths are files inside its folder."),
    /** A table with more ids than the id budget holds: its later ids are checked at the end, from disk. */
    LIMIT_ID_BUDGET("limit.id-budget", FILE, WARNING,
            "The ids of a dataset's tables fit the validator's id budget (default 64 MiB for all tables, about 1.5 "
                    + "million ids); past it, later ids go to temporary files, from which duplicates and references to "
                    + "that table are checked at the end (slower), and the first departures of later journeys are not "
                    + "kept, so their migrants' assistance events are not checked for dates before their journey.",
            "DESIGN §9",
            "Split the dataset into smaller parts, or raise the id budget (DatasetValidator.Builder.idBudgetBytes)."),
    /** A second record with the id of an earlier one. */
    ID_DUPLICATE("id.duplicate", DATASET, ERROR,
            "Each record of a table has its own id; the second and further records with an id are rejected.",
            "DESIGN §4",
            "Give each record its own id, or remove the repeated record."),
    /** A journey whose migrant is in no migrants table of the dataset. */
    REF_MISSING_MIGRANT("ref.missing-migrant", DATASET, ERROR,
            "A journey's migrant_id names a migrant of the dataset (checked when the dataset has migrants).",
            "DESIGN §4, §6",
            "Add the migrant to the migrants table, or correct the migrant_id."),
    /** A leg whose journey is in no journeys table of the dataset. */
    REF_MISSING_JOURNEY("ref.missing-journey", DATASET, ERROR,
            "A leg's journey_id names a journey of the dataset (checked when the dataset has journeys).",
            "DESIGN §4, §6",
            "Add the journey to the journeys table, or correct the journey_id."),
    /** An assistance event whose beneficiary is in no migrants table of the dataset. */
    REF_MISSING_BENEFICIARY("ref.missing-beneficiary", DATASET, ERROR,
            "An assistance event's beneficiary_id names a migrant of the dataset (checked when the dataset has "
                    + "migrants).",
            "DESIGN §4, §6",
            "Add the beneficiary to the migrants table, or correct the beneficiary_id."),
    /** An assistance event dated before the first journey of its beneficiary started. */
    DATE_BEFORE_JOURNEY("date.before-journey", DATASET, WARNING,
            "An assistance event to a person is not dated before the first departure of that person's journeys "
                    + "(a warning: pre-departure services exist, but mostly this is a wrong date).",
            "DESIGN §4",
            "Check the event's date and the journey's departure date; correct whichever is wrong."),
    /** A number far from the rest of its column. */
    VALUE_OUTLIER("value.outlier", DATASET, INFO,
            "A count, age or amount has a modified z-score (0.6745 x distance to the column's median / median "
                    + "absolute deviation) above 5 in absolute value (columns of at least 30 values; an info, not an error). "
                    + "Counts of people and amounts, which spread over orders of magnitude, are scored on log(1 + x).",
            "Iglewicz and Hoaglin (1993), modified z-score",
            "Check the value against its source: a typing slip (an extra zero) is the usual cause; keep it "
                    + "if it is right."),
    /** A place or organisation written in near-identical ways. */
    SPELLING_INCONSISTENT("spelling.inconsistent", DATASET, WARNING,
            "One place or organisation is written one way: a value that differs from a more frequent value of the "
                    + "same column only in case, accents or spacing, or by one edit (two from 12 characters; none "
                    + "under 6), is probably a misspelling of it; in a word under 6 characters, only one letter off "
                    + "in a word of 4 or 5 is (East/West, I/III are other words). Places are compared within their "
                    + "country, admin area names within their country and level, and only when they have no P-code.",
            "DESIGN §4",
            "Write the name the way the rest of the column writes it (the suggestion gives the more frequent "
                    + "spelling)."),
    /** An admin area code given with two different names. */
    NAME_INCONSISTENT_PER_CODE("name.inconsistent-per-code", DATASET, WARNING,
            "An administrative area code (#adm1+code) has one name (#adm1+name) throughout the dataset.",
            "HXL 1.1 #adm1; DESIGN §4",
            "Use one name for the code throughout, or correct the code if two areas were mixed up."),

    // ---- typed CSV reading (a table's columns in a CSV header and cells, DESIGN §5 and §10)
    /** A header column that is not a column of the table schema. */
    HEADER_UNKNOWN_COLUMN("header.unknown-column", FILE, INFO,
            "The header names only columns of the table schema; other columns are kept in the file but not read.",
            "table schemas",
            "Rename the column to the schema's name if it is meant to be read; otherwise nothing to do."),
    /** A cell that is not of its column's type. */
    CSV_WRONG_TYPE("csv.wrong-type", FILE, ERROR,
            "Each cell has its column's type: a whole number, a number, true or false.",
            "table schemas",
            "Write the cell as its column's type: digits only for numbers, true or false for flags."),
    /** A blank cell in a required column. */
    CSV_MISSING_VALUE("csv.missing-value", FILE, ERROR,
            "A cell of a column the table schema requires is not blank.", "table schemas",
            "Fill in the cell; the column is required."),

    // ---- geography
    /** Not a known country code or name. */
    COUNTRY_UNKNOWN("country.unknown", VALUE, ERROR,
            "A country is an ISO 3166-1 alpha-3, alpha-2 or numeric code, one of the non-ISO codes real data uses "
                    + "(XKX, XXA, XXB, XXC, XXX, UKN, STA) or a country name.",
            "ISO 3166-1; UNSD M49; domain-standards §4.2",
            "Write an ISO 3166-1 alpha-3 code such as SYR (or XXX when the country is unknown)."),
    /** Not a known UN M49 region or Missing Migrants Project region. */
    REGION_UNKNOWN("region.unknown", VALUE, ERROR,
            "A region is a UN M49 region, sub-region or intermediate region (name or numeric code), or a Missing "
                    + "Migrants Project region of incident.",
            "UNSD M49; domain-standards §1.3",
            "Write a UN M49 region name or code, or a Missing Migrants Project region of incident."),
    /** A legacy MMP region name with no single current equivalent, kept as given. */
    REGION_LEGACY("region.legacy", VALUE, INFO,
            "A legacy Missing Migrants Project region that straddles several current regions is kept as given.",
            "domain-standards §1.3",
            "Nothing needs fixing; use a current region name if you know which one applies."),
    /** An administrative level outside 1 to 5. */
    ADMIN_LEVEL_INVALID("admin.level-invalid", VALUE, ERROR,
            "An administrative area level is 1 to 5 (level 0 is the country).", "HXL #adm1..#adm5; DESIGN §3",
            "Give a level from 1 to 5, or put the country in its country column."),
    /** Coordinates that are not two decimal numbers. */
    GEO_UNPARSEABLE("geo.unparseable", VALUE, ERROR,
            "Coordinates are two decimal numbers, \"lat, lon\" in WGS84 degrees.", "domain-standards §1.5",
            "Write the coordinates as two decimal numbers \"lat, lon\", such as \"36.8, 10.2\"."),
    /** A latitude outside -90 to 90. */
    GEO_LATITUDE_OUT_OF_RANGE("geo.latitude-out-of-range", VALUE, ERROR,
            "A WGS84 latitude lies between -90 and 90 degrees.", "WGS84",
            "Check for a swapped latitude and longitude, or a lost decimal point."),
    /** A longitude outside -180 to 180. */
    GEO_LONGITUDE_OUT_OF_RANGE("geo.longitude-out-of-range", VALUE, ERROR,
            "A WGS84 longitude lies between -180 and 180 degrees.", "WGS84",
            "Check for a swapped latitude and longitude, or a lost decimal point."),

    // ---- time
    /** A date that does not match the expected format, or names a day that does not exist. */
    DATE_UNPARSEABLE("date.unparseable", VALUE, ERROR,
            "A date matches the format of its layout and names a real day, month or year.",
            "domain-standards §1.5",
            "Write the date in the layout's format (ISO 2026-11-23 for our tables) and check that the day exists."),
    /** A period whose end is before its start. */
    DATE_PERIOD_REVERSED("date.period-reversed", VALUE, ERROR,
            "A period ends on or after the day it starts.", "DESIGN §3",
            "Swap the start and end dates, or correct the one that is wrong."),

    // ---- people
    /** A sex value that is none of female, male, other, unknown (or their usual codes). */
    SEX_UNKNOWN("sex.unknown", VALUE, ERROR,
            "Sex is female, male, other or unknown (F, M, O, U and the usual spellings are accepted).",
            "HXL +f/+m/+i; UNHCR demographics",
            "Write female, male, other or unknown (or F, M, O, U)."),
    /** An age or age-band bound outside 0 to 130. */
    AGE_OUT_OF_RANGE("age.out-of-range", VALUE, ERROR, "An age lies between 0 and 130 years.", "DESIGN §3",
            "Correct the age; leave it blank when it is not known."),
    /** An age band whose minimum is above its maximum. */
    AGE_BAND_REVERSED("age.band-reversed", VALUE, ERROR,
            "An age band's minimum is at most its maximum.", "DESIGN §3",
            "Swap the band's bounds: 0-4, not 4-0."),
    /** Text that is not an age band such as {@code 0-4} or {@code 60+}. */
    AGE_UNPARSEABLE("age.unparseable", VALUE, ERROR,
            "An age is a whole number of years; an age band is written min-max or min+.", "DESIGN §3",
            "Write an age as whole years (34) and a band as min-max or min+ (18-59, 60+)."),
    /** An age band that is not one of the bands of its column's band set. */
    AGE_BAND_NOT_IN_SET("age.band-not-in-set", VALUE, ERROR,
            "An age band is one of the bands of its band set (UNHCR, CTDC, ...).", "domain-standards §2.5",
            "Use one of the bands of the column's band set (the suggestion names the closest)."),
    /** A count below zero. */
    COUNT_NEGATIVE("count.negative", VALUE, ERROR,
            "A count of people is zero or more; a blank means not reported.", "domain-standards §1.4",
            "Correct the count; leave it blank when it is not reported."),
    /** A complete breakdown whose cells do not add up to its total. */
    COUNT_BREAKDOWN_MISMATCH("count.breakdown-mismatch", RECORD, ERROR,
            "A complete breakdown's cells add up to its total.", "UNHCR demographics; domain-standards §10.6",
            "Correct the cells or the total so that the cells add up to the total."),
    /** A partial breakdown whose known cells already exceed its total. */
    COUNT_BREAKDOWN_EXCEEDS_TOTAL("count.breakdown-exceeds-total", RECORD, ERROR,
            "The known cells of a partial breakdown add up to at most its total.",
            "UNHCR demographics; domain-standards §10.6",
            "Correct the cells or the total: the known cells cannot add up to more than the total."),

    // ---- identifiers
    /** An identifier that is blank, too long or contains control characters. */
    ID_MALFORMED("id.malformed", VALUE, ERROR,
            "An identifier is 1 to 128 printable characters without leading or trailing spaces.", "DESIGN §3",
            "Give an id of 1 to 128 printable characters without leading or trailing spaces."),

    // ---- record rules (one record's fields together)
    /** Dead plus missing differs from the total. */
    COUNT_TOTAL_MISMATCH("count.total-mismatch", RECORD, ERROR,
            "When the total and at least one of dead and missing are given, dead + missing equals the total "
                    + "(a blank dead or missing counts as 0 in this sum only).",
            "domain-standards §1.4",
            "Correct dead, missing or the total so that dead + missing equals the total."),
    /** Females plus males exceed the total of dead and missing. */
    COUNT_PARTIAL_EXCEEDS_TOTAL("count.partial-exceeds-total", RECORD, WARNING,
            "Females plus males do not exceed the total of dead and missing (the counts are partial and may "
                    + "overlap, so this is a warning).",
            "domain-standards §1.4",
            "Check females, males and the total of dead and missing against the source."),
    /** Children exceed the total of dead and missing. */
    COUNT_CHILDREN_EXCEED_TOTAL("count.children-exceed-total", RECORD, WARNING,
            "Children do not exceed the total of dead and missing.", "domain-standards §1.4",
            "Check the number of children and the total of dead and missing against the source."),
    /** Coordinates far from the land of the country they are reported for. */
    GEO_OUTSIDE_COUNTRY("geo.outside-country", RECORD, WARNING,
            "Coordinates lie within about 220 km (2 degrees) of the land of the country they are reported for; "
                    + "a swapped latitude and longitude or a flipped sign usually explains a miss.",
            "domain-standards §1.5; Natural Earth 1:10m admin-0 countries",
            "Check for a swapped latitude and longitude or a flipped sign, or correct the country."),
    /** A date after the day of validation. */
    DATE_IN_FUTURE("date.in-future", RECORD, ERROR,
            "A reported date is not after the day the data is validated.", "DESIGN §4",
            "Correct the date; a swapped day and month is the usual cause."),
    /** Legs not numbered in order, or departing before the previous leg. */
    LEG_OUT_OF_ORDER("leg.out-of-order", RECORD, ERROR,
            "Legs are numbered 1, 2, 3, ... in travel order and no leg departs certainly before an earlier leg "
                    + "departed or arrived.",
            "DESIGN §4",
            "Number the journey's legs 1, 2, 3 in travel order and check their dates."),
    /** A leg that does not start where the previous one ended. */
    LEG_DISCONNECTED("leg.disconnected", RECORD, ERROR,
            "Each leg starts in the country where the previous leg ended, the first leg at the journey's origin, and "
                    + "a completed journey's last leg ends at its destination.",
            "DESIGN §4",
            "Make each leg start where the previous one ended, or add the missing leg."),
    /** A leg that arrives before it departs. */
    LEG_ARRIVAL_BEFORE_DEPARTURE("leg.arrival-before-departure", RECORD, ERROR,
            "A leg arrives on or after the day it departs.", "DESIGN §4",
            "Swap the leg's departure and arrival dates, or correct the wrong one."),
    /** An unaccompanied or separated child aged 18 or more. */
    AGE_UNACCOMPANIED_ADULT("age.unaccompanied-adult", RECORD, ERROR,
            "A migrant recorded as an unaccompanied or separated child is under 18.",
            "UNHCR proGres SC-UC/SC-SC; domain-standards §2.6",
            "Correct the age, or remove the unaccompanied or separated child need code."),
    /** Age and birth year that cannot both be true. */
    AGE_BIRTH_YEAR_MISMATCH("age.birth-year-mismatch", RECORD, WARNING,
            "When both are given, age and birth year agree to within a year as of the day of validation.",
            "DESIGN §3",
            "Correct the age or the birth year; leave the one you are not sure of blank."),
    /** A return journey that ends where it started. */
    JOURNEY_RETURN_SAME_COUNTRY("journey.return-same-country", RECORD, ERROR,
            "A return journey ends in a country other than the one it started from.", "DESIGN §4",
            "Correct the origin or destination country, or the purpose if it was not a return."),
    /** Not one of the facilitations of a journey leg. */
    FACILITATION_UNKNOWN("facilitation.unknown", VALUE, ERROR,
            "A leg's facilitation is regular_carrier, self or smuggler (blank when not recorded).", "DESIGN §3",
            "Write regular_carrier, self or smuggler, or leave the cell blank."),
    /** Not one of the library's journey purposes. */
    JOURNEY_PURPOSE_UNKNOWN("journey-purpose.unknown", VALUE, ERROR,
            "A journey's purpose is migration, return, asylum, labour, family, education, transit or other "
                    + "(blank when not recorded).",
            "DESIGN §3",
            "Write one of the listed purposes, or other, or leave the cell blank."),
    /** Not one of the library's journey statuses. */
    JOURNEY_STATUS_UNKNOWN("journey-status.unknown", VALUE, ERROR,
            "A journey's status is planned, in_progress, completed or interrupted (blank when not recorded).",
            "DESIGN §3",
            "Write planned, in_progress, completed or interrupted, or leave the cell blank."),
    /** A referral without the beneficiary's consent. */
    CONSENT_MISSING_FOR_REFERRAL("consent.missing-for-referral", RECORD, ERROR,
            "A referral records that the beneficiary consented to it.",
            "Primero referral rule; IOM Data Protection Principles 4 and 5 (domain-standards §8)",
            "Record the beneficiary's consent, or do not share the referral until it is given."),
    /** A remittance whose cost exceeds the amount sent. */
    REMITTANCE_COST_EXCEEDS_AMOUNT("remittance.cost-exceeds-amount", RECORD, ERROR,
            "The cost of a remittance does not exceed the amount sent.", "SDG 10.c.1",
            "Check the cost and amount: both in the same currency, and the cost not above the amount."),
    /** Not an ISO 4217 currency code. */
    CURRENCY_UNKNOWN("currency.unknown", VALUE, ERROR, "A currency is an ISO 4217 alphabetic code such as USD.",
            "ISO 4217",
            "Write an ISO 4217 code such as USD, EUR or KES."),
    /** A remittance amount of zero or less. */
    REMITTANCE_AMOUNT_NOT_POSITIVE("remittance.amount-not-positive", VALUE, ERROR,
            "The amount of a remittance is above zero.", "SDG 10.c.1",
            "Correct the amount, or remove a record of a remittance that was not sent."),
    /** A remittance cost below zero. */
    REMITTANCE_COST_NEGATIVE("remittance.cost-negative", VALUE, ERROR,
            "The cost of a remittance is zero or more.", "SDG 10.c.1",
            "Correct the cost: write 0 when sending was free."),
    /** A source quality outside 1 to 5. */
    QUALITY_OUT_OF_RANGE("quality.out-of-range", VALUE, ERROR,
            "A Missing Migrants Project source quality is a whole number from 1 to 5.", "domain-standards §1.3",
            "Give a source quality from 1 to 5."),

    // ---- vocabularies
    /** A route name that is neither a current nor a legacy Missing Migrants Project route. */
    ROUTE_UNKNOWN("route.unknown", VALUE, WARNING,
            "A migration route is a Missing Migrants Project route name, current or legacy.",
            "domain-standards §1.3",
            "Write a Missing Migrants Project route name (the suggestion names the closest)."),
    /** A legacy route name with no current equivalent, kept as given. */
    ROUTE_LEGACY("route.legacy", VALUE, INFO,
            "A legacy Missing Migrants Project route with no current equivalent is kept as given.",
            "domain-standards §1.3",
            "Nothing needs fixing; use a current route name if you know which one applies."),
    /** Not one of the 7 Missing Migrants Project cause-of-death categories. */
    CAUSE_UNKNOWN("cause.unknown", VALUE, ERROR,
            "A cause of death category is one of the 7 Missing Migrants Project categories.",
            "domain-standards §1.3",
            "Write one of the 7 Missing Migrants Project cause categories (the suggestion names the closest)."),
    /** Not Incident, Split Incident or Cumulative Incident. */
    INCIDENT_TYPE_UNKNOWN("incident-type.unknown", VALUE, ERROR,
            "An incident type is Incident, Split Incident or Cumulative Incident.", "domain-standards §1.3",
            "Write Incident, Split Incident or Cumulative Incident."),
    /** Not a UNHCR population type code or one of the library's migrant groups. */
    POPULATION_TYPE_UNKNOWN("population-type.unknown", VALUE, ERROR,
            "A population type is a UNHCR code (REF, ASY, IDP, OIP, STA, OOC, HST, RET, RDP, RST, NAT) or migrant, "
                    + "returnee, labour migrant.",
            "domain-standards §4.1",
            "Write a UNHCR population type code such as REF or ASY, or migrant, returnee, labour migrant."),
    /** Not a UNHCR proGres specific-needs code. */
    NEED_UNKNOWN("need.unknown", VALUE, ERROR,
            "A specific need is a UNHCR proGres category (CR) or detail code (CR-CS).", "domain-standards §2.6",
            "Write a UNHCR proGres specific-needs code such as CR or CR-CS."),
    /** Not a known transport mode. */
    TRANSPORT_MODE_UNKNOWN("transport-mode.unknown", VALUE, ERROR,
            "A transport mode is one of the library's transport modes.", "DESIGN §3",
            "Write one of the library's transport modes (the suggestion names the closest)."),
    /** Not a known assistance type. */
    ASSISTANCE_TYPE_UNKNOWN("assistance-type.unknown", VALUE, ERROR,
            "An assistance type is one of the library's assistance types.", "DESIGN §3",
            "Write one of the library's assistance types (the suggestion names the closest)."),
    /** Not a known assistance status. */
    ASSISTANCE_STATUS_UNKNOWN("assistance-status.unknown", VALUE, ERROR,
            "An assistance status is planned, delivered, referred, accepted, rejected, completed or cancelled.",
            "DESIGN §3; Primero transition statuses (domain-standards §8.1)",
            "Write planned, delivered, referred, accepted, rejected, completed or cancelled."),
    /** Not a known unit of a population figure. */
    FIGURE_UNIT_UNKNOWN("figure-unit.unknown", VALUE, ERROR,
            "A population figure counts individuals or households.", "DESIGN §3; domain-standards §10.2",
            "Write individuals or households."),
    /** Not a known measure of a population figure. */
    FIGURE_MEASURE_UNKNOWN("figure-measure.unknown", VALUE, ERROR,
            "A population figure measures people present, arrived, departed, returned, detained, in need, targeted "
                    + "or reached.",
            "DESIGN §3; domain-standards §10.2",
            "Write one of the listed measures (the suggestion names the closest)."),
    /** Not a known remittance channel. */
    REMITTANCE_CHANNEL_UNKNOWN("remittance-channel.unknown", VALUE, ERROR,
            "A remittance channel is bank, money_transfer_operator, mobile_money, post_office or informal.",
            "DESIGN §3 (the library's own list); SDG 10.c.1 (domain-standards §6)",
            "Write bank, money_transfer_operator, mobile_money, post_office or informal."),
    /** Not a valid HXL hashtag specification. */
    HXL_MALFORMED("hxl.malformed", VALUE, WARNING,
            "An HXL cell is a hashtag with optional +attributes, such as #affected+f+children.",
            "HXL 1.1; domain-standards §3.1",
            "Write the tag as #hashtag+attribute, such as #affected+f+children, with no spaces."),
    /** A well-formed HXL hashtag that is neither core HXL nor one the public layouts use. */
    HXL_HASHTAG_UNKNOWN("hxl.hashtag-unknown", VALUE, INFO,
            "An HXL hashtag is a core HXL 1.1 hashtag or one of the non-core hashtags public layouts use "
                    + "(custom #x_ hashtags are allowed but reported).",
            "HXL 1.1; domain-standards §3.2",
            "Use a core HXL hashtag if one fits; a custom #x_ hashtag is fine otherwise."),
    /** A well-formed HXL attribute that is neither core HXL nor one the public layouts use. */
    HXL_ATTRIBUTE_UNKNOWN("hxl.attribute-unknown", VALUE, INFO,
            "An HXL attribute is a core HXL 1.1 attribute or one of the community attributes public layouts use.",
            "HXL 1.1; domain-standards §3.3",
            "Use a core HXL attribute if one fits; otherwise nothing to do."),
    /** Not one of the 23 GCM objectives. */
    GCM_OBJECTIVE_UNKNOWN("gcm-objective.unknown", VALUE, ERROR,
            "A GCM objective is a number from 1 to 23 or an objective's short name.", "A/RES/73/195",
            "Write a GCM objective number from 1 to 23."),
    /** Not one of the 10 GCM guiding principles. */
    GCM_PRINCIPLE_UNKNOWN("gcm-principle.unknown", VALUE, ERROR,
            "A GCM guiding principle is a letter from a to j or a principle's title.", "A/RES/73/195 para. 15",
            "Write a GCM guiding principle letter from a to j."),
    /** Not one of the SDG migration indicators. */
    SDG_INDICATOR_UNKNOWN("sdg-indicator.unknown", VALUE, ERROR,
            "An SDG migration indicator is 10.7.1, 10.7.2, 10.7.3, 10.7.4 or 10.c.1.",
            "UN SDG indicator framework",
            "Write 10.7.1, 10.7.2, 10.7.3, 10.7.4 or 10.c.1."),

    // ---- public datasets: DTM rounds, assessment types and displacement reasons, UNHCR country codes (issue 8)
    /** A data-collection round below 1. */
    ROUND_OUT_OF_RANGE("round.out-of-range", VALUE, ERROR,
            "A data-collection round is a whole number from 1.", "domain-standards §2.2 (DTM roundNumber)",
            "Write the round number, 1 or more, or leave the cell blank when the round is not known."),
    /** DTM round 0: an assessment outside the numbered rounds, read as no round. */
    ROUND_NOT_NUMBERED("round.not-numbered", VALUE, INFO,
            "A DTM round 0 (an assessment outside the numbered rounds) is read as no round; the figure is kept.",
            "domain-standards §2.2; observed in the DTM API export",
            "Nothing to fix; leave the round blank when an assessment has no number."),
    /** Not a DTM assessment type. */
    ASSESSMENT_TYPE_UNKNOWN("assessment-type.unknown", VALUE, WARNING,
            "A DTM assessment type is BA (baseline assessment), ETT (emergency/event tracking) or SA (site "
                    + "assessment).",
            "domain-standards §2.2",
            "Write BA, ETT or SA, or leave the cell blank."),
    /** Not a DTM displacement reason. */
    DISPLACEMENT_REASON_UNKNOWN("displacement-reason.unknown", VALUE, WARNING,
            "A DTM displacement reason is Conflict, Natural disaster, Insecurity or Other reason, or several of "
                    + "them joined by \"; \".",
            "domain-standards §2.2",
            "Write Conflict, Natural disaster, Insecurity or Other reason, joined by \"; \" when several apply."),
    /** A UNHCR country code that is not ISO 3166, read as its ISO3 equivalent. */
    COUNTRY_UNHCR_CODE("country.unhcr-code", VALUE, INFO,
            "A UNHCR country code that differs from ISO 3166 (GFR, ANG, GAZ, ...) is read as its ISO3 equivalent.",
            "domain-standards §4.2",
            "Nothing to fix; write the ISO3 code (DEU for GFR) to silence it."),
    /** A UNHCR country code that has no ISO 3166 country (TIB, Tibetan). */
    COUNTRY_UNHCR_CODE_NO_ISO("country.unhcr-code-no-iso", VALUE, WARNING,
            "A UNHCR origin code without an ISO 3166 country (TIB, Tibetan) leaves the figure without an origin.",
            "domain-standards §4.2",
            "Give the origin as an ISO3 code if one applies (CHN for Tibetans in China), or leave it unknown.");

    private static final Map<String, IssueCode> BY_CODE =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(IssueCode::code, Function.identity()));

    private final String code;
    private final Level level;
    private final Severity severity;
    private final String checks;
    private final String source;
    private final String fix;

    IssueCode(String code, Level level, Severity severity, String checks, String source, String fix) {
        this.code = code;
        this.level = level;
        this.severity = severity;
        this.checks = checks;
        this.source = source;
        this.fix = fix;
    }

    /**
     * Returns the stable wire form, e.g. {@code country.unknown}.
     *
     * @return the code, never blank
     */
    public String code() {
        return code;
    }

    /**
     * Returns the level the rule works at.
     *
     * @return the level
     */
    public Level level() {
        return level;
    }

    /**
     * Returns the default severity; users may override it per run.
     *
     * @return the default severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * Returns what the rule checks, as a sentence for the rule catalogue.
     *
     * @return one sentence
     */
    public String checks() {
        return checks;
    }

    /**
     * Returns where the rule comes from (a standard, a source's counting rule, or the design).
     *
     * @return the source
     */
    public String source() {
        return source;
    }

    /**
     * Returns how to fix the data that raised the issue, as a sentence a data officer can act on (the HTML report
     * and the rule catalogue show it next to {@link #checks()}).
     *
     * @return one sentence
     */
    public String fix() {
        return fix;
    }

    /**
     * Finds the issue code with the given wire form.
     *
     * @param code a code such as {@code country.unknown}
     * @return the issue code, or empty if none has that form
     */
    public static Optional<IssueCode> findByCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /**
     * Returns the issue code with the given wire form.
     *
     * @param code a code such as {@code country.unknown}
     * @return the issue code
     * @throws IllegalArgumentException if no issue code has that form
     */
    public static IssueCode ofCode(String code) {
        return findByCode(code).orElseThrow(() -> new IllegalArgumentException(
                "Unknown issue code \"" + code + "\": see RULES.md for the catalogue."));
    }

    /** Returns {@link #code()}. */
    @Override
    public String toString() {
        return code;
    }
}
