/**
 * The parts of a used range that hold cells. One stray value at XFD1048576
 * makes a sheet's used range seventeen thousand million cells; read row by
 * row that is millions of round trips. Halving the range and asking each half
 * for its own used range (ExcelApi 1.4's `Range.getUsedRangeOrNullObject`)
 * finds the plan and the stray cell in a few trips, whatever lies between.
 */
import { parseA1 } from "../core/parse/a1";
import type { Session } from "./session";

/** Blocks at most this large are read as they are (in row chunks); larger ones are halved again. */
export const BLOCK_CELLS = 1_000_000;

export interface Block {
  range: Excel.Range;
  /** 0-based offsets of the block from the used range's top-left cell. */
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/**
 * Split a loaded used range (address, rowCount, columnCount) into blocks that
 * hold all its values, each at most BLOCK_CELLS cells: one sync per halving.
 * @example const blocks = await usedBlocks(session, used); // [{ row: 0, col: 0, rows: 7, cols: 7, … }, { row: 1048575, … }]
 */
export async function usedBlocks(session: Session, used: Excel.Range): Promise<Block[]> {
  const origin = cornerOf(used.address);
  const done: Block[] = [];
  let pending: Excel.Range[] = [used];
  while (pending.length > 0) {
    const halves: Excel.Range[] = [];
    for (const range of pending) {
      if (range.rowCount * range.columnCount <= BLOCK_CELLS) {
        const at = cornerOf(range.address);
        done.push({
          range,
          row: at.row - origin.row,
          col: at.col - origin.col,
          rows: range.rowCount,
          cols: range.columnCount,
        });
        continue;
      }
      const byRows = range.rowCount > 1;
      const size = byRows ? range.rowCount : range.columnCount;
      const first = Math.floor(size / 2);
      const parts = byRows
        ? [
            range.getCell(0, 0).getResizedRange(first - 1, range.columnCount - 1),
            range.getCell(first, 0).getResizedRange(size - first - 1, range.columnCount - 1),
          ]
        : [
            range.getCell(0, 0).getResizedRange(range.rowCount - 1, first - 1),
            range.getCell(0, first).getResizedRange(range.rowCount - 1, size - first - 1),
          ];
      for (const part of parts) halves.push(part.getUsedRangeOrNullObject(true).load("address,rowCount,columnCount"));
    }
    if (halves.length > 0) await session.sync();
    pending = halves.filter((h) => !h.isNullObject);
  }
  return done;
}

/** Row and column of an address's top-left cell, e.g. "'My sheet'!C4:F20" → { row: 4, col: 2 }. */
function cornerOf(address: string): { row: number; col: number } {
  return parseA1(address.slice(address.lastIndexOf("!") + 1).split(":")[0]);
}
