/** Finding a small table's columns by header words (People, Risks). */
import type { CellValue } from "../types";
import { textOf } from "./cells";
import { normaliseHeader } from "./headers";
import { denseRow } from "./sheetGrid";

/**
 * The header row (first in 20 naming every required key) and each key's column.
 * @example findColumns(rows, { name: ["name"], capacity: ["capacity"] }, ["name"]) // { rowIndex: 0, col: { name: 0, capacity: 3 } }
 */
export function findColumns<K extends string>(
  values: CellValue[][],
  words: Record<K, string[]>,
  required: readonly K[],
): { rowIndex: number; col: Partial<Record<K, number>> } | null {
  const keys = Object.keys(words) as K[];
  for (let r = 0; r < Math.min(values.length, 20); r++) {
    const col: Partial<Record<K, number>> = {};
    denseRow(values[r]).forEach((value, c) => {
      const header = normaliseHeader(textOf(value));
      const key = keys.find((k) => words[k].includes(header));
      if (key !== undefined && col[key] === undefined) col[key] = c;
    });
    if (required.every((k) => col[k] !== undefined)) return { rowIndex: r, col };
  }
  return null;
}
