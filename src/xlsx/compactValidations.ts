/**
 * ExcelJS reads each validation range as one entry per cell (500 rows × 21
 * columns × 30 area sheets is hundreds of thousands of entries) and squeezes
 * them back cell by cell when writing, which dominates writing a large plan.
 * Cells that share one validation object came from one range: put the range
 * back as a single entry whenever they fill a rectangle exactly.
 */
import type ExcelJS from "exceljs";
import { cellA1 } from "../sheets/a1";
import { decodeA1 } from "./address";
import { validationsOf, type ValidationModel } from "./exceljsInternals";

/** Regroup the per-cell validations of every sheet into their ranges (nothing else changes). */
export function compactValidations(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) compactSheet(sheet);
}

function compactSheet(sheet: ExcelJS.Worksheet): void {
  const store = validationsOf(sheet);
  const groups = new Map<ValidationModel, string[]>();
  for (const [address, validation] of Object.entries(store.model)) {
    if (!validation || address.includes(":")) continue;
    const list = groups.get(validation);
    if (list) list.push(address);
    else groups.set(validation, [address]);
  }
  for (const [validation, addresses] of groups) {
    if (addresses.length < 2) continue;
    let [top, bottom, left, right] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const address of addresses) {
      const { row, col } = decodeA1(address);
      top = Math.min(top, row);
      bottom = Math.max(bottom, row);
      left = Math.min(left, col);
      right = Math.max(right, col);
    }
    // Only an exact rectangle is one range (a list such as "E4:L9 N4:U9" stays as it was read).
    if ((bottom - top + 1) * (right - left + 1) !== addresses.length) continue;
    for (const address of addresses) delete store.model[address];
    store.model[`${cellA1(left - 1, top)}:${cellA1(right - 1, bottom)}`] = validation;
  }
}
