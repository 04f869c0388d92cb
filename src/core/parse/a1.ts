/** A1 addresses: the only way problems and actions point at their cells. */

/**
 * Column letters of a 0-based column index.
 * @example colLetters(0) // "A"; colLetters(27) // "AB"
 */
export function colLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/**
 * The 0-based column and 1-based row of an A1 address (`$` allowed).
 * @example parseA1("C4") // { col: 2, row: 4 }
 */
export function parseA1(address: string): { col: number; row: number } {
  return readA1(address) ?? { col: 0, row: 1 };
}

/**
 * The 0-based column and 1-based row of an A1 address (`$` allowed), or null when it is not one.
 * @example readA1("$AB$10") // { col: 27, row: 10 }; readA1("Total") // null
 */
export function readA1(address: string): { col: number; row: number } | null {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) return null;
  let col = 0;
  for (const ch of match[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { col: col - 1, row: Number(match[2]) };
}

/**
 * The address of the cell at (rowIndex, colIndex) of a grid whose top-left is `topLeft`.
 * @example cellAddress("B3", 0, 1) // "C3"
 */
export function cellAddress(topLeft: string, rowIndex: number, colIndex: number): string {
  const origin = parseA1(topLeft);
  return `${colLetters(origin.col + colIndex)}${origin.row + rowIndex}`;
}

/** Names Excel writes without quotes: a letter or underscore, then letters, digits, `_` and `.`, and not a cell address. */
const PLAIN_SHEET_NAME = /^[\p{L}_][\p{L}\p{N}_.]*$/u;
const LOOKS_LIKE_A_CELL = /^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[Rr]|[Cc])$/;

/**
 * A sheet name as Excel shows it in a reference: quoted (quotes doubled) only where Excel would quote it.
 * @example sheetReference("Load") // "Load"; sheetReference("Information, advice") // "'Information, advice'"
 */
export function sheetReference(name: string): string {
  if (PLAIN_SHEET_NAME.test(name) && !LOOKS_LIKE_A_CELL.test(name)) return name;
  return quotedSheetName(name);
}

/**
 * A sheet name always quoted, quotes doubled: valid in any formula or link target.
 * @example quotedSheetName("Bob's plan") // "'Bob''s plan'"
 */
export function quotedSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * A cell on a sheet as Excel writes it.
 * @example cellReference("Workforce planning", "T5") // "'Workforce planning'!T5"
 */
export function cellReference(sheet: string, cell: string): string {
  return `${sheetReference(sheet)}!${cell}`;
}

/**
 * The sheet a reference points at, quotes undone; null when it names none.
 * @example sheetOfReference("='Dev''s plan'!$A$1") // "Dev's plan"
 */
export function sheetOfReference(reference: string): string | null {
  const match = /^=?(?:'((?:[^']|'')+)'|([^!']+))!/.exec(reference);
  return match?.[1]?.replace(/''/g, "'") ?? match?.[2] ?? null;
}
