/**
 * Partners' plan files, chosen in the pane, read with the planner's package
 * reader (src/reader) — loaded the first time it is needed, so the pane's
 * first render does not carry it.
 */
import type { PlanFile } from "../contract/operations";

/** What the pane needs of a chosen file: a DOM File. */
export type ChosenFile = Blob & { name: string };

/** A refusal with what to do, for the pane's MessageBar. */
function refused(message: string, advice: string): Error {
  return Object.assign(new Error(message), { advice });
}

/** The file's bytes; FileReader where Blob.arrayBuffer is missing (older Office webviews). */
function bytesOf(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error("the file could not be read"));
    reader.readAsArrayBuffer(file);
  });
}

/**
 * Read each file into grids; a file that is not a workbook is refused by name, with what to do.
 * @example const files = await readPlanFiles(input.files ? [...input.files] : []);
 */
export async function readPlanFiles(chosen: readonly ChosenFile[]): Promise<PlanFile[]> {
  const { readWorkbookBytes, PackageError } = await import(/* webpackChunkName: "reader" */ "../reader/readPackage");
  const files: PlanFile[] = [];
  for (const file of chosen) {
    if (!/\.xls[xm]$/i.test(file.name)) {
      throw refused(
        `${file.name} is not an Excel workbook (.xlsx or .xlsm)`,
        "Save the partner's plan from Excel as Excel Workbook (.xlsx) and choose that file; nothing was added.",
      );
    }
    try {
      files.push({ file: file.name, input: readWorkbookBytes(new Uint8Array(await bytesOf(file))).input });
    } catch (error) {
      if (!(error instanceof PackageError)) throw error;
      throw refused(
        `${file.name} could not be read: ${error.message}`,
        "Open it in Excel, save it again as Excel Workbook (.xlsx), and choose it again; nothing was added.",
      );
    }
  }
  return files;
}
