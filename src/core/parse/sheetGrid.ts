/** A grid with its cell addresses: every reader reports problems at worksheet addresses. */
import type { CellValue, Grid } from "../types";
import { cellAddress, parseA1 } from "./a1";

/**
 * Cells of one worksheet by grid position, with their A1 addresses and rows.
 * @example new SheetGrid(grid).address(0, 0) // grid.topLeft
 */
export class SheetGrid {
  readonly sheet: string;
  readonly values: CellValue[][];
  private readonly origin: { col: number; row: number };

  constructor(private readonly grid: Grid) {
    this.sheet = grid.sheet;
    this.values = Array.isArray(grid.values) ? grid.values : [];
    this.origin = parseA1(grid.topLeft);
  }

  get rowCount(): number {
    return this.values.length;
  }

  cell(rowIndex: number, colIndex: number): CellValue {
    const row = this.values[rowIndex];
    return Array.isArray(row) ? row[colIndex] : null;
  }

  address(rowIndex: number, colIndex: number): string {
    return cellAddress(this.grid.topLeft, rowIndex, colIndex);
  }

  /** 1-based worksheet row of a grid row. */
  worksheetRow(rowIndex: number): number {
    return this.origin.row + rowIndex;
  }
}
