/**
 * Reading CSV at the level of bytes: RFC 4180 records and fields as slices of a buffer, with every problem of the
 * input located and reported, never thrown, and parallel reading of files with results identical to a serial read.
 *
 * <p>Entry point: {@link org.migrationkit.io.csv.CsvReader#builder()}; an open input is
 * {@link org.migrationkit.io.csv.CsvRecords} ({@link org.migrationkit.io.csv.CsvHeader}, then
 * {@link org.migrationkit.io.csv.CsvRecord}s), a finished read a {@link org.migrationkit.io.csv.CsvSummary}.
 *
 * <p>Typed reading: {@link org.migrationkit.io.csv.CsvTableReader#builder(Class)} reads an entity's table into
 * records, one {@link org.migrationkit.io.ReadResult} per data record ({@link org.migrationkit.io.csv.CsvTableRecords}),
 * matching the header to the table schema and typing the cells on their bytes, on the range workers of a parallel
 * read.
 *
 * <p>Writing: {@link org.migrationkit.io.csv.CsvTableWriter} writes an entity's table (header, optional HXL row, rows)
 * through {@link org.migrationkit.io.csv.CsvWriter}, which neutralises formula injection by default.
 */
@NullMarked
package org.migrationkit.io.csv;

import org.jspecify.annotations.NullMarked;
