/** Create and save .xlsx workbooks rendered from specs. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { WorkbookSpec } from "../sheets/types";
import { compactValidations } from "./compactValidations";
import { renderWorkbookSpec } from "./renderWorkbookSpec";
import { collectWhileSaving } from "./collectWhileSaving";

/**
 * A new workbook holding a spec (the template, the demo plan).
 * @example const wb = newWorkbook(templateWorkbook(options));
 */
export function newWorkbook(spec: WorkbookSpec, created: Date = new Date()): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Implementation Planner";
  workbook.created = created;
  workbook.modified = created;
  workbook.calcProperties = { fullCalcOnLoad: true };
  renderWorkbookSpec(workbook, spec);
  return workbook;
}

/**
 * Save a workbook, creating its folder; written to a temporary file first so
 * a failure never leaves half a workbook under the real name.
 */
export async function saveWorkbook(workbook: ExcelJS.Workbook, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  compactValidations(workbook);
  try {
    // Fast deflate: a large plan writes in about half the time for a slightly bigger file.
    await collectWhileSaving(() =>
      workbook.xlsx.writeFile(partial, {
        zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
      } as ExcelJS.XlsxWriteOptions),
    );
    fs.renameSync(partial, file);
  } finally {
    if (fs.existsSync(partial)) fs.rmSync(partial);
  }
}
