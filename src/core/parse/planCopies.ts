/**
 * Recognise a partner's plan copied into a consortium workbook by its source
 * columns (`rules/planCopy.ts`) on the header row, and read which plan it is,
 * from which file, and when it was read — from its first action row, or the
 * sheet's name when the plan had no actions.
 */
import { PLAN_COPY_SOURCE_HEADERS } from "../rules/planCopy";
import type { PlanCopy } from "../types";
import { textOf } from "./cells";
import { readDateCell } from "./dates";
import type { SheetGrid } from "./sheetGrid";

/**
 * The copy a sheet holds, or null when its header row lacks the source columns.
 * @example readPlanCopy(grid, 0, false)?.plan // "Eastside"
 */
export function readPlanCopy(grid: SheetGrid, headerRow: number, date1904: boolean): PlanCopy | null {
  const width = grid.values[headerRow]?.length ?? 0;
  const first = PLAN_COPY_SOURCE_HEADERS[0];
  let at = -1;
  for (let c = 0; c < width && at < 0; c++) {
    if (textOf(grid.cell(headerRow, c)) !== first) continue;
    if (PLAN_COPY_SOURCE_HEADERS.every((h, i) => textOf(grid.cell(headerRow, c + i)) === h)) at = c;
  }
  if (at < 0) return null;
  const row = headerRow + 1;
  const day = (offset: number) => {
    const read = readDateCell(grid.cell(row, at + offset), date1904);
    return read.kind === "day" ? read.day : null;
  };
  return {
    plan: textOf(grid.cell(row, at)) || grid.sheet,
    sheet: grid.sheet,
    file: textOf(grid.cell(row, at + 2)),
    planAsOf: day(1),
    read: day(5),
    readCell: grid.address(row, at + 5),
  };
}
