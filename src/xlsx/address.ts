/** A1 addresses as ExcelJS's 1-based row and column numbers (the core reads them), without creating cells to ask. */
import { readA1 } from "../core/parse";

/**
 * 1-based row and column of an A1 address (`$` allowed).
 * @example decodeA1("C7") // { row: 7, col: 3 }
 */
export function decodeA1(address: string): { row: number; col: number } {
  const at = readA1(address);
  if (!at) throw new Error(`Not a cell address: ${address}`);
  return { row: at.row, col: at.col + 1 };
}

/**
 * Corners of an A1 range (a single cell is its own range).
 * @example decodeRange("A3:U40") // { top: 3, left: 1, bottom: 40, right: 21 }
 */
export function decodeRange(range: string): { top: number; left: number; bottom: number; right: number } {
  const [from, to] = range.split(":");
  const a = decodeA1(from);
  const b = decodeA1(to ?? from);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
