/** Reads a .xlsx file into grids for the core, through ExcelJS. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import type { CellValue, Grid, WorkbookInput } from "../core/types";
import { ownedSheetsOf } from "./definedNames";
import { acceptOtherWriters, unstyledTablesMadeExplicit } from "./exceljsInternals";
import { WorkbookFileError, whyUnreadable } from "./fileProblems";
import { keepNamesExcelJsCannotHold } from "./keptNames";
import { plainValue } from "./readCellValue";

/**
 * Load a workbook file (the ExcelJS object is returned too, for writers that copy it).
 * @example const { input } = await readWorkbookFile("plan.xlsx");
 */
export async function readWorkbookFile(file: string): Promise<{ input: WorkbookInput; workbook: ExcelJS.Workbook }> {
  if (!fs.existsSync(file)) throw new WorkbookFileError(`${file}: no such file`);
  if (fs.statSync(file).isDirectory()) throw new WorkbookFileError(`${file}: is a folder, expected an .xlsx file`);
  acceptOtherWriters();
  keepNamesExcelJsCannotHold();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new WorkbookFileError(whyUnreadable(file, error instanceof Error ? error.message : String(error)));
  }
  // ExcelJS reads a package with no workbook part as an empty workbook: that is not a plan file.
  if (workbook.worksheets.length === 0) throw new WorkbookFileError(whyUnreadable(file, "no worksheets"));
  unstyledTablesMadeExplicit(workbook);
  return { input: workbookInput(workbook), workbook };
}

/** Grids of every worksheet of a loaded workbook. */
export function workbookInput(workbook: ExcelJS.Workbook): WorkbookInput {
  const props = workbook.properties as { date1904?: boolean };
  const ownedSheets = ownedSheetsOf(workbook);
  return {
    grids: workbook.worksheets.map(gridOf),
    date1904: props.date1904 === true,
    ...(ownedSheets && { ownedSheets }),
  };
}

/**
 * A worksheet's cells as the core reads them: only the rows and cells that
 * exist, so a sheet with one stray cell at XFD1048576 costs one cell, not a
 * rectangle of seventeen thousand million (the core treats a missing cell as blank).
 */
export function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      // ExcelJS repeats a merged area's value in every cell of it; Excel (and Office.js) keep it in the first only.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      cells[col - 1] = plainValue(cell.value);
    });
    values[rowNumber - 1] = cells;
  });
  return { sheet: sheet.name, topLeft: "A1", values };
}
