/** A plan sheet's actions table: rows after the header, areas and objectives filled down. */
import type { HeaderField, HeaderMatch } from "./headers";
import { readActionRow, type RowAction } from "./actionRow";
import type { OwnerDirectory } from "./owners";
import type { Problems } from "./problems";
import { RowReader } from "./rowReader";
import type { SheetGrid } from "./sheetGrid";

export interface SheetContext {
  /** The area of rows that name none: the Plan sheet's name for the sheet, else the sheet's name. */
  areaName: string;
  owners: OwnerDirectory;
  problems: Problems;
  date1904: boolean;
}

/**
 * Every action below the header. A row holding only an area starts a new
 * section; an area or objective left blank repeats the one above (merged
 * cells read that way); a row with entries but no action is reported.
 * @example readActionSheet(grid, detectHeader(grid.values)!, context).length
 */
export function readActionSheet(grid: SheetGrid, header: HeaderMatch, context: SheetContext): RowAction[] {
  const columns = new Map<HeaderField, number>();
  for (const c of header.columns) if (c.field !== null) columns.set(c.field, c.index);
  const row = new RowReader(grid, columns, context.problems, context.date1904);
  const actions: RowAction[] = [];
  let area = context.areaName;
  let objective = "";
  for (const r of grid.rowIndexesFrom(header.rowIndex + 1)) {
    row.at(r);
    if (row.isEmpty()) continue;
    if (row.has("area")) {
      const named = row.text("area");
      if (named !== "" && named !== area) {
        area = named;
        objective = "";
      }
      if (row.isEmpty("area")) continue;
    }
    objective = row.text("objective") || objective;
    if (row.text("action") === "") {
      if (!row.isEmpty("action") && !isErrorCell(row)) {
        row.report(
          "action",
          "error",
          "This row has entries but no action, so it is left off the plan: type what must happen here, or clear the row.",
        );
      }
      continue;
    }
    actions.push(readActionRow(row, area, objective, context.owners));
  }
  return actions;
}

/** An error value in the action cell was already reported by `text`. */
function isErrorCell(row: RowReader): boolean {
  const value = row.raw("action");
  return typeof value === "string" && value.trim().startsWith("#");
}
