/**
 * A baseline into a file: appended below the Baseline sheet's last row (the
 * earlier baselines and any edits to them stay exactly as they are), or a
 * new Baseline sheet when there is none. A sheet of the user's called
 * Baseline is theirs: the planner's then gets another name.
 */
import type ExcelJS from "exceljs";
import { BASELINE_KIND, isOwnedTitle } from "../core/rules/ownedMark";
import { BASELINE_HEADER_ROW, baselineNumberFormat, newBaselineSheet } from "../sheets/baselineSheet";
import { safeSheetName } from "../sheets/sheetNames";
import type { SpecValue } from "../sheets/types";
import { addSpecSheet } from "./renderWorkbookSpec";
import { writeValue } from "./writeCellValue";

/**
 * Append one baseline's rows; the sheet they went to.
 * @example appendBaseline(workbook, baselineRows(snapshot, asOf, serialOf)) // "Baseline"
 */
export function appendBaseline(workbook: ExcelJS.Workbook, rows: SpecValue[][]): string {
  const sheet = baselineSheetOf(workbook);
  if (!sheet) {
    const name = safeSheetName(
      BASELINE_KIND,
      workbook.worksheets.map((s) => s.name),
    );
    return addSpecSheet(workbook, newBaselineSheet(name, rows)).name;
  }
  let at = Math.max(sheet.actualRowCount > 0 ? lastUsedRow(sheet) : 0, BASELINE_HEADER_ROW) + 1;
  for (const row of rows) {
    row.forEach((value, c) => {
      const cell = sheet.getCell(at, c + 1);
      writeValue(cell, value);
      const format = baselineNumberFormat(c);
      if (format) cell.numFmt = format;
    });
    at++;
  }
  return sheet.name;
}

/** The planner's Baseline sheet (by its A1 title, whatever it is called), if the workbook has one. */
export function baselineSheetOf(workbook: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return workbook.worksheets.find((s) => isOwnedTitle(s.getCell("A1").value, BASELINE_KIND));
}

function lastUsedRow(sheet: ExcelJS.Worksheet): number {
  let last = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    if (row.values && (row.values as unknown[]).some((v) => v !== null && v !== undefined && v !== ""))
      last = row.number;
  });
  return last;
}
