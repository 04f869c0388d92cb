/** Read a workbook file and run the engine: the first half of `check` and `consolidate`. */
import * as fs from "fs";
import { localDayOf } from "../core/days";
import { parseWorkbook } from "../core/parse";
import type { Day, ParseResult } from "../core/types";
import type ExcelJS from "exceljs";
import { readWorkbookFile } from "../xlsx/readWorkbook";
import { settingsFromFlags, type PlanFlags } from "./options";
import { UsageError, type Io } from "./program";

export interface LoadedPlan {
  parsed: ParseResult;
  /** The as-of date: --as-of, else the plan's, else today. */
  asOf: Day;
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
 * Read `file` and compute its plan with the flags applied. A macro-enabled
 * `.xlsm` plan is read (only `check` passes `macros: "read"`): writing one
 * back would lose its macros, which the file writer cannot carry yet.
 * @example const { analysis } = await loadPlan("plan.xlsx", { asOf: "2009-09-01" }, io);
 */
export async function loadPlan(
  file: string,
  flags: PlanFlags,
  io: Io,
  today = new Date(),
  macros: "read" | "refuse" = "refuse",
): Promise<LoadedPlan> {
  const { overrides } = settingsFromFlags(flags);
  if (macros === "refuse" && (/\.xlsm$/i.test(file) || holdsMacros(file))) {
    throw new UsageError(
      `${file}: is a macro-enabled workbook; implan consolidate cannot yet write one back without losing its macros — consolidate it with the add-in inside Excel, or save a copy as .xlsx (implan check reads it as it is)`,
    );
  }
  if (!/\.xls[xm]$/i.test(file)) throw new UsageError(`${file}: expected an .xlsx workbook`);
  progress(io, "Reading");
  const read = await readWorkbookFile(file);
  progress(io, "Computing");
  const parsed = parseWorkbook(read.input, overrides);
  return { parsed, asOf: parsed.plan.settings.asOf ?? localDayOf(today), workbook: read.workbook };
}

/**
 * Several plans for a roll-up, each read without the roll-up's date so its own As of is kept.
 * @example const inputs = await loadPlans(["north.xlsx", "east.xlsx"], flags, io);
 */
export async function loadPlans(
  files: string[],
  flags: PlanFlags,
  io: Io,
  today = new Date(),
): Promise<{ file: string; parsed: ParseResult }[]> {
  const inputs: { file: string; parsed: ParseResult }[] = [];
  for (const file of files) {
    inputs.push({ file, parsed: (await loadPlan(file, { ...flags, asOf: undefined }, io, today, "read")).parsed });
  }
  return inputs;
}
