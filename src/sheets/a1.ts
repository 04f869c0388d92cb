/** A1-style helpers for building sheet specs (0-based indexes in, A1 text out). */
import { colLetters, quotedSheetName } from "../core/parse";

/**
 * Column letters of a 0-based column index (the core's reading of addresses, shared).
 * @example columnLetters(0) // "A"; columnLetters(26) // "AA"
 */
export const columnLetters = colLetters;

/**
 * A1 address of a 0-based column and a 1-based row.
 * @example cellA1(2, 7) // "C7"
 */
export function cellA1(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}

/** A sheet name as it must appear in a formula: quoted, quotes doubled (the core's rule). */
export const sheetRef = quotedSheetName;

/**
 * Absolute reference to a block on a sheet.
 * @example absoluteRange("Load", 0, 5, 0, 9) // "'Load'!$A$5:$A$9"
 */
export function absoluteRange(sheet: string, col1: number, row1: number, col2: number, row2: number): string {
  const from = `$${columnLetters(col1)}$${row1}`;
  const to = `$${columnLetters(col2)}$${row2}`;
  return `${sheetRef(sheet)}!${from === to ? from : `${from}:${to}`}`;
}

/** A string literal for a formula, with quotes doubled. */
export function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** The last row a whole-column rule reaches (Excel's sheet height). */
export const LAST_ROW = 1048576;
