/**
 * Writing a block of cells the way Excel must be given them. Office.js parses
 * every string written through `Range.values` as if typed, with en-US rules
 * (the `Range.values` remarks; office-js #1559): `01/03/2009` becomes 3
 * January, `1.10` the number 1.1, `007` the number 7, `-3 weeks` a formula.
 * So every string cell is formatted as text (`@`) in the same batch, before
 * its value arrives; numbers and dates go as numbers.
 */
import { cellAddress } from "../core/parse";
import type { SpecValue } from "../sheets/types";
import { TEXT_FORMAT } from "../sheets/types";
import { officeBlock } from "./officeBlock";

/** A rectangle of a block, 0-based rows and columns within it. */
export interface BlockRect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * Cells grouped into few rectangles: runs down each column, then side-by-side
 * runs with the same rows joined, so a column of IDs or a header row is one operation.
 * @example rectanglesOf([[0, 0], [1, 0], [0, 1], [1, 1]]) // [{ top: 0, left: 0, bottom: 1, right: 1 }]
 */
export function rectanglesOf(cells: [number, number][]): BlockRect[] {
  const sorted = [...cells].sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  const runs: BlockRect[] = [];
  for (const [row, col] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.left === col && last.bottom === row - 1) last.bottom = row;
    else runs.push({ top: row, left: col, bottom: row, right: col });
  }
  const joined: BlockRect[] = [];
  const open = new Map<string, BlockRect>();
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const previous = open.get(key);
    if (previous && previous.right === run.left - 1) previous.right = run.left;
    else {
      const rect = { ...run };
      joined.push(rect);
      open.set(key, rect);
    }
  }
  return joined;
}

/** `B4:D9` for a rectangle of a block whose top-left cell is (row, col) of the sheet, 0-based. */
export function rectAddress(rect: BlockRect, row = 0, col = 0): string {
  const from = cellAddress("A1", row + rect.top, col + rect.left);
  const to = cellAddress("A1", row + rect.bottom, col + rect.right);
  return from === to ? from : `${from}:${to}`;
}

/** One value for every cell of a range (Office.js accepts a single value for a whole range). */
export function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}

/** Bytes one operation and its object add to a request beyond its arguments (method, path, ids). */
export const OPERATION_BYTES = 100;

/** A block ready to queue: what it will add to the request, and the queueing itself. */
export interface PreparedBlock {
  bytes: number;
  queue(sheet: Excel.Worksheet, row: number, col: number): void;
}

/**
 * Prepare `rows` for writing from a 0-based (row, col): strings text-formatted
 * first, then the values; `general` picks formula cells that need the General
 * format (a link in a text-formatted column would otherwise stay text).
 * @example const block = prepareBlock([["1.10", "Jane Smith", 39873]]); await reserve(block.bytes); block.queue(sheet, 4, 0);
 */
export function prepareBlock(
  rows: SpecValue[][],
  general: (cells: [number, number][]) => [number, number][] = () => [],
): PreparedBlock {
  const { values, textCells, formulaCells } = officeBlock(rows);
  if (values.length === 0 || values[0].length === 0) return { bytes: 0, queue: () => undefined };
  const text = rectanglesOf(textCells);
  const linked = rectanglesOf(general(formulaCells));
  const whole = { top: 0, left: 0, bottom: values.length - 1, right: values[0].length - 1 };
  const bytes = JSON.stringify(values).length + (text.length + linked.length + 1) * OPERATION_BYTES;
  return {
    bytes,
    queue(sheet, row, col) {
      for (const rect of text) setNumberFormat(sheet.getRange(rectAddress(rect, row, col)), TEXT_FORMAT);
      for (const rect of linked) setNumberFormat(sheet.getRange(rectAddress(rect, row, col)), "General");
      sheet.getRange(rectAddress(whole, row, col)).values = values;
    },
  };
}
