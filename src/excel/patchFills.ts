/** Filling a missing action ID into a user's plan sheet: only into a cell still blank, always as text. */
import { parseA1 } from "../core/parse";
import type { SheetPatch } from "../sheets/types";
import type { SheetRead } from "./readWorkbook";
import { prepareBlock } from "./writeBlock";

/**
 * Queue the ID fills of a patch; a cell typed into since the plan was read keeps what the user typed.
 * @example queueFills(read, [{ cell: "A7", value: "W3" }])
 */
export function queueFills(s: SheetRead, fills: SheetPatch["fills"]): void {
  for (const fill of fills) {
    if (!isBlankAt(s, fill.cell)) continue;
    const at = parseA1(fill.cell);
    prepareBlock([[fill.value]]).queue(s.sheet, at.row - 1, at.col);
  }
}

/** Never over a value: the grid is what was read. */
function isBlankAt(s: SheetRead, cell: string): boolean {
  if (!s.grid) return true;
  const origin = parseA1(s.grid.topLeft);
  const at = parseA1(cell);
  const value = s.grid.values[at.row - origin.row]?.[at.col - origin.col];
  return value === null || value === undefined || value === "";
}
