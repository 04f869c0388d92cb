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
  keepCarriageReturns(workbook);
  return workbook;
}

/**
 * Text with a carriage return (`\r\n`, as pasted text often has) kept as
 * typed. XML turns a raw `\r\n` into `\n` on reading, so Excel stores the
 * `\r` escaped as `_x000D_`; ExcelJS reads the escape but writes the raw
 * character back. Written as the escape, it reads back as it was.
 * @example keepCarriageReturns(workbook); // "a\r\nb" is saved as "a_x000D_\nb"
 */
function keepCarriageReturns(workbook: ExcelJS.Workbook): void {
  const escaped = (text: string) => text.replace(/\r/g, "_x000D_");
  for (const sheet of workbook.worksheets) {
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        const value = cell.value;
        if (typeof value === "string" && value.includes("\r")) cell.value = escaped(value);
        else if (
          value &&
          typeof value === "object" &&
          "richText" in value &&
          value.richText.some((r) => r.text.includes("\r"))
        ) {
          cell.value = { richText: value.richText.map((r) => ({ ...r, text: escaped(r.text) })) };
        }
      }),
    );
  }
}
