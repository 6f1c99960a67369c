package org.migrationkit.io.csv;

import java.nio.charset.Charset;

/** The options of one read, fixed once the delimiter and encoding of the input are known. */
final class Settings {
    final byte delimiter;
    /** The charset of the bytes the scanner sees: UTF-8 for UTF-8 and transcoded UTF-16 input. */
    final Charset charset;
    final boolean utf8;
    final int maxFieldChars;
    final int maxRecordChars;
    final int maxColumns;
    final int bufferSize;
    final int slowThreshold;

    Settings(byte delimiter, Charset charset, int maxFieldChars, int maxRecordChars, int maxColumns, int bufferSize,
             int slowThreshold) {
        this.delimiter = delimiter;
        this.charset = charset;
        this.utf8 = charset.name().equals("UTF-8");
        this.maxFieldChars = maxFieldChars;
        this.maxRecordChars = maxRecordChars;
        this.maxColumns = maxColumns;
        this.bufferSize = bufferSize;
        this.slowThreshold = slowThreshold;
    }
}
