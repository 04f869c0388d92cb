/** Reads a .xlsx file: into grids for the core, and into ExcelJS for the writers. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import { acceptOtherWriters, unstyledTablesMadeExplicit } from "./exceljsInternals";
import { WorkbookFileError, whyUnreadable } from "./fileProblems";
import { keepNamesExcelJsCannotHold } from "./keptNames";
import { PackageError, readWorkbookBytes, type ReadPackage } from "../reader/readPackage";

/**
 * Read a workbook file into grids for the core, with the package reader
 * (`package/readPackage.ts`): only values are parsed, so charts, pivots and
 * whatever else a writer put in the package cannot stop a plan being read.
 * @example const { input } = readWorkbookFile("plan.xlsx");
 */
export function readWorkbookFile(file: string): ReadPackage {
  const bytes = fileBytes(file);
  try {
    return readWorkbookBytes(bytes);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    throw new WorkbookFileError(whyUnreadable(file, error.message));
  }
}

function fileBytes(file: string): Uint8Array {
  if (!fs.existsSync(file)) throw new WorkbookFileError(`${file}: no such file`);
  if (fs.statSync(file).isDirectory()) throw new WorkbookFileError(`${file}: is a folder, expected an .xlsx file`);
  return fs.readFileSync(file);
}

/**
 * Load a workbook file into ExcelJS, for the writers that copy it into their output.
 * @example const workbook = await loadWorkbookForWriting("plan.xlsx");
 */
export async function loadWorkbookForWriting(file: string): Promise<ExcelJS.Workbook> {
  fileBytes(file);
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
  return workbook;
}
