/** Read a workbook file for a writer: the plan, and the ExcelJS workbook the output is copied from. */
import type ExcelJS from "exceljs";
import * as fs from "fs";
import { loadWorkbookForWriting } from "../xlsx/loadWorkbook";
import { loadPlan, type LoadedPlan } from "./loadPlan";
import type { PlanFlags } from "./options";
import { UsageError, type Io } from "./program";

export interface PlanToWrite extends LoadedPlan {
  /** The whole workbook in ExcelJS, which the writer copies into its output. */
  workbook: ExcelJS.Workbook;
}

/** True when the package holds a VBA project (a macro workbook, whatever its name): its part name is stored uncompressed in the zip. */
function holdsMacros(file: string): boolean {
  try {
    return fs.readFileSync(file).includes("xl/vbaProject.bin");
  } catch {
    return false;
  }
}

/**
 * Read `file` for a writer: the plan, and the workbook the output is copied from.
 * A macro workbook is refused: the file writer cannot yet carry its macros.
 * @example const { workbook } = await loadPlanToWrite("plan.xlsx", {}, io);
 */
export async function loadPlanToWrite(
  file: string,
  flags: PlanFlags,
  io: Io,
  today = new Date(),
): Promise<PlanToWrite> {
  if (/\.xlsm$/i.test(file) || holdsMacros(file)) {
    throw new UsageError(
      `${file}: is a macro-enabled workbook; implan consolidate cannot yet write one back without losing its macros — consolidate it with the add-in inside Excel, or save a copy as .xlsx (implan check reads it as it is)`,
    );
  }
  const loaded = loadPlan(file, flags, io, today);
  return { ...loaded, workbook: await loadWorkbookForWriting(file) };
}
