/** Loads a .xlsx file into ExcelJS, for the writers that copy it into their output. */
import ExcelJS from "exceljs";
import { acceptOtherWriters, unstyledTablesMadeExplicit } from "./exceljsInternals";
import { WorkbookFileError, whyUnreadable } from "./fileProblems";
import { keepNamesExcelJsCannotHold } from "./keptNames";
import { keepPrintAreas } from "./pageSetup";
import { fileBytes } from "./readWorkbook";

/**
 * Load a workbook file into ExcelJS, for the writers that copy it into their output.
 * @example const workbook = await loadWorkbookForWriting("plan.xlsx");
 */
export async function loadWorkbookForWriting(
  file: string,
  names: readonly { name: string; formula: string; localSheetId: number | null }[] = [],
): Promise<ExcelJS.Workbook> {
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
  keepPrintAreas(workbook, names);
  return workbook;
}
