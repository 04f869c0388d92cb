/** Reads a .xlsx file into grids for the core, through ExcelJS. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import type { CellValue, Grid, WorkbookInput } from "../core/types";
import { plainValue } from "./readCellValue";

/** A file that cannot be read as a workbook: the CLI turns it into exit code 2. */
export class WorkbookReadError extends Error {}

/**
 * Load a workbook file (the ExcelJS object is returned too, for writers that copy it).
 * @example const { input } = await readWorkbookFile("plan.xlsx");
 */
export async function readWorkbookFile(file: string): Promise<{ input: WorkbookInput; workbook: ExcelJS.Workbook }> {
  if (!fs.existsSync(file)) throw new WorkbookReadError(`${file}: no such file`);
  if (fs.statSync(file).isDirectory()) throw new WorkbookReadError(`${file}: is a folder, expected an .xlsx file`);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new WorkbookReadError(`${file}: not a readable .xlsx workbook (${reason})`);
  }
  return { input: workbookInput(workbook), workbook };
}

/** Grids of every worksheet of a loaded workbook. */
export function workbookInput(workbook: ExcelJS.Workbook): WorkbookInput {
  const props = workbook.properties as { date1904?: boolean };
  return { grids: workbook.worksheets.map(gridOf), date1904: props.date1904 === true };
}

/** A worksheet's cells from A1 to its last used row and column. */
export function gridOf(sheet: ExcelJS.Worksheet): Grid {
  const values: CellValue[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      cells[col - 1] = plainValue(cell.value);
    });
    values[rowNumber - 1] = cells;
    width = Math.max(width, cells.length);
  });
  // Dense rows of equal width, blanks as null, like Office.js's used range.
  const dense = Array.from({ length: values.length }, (_, r) => {
    const row = values[r] ?? [];
    return Array.from({ length: width }, (_, c) => row[c] ?? null);
  });
  return { sheet: sheet.name, topLeft: "A1", values: dense };
}
