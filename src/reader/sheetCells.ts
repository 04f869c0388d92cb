/**
 * A worksheet part's cells as the core reads them, streamed: only
 * `<sheetData>` is looked at, and only cells holding a value are kept (a
 * styled blank costs nothing; one stray value at XFD1048576 costs one cell).
 * Values are what Office.js's `Range.values` gives: numbers (dates as
 * serials), text, booleans, error text such as `#N/A`, a formula's cached
 * result, blank where a formula has none.
 */
import type { CellValue } from "../core/types";
import { parseXml, unescapeText } from "./xmlEvents";

/** Where a cell is, from `B12`: zero-based row and column, or null when the reference is not a cell. */
function positionOf(reference: string): { row: number; col: number } | null {
  let col = 0;
  let row = 0;
  let i = reference.charCodeAt(0) === 36 ? 1 : 0; // $
  for (; i < reference.length; i++) {
    const c = reference.charCodeAt(i) & ~32; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  if (col === 0 || col > 16_384) return null;
  if (reference.charCodeAt(i) === 36) i++;
  const digits = i;
  for (; i < reference.length; i++) {
    const d = reference.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    row = row * 10 + d;
  }
  return i > digits && row > 0 ? { row: row - 1, col: col - 1 } : null;
}

/** The value of one `<c>` from its type and the text of its `<v>` (or inline string). */
function valueOf(type: string, text: string | null, inline: string | null, shared: readonly string[]): CellValue {
  switch (type) {
    case "inlineStr":
      return inline === null ? (text === null ? null : unescapeText(text)) : unescapeText(inline);
    case "s": {
      if (text === null) return null;
      return shared[Number(text.trim())] ?? null;
    }
    case "str":
      return text === null ? null : unescapeText(text);
    case "b":
      return text === null ? null : text.trim() === "1" || text.trim().toLowerCase() === "true";
    case "e":
      return text === null ? null : text.trim();
    case "d": {
      if (text === null) return null;
      const date = new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(text.trim()) ? text.trim() : `${text.trim()}Z`);
      return Number.isNaN(date.getTime()) ? text : date;
    }
    default: {
      if (text === null || text.trim() === "") return null;
      const n = Number(text);
      return Number.isFinite(n) ? n : text;
    }
  }
}

/** A worksheet as read: its values, which of them are formulas' results, and its protection. */
export interface SheetCells {
  rows: CellValue[][];
  /** Cells holding a formula, as `row * 16384 + column` (zero-based). */
  formulas: Set<number>;
  /** The `<sheetProtection>` attributes as stored, or null when the sheet is not protected. */
  protection: Record<string, string> | null;
}

/**
 * Read the cells of a worksheet part into rows (sparse: missing rows and cells are blank).
 * @example readSheetCells(bytes, "xl/worksheets/sheet1.xml", shared).rows[0][0] // "Area"
 */
export function readSheetCells(bytes: Uint8Array, part: string, shared: readonly string[]): SheetCells {
  const rows: CellValue[][] = [];
  const formulas = new Set<number>();
  let protection: Record<string, string> | null = null;
  let formula = false;
  let inData = false;
  let row = -1;
  let col = -1;
  let type = "n";
  let text: string | null = null;
  let inline: string | null = null;
  /** What the text event feeds: the `<v>`, an inline `<t>` outside phonetic runs, or nothing. */
  let sink: "v" | "t" | null = null;
  let phonetic = 0;
  parseXml(bytes, part, {
    open(element, a) {
      if (element === "sheetData") inData = true;
      if (element === "sheetProtection") protection = { ...a };
      if (!inData) return;
      if (element === "row") {
        const r = a.r === undefined ? NaN : Number(a.r);
        row = Number.isInteger(r) && r > 0 ? r - 1 : row + 1;
        col = -1;
      } else if (element === "c") {
        const at = a.r === undefined ? null : positionOf(a.r);
        if (at) {
          row = at.row;
          col = at.col;
        } else col++;
        type = a.t ?? "n";
        text = null;
        inline = null;
        formula = false;
      } else if (element === "v") {
        sink = "v";
        text = "";
      } else if (element === "f") formula = true;
      else if (element === "rPh") phonetic++;
      else if (element === "t" && phonetic === 0) {
        sink = "t";
        inline ??= "";
      }
    },
    text(chunk) {
      if (sink === "v") text += chunk;
      else if (sink === "t") inline += chunk;
    },
    close(element) {
      if (element === "v" || element === "t") sink = null;
      else if (element === "rPh") phonetic--;
      else if (element === "sheetData") inData = false;
      else if (element === "c" && inData) {
        const value = valueOf(type, text, inline, shared);
        if (value !== null && row >= 0 && col >= 0) (rows[row] ??= [])[col] = value;
        if (formula && row >= 0 && col >= 0) formulas.add(row * 16_384 + col);
      }
    },
  });
  return { rows, formulas, protection };
}
