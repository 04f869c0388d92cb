/** Create and save .xlsx workbooks rendered from specs. */
import ExcelJS from "exceljs";
import type { WorkbookSpec } from "../sheets/types";
import { compactValidations } from "./compactValidations";
import { renderWorkbookSpec } from "./renderWorkbookSpec";
import { collectWhileSaving } from "./collectWhileSaving";
import { refuseChanges, writeAtomically } from "./writeFile";

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
 * Save a workbook. The whole file is made in memory first and written under a
 * temporary name, then renamed: a failure at any step leaves neither half a
 * workbook under the real name nor a temporary file behind. `restore` puts
 * back what ExcelJS drops (xlsx/restoreParts.ts); then `changesToUser`
 * reads the bytes back first (xlsx/verifyCopy.ts): anything it reports
 * stops the save, and nothing is written.
 * @example await saveWorkbook(workbook, "out/plan.xlsx");
 */
export async function saveWorkbook(
  workbook: ExcelJS.Workbook,
  file: string,
  changesToUser: (bytes: Uint8Array) => string[] = () => [],
  restore: (bytes: Uint8Array) => Uint8Array = (bytes) => bytes,
): Promise<void> {
  compactValidations(workbook);
  // Fast deflate: a large plan writes in about half the time for a slightly bigger file.
  const bytes = await collectWhileSaving(() =>
    workbook.xlsx.writeBuffer({
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    } as ExcelJS.XlsxWriteOptions),
  );
  const written = restore(new Uint8Array(bytes as ArrayBuffer));
  refuseChanges(file, changesToUser(written));
  writeAtomically(file, written);
}
