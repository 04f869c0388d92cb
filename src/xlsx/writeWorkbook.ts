/** Create and save .xlsx workbooks rendered from specs. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import type { WorkbookSpec } from "../sheets/types";
import { compactValidations } from "./compactValidations";
import { renderWorkbookSpec } from "./renderWorkbookSpec";
import { collectWhileSaving } from "./collectWhileSaving";
import { WorkbookFileError, whyUnwritable } from "./fileProblems";

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

/**
 * Write `bytes` to `file` under a temporary name, then rename: a failure leaves
 * neither half a file under the real name nor the temporary one behind.
 * @example writeAtomically("out/plan.xlsx", bytes)
 */
export function writeAtomically(file: string, bytes: Uint8Array): void {
  const partial = `${file}.partial-${process.pid}`;
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    fs.writeFileSync(partial, bytes);
    fs.renameSync(partial, file);
  } catch (error) {
    throw new WorkbookFileError(whyUnwritable(file, error));
  } finally {
    if (fs.existsSync(partial)) fs.rmSync(partial, { force: true });
  }
}

/**
 * Stop a write that would change what is the user's, naming the changes.
 * @example refuseChanges("out.xlsx", []) // nothing happens
 */
export function refuseChanges(file: string, changes: readonly string[]): void {
  if (changes.length === 0) return;
  throw new WorkbookFileError(
    `${file}: not written — writing the plan back would change what is yours: ${changes.join("; ")}. ` +
      "Consolidate it with the add-in inside Excel, which changes only what the planner owns.",
  );
}
