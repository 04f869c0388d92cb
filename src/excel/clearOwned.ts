/**
 * Emptying an owned sheet before it is written again, without deleting it:
 * `Worksheet.delete` cannot be undone and clears the user's undo history
 * ("Undo capabilities", Excel add-ins docs), and it turns every reference to
 * the sheet into #REF!. `Range.clear` leaves rules, validation, merges,
 * hidden columns, freeze panes, tables, charts and notes, so each goes by its
 * own call. Only the planner's own charts go: a chart the user put on the
 * sheet stays.
 */
import { NAME_PREFIX } from "../sheets/marks";
import type { SheetRead } from "./readWorkbook";
import { prepareBlock } from "./writeBlock";

/**
 * Queue the clearing of an owned sheet read with its parts loaded. A1 is
 * written with `mark` first and never cleared, so whenever a failure stops
 * the batch the sheet still says it is the planner's (and unfinished).
 * @example clearOwnedSheet(read.sheets.find((s) => s.owned)!, incompleteTitle(title))
 */
export function clearOwnedSheet(owned: SheetRead, mark: string): void {
  const { sheet, parts } = owned;
  prepareBlock([[mark]]).queue(sheet, 0, 0);
  if (parts) {
    for (const table of parts.tables.items) table.delete();
    for (const chart of parts.charts.items) if (chart.name.startsWith(NAME_PREFIX)) chart.delete();
    for (const note of parts.notes?.items ?? []) note.delete();
  }
  const all = sheet.getRange();
  all.conditionalFormats.clearAll();
  all.dataValidation.clear();
  all.unmerge();
  sheet.getRange("B1:XFD1").clear();
  sheet.getRange("A2:XFD1048576").clear();
  all.columnHidden = false;
  sheet.freezePanes.unfreeze();
}
