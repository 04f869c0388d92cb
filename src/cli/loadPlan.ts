/** Read a workbook file and run the engine: the first half of `check` and `consolidate`. */
import * as fs from "fs";
import { localDayOf } from "../core/days";
import { parseWorkbook } from "../core/parse";
import type { Day, ParseResult } from "../core/types";
import type ExcelJS from "exceljs";
import { loadWorkbookForWriting, readWorkbookFile } from "../xlsx/readWorkbook";
import { settingsFromFlags, type PlanFlags } from "./options";
import { UsageError, type Io } from "./program";

export interface LoadedPlan {
  parsed: ParseResult;
  /** The as-of date: --as-of, else the plan's, else today. */
  asOf: Day;
}

export interface PlanToWrite extends LoadedPlan {
  /** The whole workbook in ExcelJS, which the writer copies into its output. */
  workbook: ExcelJS.Workbook;
}

/** Progress on stderr, only when it is a terminal. */
export function progress(io: Io, step: string): void {
  if (io.progress) io.err(`${step}…\n`);
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
 * Read `file` and compute its plan with the flags applied (a macro-enabled
 * `.xlsm` plan is read like any other).
 * @example const { parsed } = loadPlan("plan.xlsx", { asOf: "2009-09-01" }, io);
 */
export function loadPlan(file: string, flags: PlanFlags, io: Io, today = new Date()): LoadedPlan {
  const { overrides } = settingsFromFlags(flags);
  if (!/\.xls[xm]$/i.test(file)) throw new UsageError(`${file}: expected an .xlsx workbook`);
  progress(io, "Reading");
  const read = readWorkbookFile(file);
  progress(io, "Computing");
  const parsed = parseWorkbook(read.input, overrides);
  return { parsed, asOf: parsed.plan.settings.asOf ?? localDayOf(today) };
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

/**
 * Several plans for a roll-up, each read without the roll-up's date so its own As of is kept.
 * @example const inputs = loadPlans(["north.xlsx", "east.xlsx"], flags, io);
 */
export function loadPlans(
  files: string[],
  flags: PlanFlags,
  io: Io,
  today = new Date(),
): { file: string; parsed: ParseResult }[] {
  return files.map((file) => ({ file, parsed: loadPlan(file, { ...flags, asOf: undefined }, io, today).parsed }));
}
