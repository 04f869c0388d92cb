/** A grid with its cell addresses: every reader reports problems at worksheet addresses. */
import type { CellValue, Grid } from "../types";
import { colLetters, parseA1 } from "./a1";

/**
 * Cells of one worksheet by grid position, with their A1 addresses and rows.
 * @example new SheetGrid(grid).address(0, 0) // grid.topLeft
 */
export class SheetGrid {
  readonly sheet: string;
  readonly values: CellValue[][];
  private readonly origin: { col: number; row: number };
  /** Column letters by grid column, made once: addresses are built for every cell read. */
  private readonly letters: string[] = [];

  constructor(grid: Grid) {
    this.sheet = grid.sheet;
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.origin = parseA1(typeof grid.topLeft === "string" ? grid.topLeft : "A1");
  }

  get rowCount(): number {
    return this.values.length;
  }

  cell(rowIndex: number, colIndex: number): CellValue {
    const row = this.values[rowIndex];
    return Array.isArray(row) ? (row[colIndex] ?? null) : null;
  }

  address(rowIndex: number, colIndex: number): string {
    let letters = this.letters[colIndex];
    if (letters === undefined) letters = this.letters[colIndex] = colLetters(this.origin.col + colIndex);
    return `${letters}${this.origin.row + rowIndex}`;
  }

  /**
   * The rows that exist from `from` on, in order: every row of a dense grid,
   * only the stored ones of a sparse grid (a stray cell a million rows down
   * adds one row to walk, not a million).
   * @example grid.rowIndexesFrom(header.rowIndex + 1)
   */
  rowIndexesFrom(from: number): number[] {
    const out: number[] = [];
    // A missing row costs one comparison; only stored rows are handed on to be read.
    for (let r = Math.max(0, from); r < this.values.length; r++) if (this.values[r] !== undefined) out.push(r);
    return out;
  }

  /** A row's cells as a dense list, blanks as null (rows of sparse sheets may be short or have holes). */
  row(rowIndex: number): CellValue[] {
    return denseRow(this.values[rowIndex]);
  }

  /** 1-based worksheet row of a grid row. */
  worksheetRow(rowIndex: number): number {
    return this.origin.row + rowIndex;
  }
}

/**
 * A grid row with every cell present, blanks as null: a missing row is empty.
 * @example denseRow([, "ID"]) // [null, "ID"]
 */
export function denseRow(row: CellValue[] | undefined): CellValue[] {
  return Array.isArray(row) ? Array.from(row, (value) => value ?? null) : [];
}
