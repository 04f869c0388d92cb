/** Read a workbook file and run the engine: the first half of `check` and `consolidate`. */
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

/**
 * Read `file` and compute its plan with the flags applied.
 * @example const { analysis } = await loadPlan("plan.xlsx", { asOf: "2009-09-01" }, io);
 */
export async function loadPlan(file: string, flags: PlanFlags, io: Io, today = new Date()): Promise<LoadedPlan> {
  const { overrides } = settingsFromFlags(flags);
  if (!/\.xlsx$/i.test(file)) throw new UsageError(`${file}: expected an .xlsx workbook`);
  progress(io, "Reading");
  const read = await readWorkbookFile(file);
  progress(io, "Computing");
  const parsed = parseWorkbook(read.input, overrides);
  return { parsed, asOf: parsed.plan.settings.asOf ?? localDayOf(today), workbook: read.workbook };
}
