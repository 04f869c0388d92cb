/** Read a workbook file for a writer: the plan, and the ExcelJS workbook the output is copied from. */
import type ExcelJS from "exceljs";
import * as fs from "fs";
import { loadWorkbookForWriting } from "../xlsx/loadWorkbook";
import { inventory, type PackageInventory } from "../xlsx/uncarriedParts";
import { loadPlan, type LoadedPlan } from "./loadPlan";
import type { PlanFlags } from "./options";
import { UsageError, type Io } from "./program";

export interface PlanToWrite extends LoadedPlan {
  /** The whole workbook in ExcelJS, which the writer copies into its output. */
  workbook: ExcelJS.Workbook;
  /** What the user should know about the copy (what is not carried over). */
  notes: string[];
}

/** What writing the file back would lose; an unreadable file is left for the reader to explain. */
function packageInventory(file: string): PackageInventory {
  try {
    return inventory(fs.readFileSync(file));
  } catch {
    return { lost: [], printerSettings: 0 };
  }
}

/**
 * Read `file` for a writer: the plan, and the workbook the output is copied from.
 * A workbook holding what the file writer cannot carry (macros, charts, pivot
 * tables…: xlsx/uncarriedParts.ts) is refused, naming it, before anything is written.
 * @example const { workbook } = await loadPlanToWrite("plan.xlsx", {}, io);
 */
export async function loadPlanToWrite(
  file: string,
  flags: PlanFlags,
  io: Io,
  today = new Date(),
): Promise<PlanToWrite> {
  const { lost, printerSettings } = packageInventory(file);
  if (/\.xlsm$/i.test(file) || lost.some((l) => l.startsWith("macros"))) {
    throw new UsageError(
      `${file}: is a macro-enabled workbook; implan consolidate cannot yet write one back without losing its macros — consolidate it with the add-in inside Excel, or save a copy as .xlsx (implan check reads it as it is)`,
    );
  }
  if (lost.length > 0) {
    throw new UsageError(
      `${file}: holds what implan cannot yet write back without losing it — ${lost.join("; ")} — so nothing was written. ` +
        "Consolidate it with the add-in inside Excel, which keeps everything; implan check reads it as it is.",
    );
  }
  const loaded = loadPlan(file, flags, io, today);
  const notes =
    printerSettings > 0
      ? [
          `The printer chosen for ${printerSettings} sheet${printerSettings === 1 ? "" : "s"} is not carried over (page set-up is): Excel asks for a printer the first time the output is printed.`,
        ]
      : [];
  return { ...loaded, workbook: await loadWorkbookForWriting(file, loaded.read.names), notes };
}
