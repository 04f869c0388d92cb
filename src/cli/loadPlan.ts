/** Read a workbook file and run the engine: the first half of `check` and `consolidate`. */
import { localDayOf } from "../core/days";
import { parseWorkbook } from "../core/parse";
import type { Day, ParseResult } from "../core/types";
import type { ReadPackage } from "../reader/readPackage";
import { readWorkbookKeeping, type KeptParts } from "../xlsx/readWorkbook";
import { settingsFromFlags, type PlanFlags } from "./options";
import { UsageError, type Io } from "./program";

export interface LoadedPlan {
  parsed: ParseResult;
  /** The package as read, for the writers' check that their copy changed nothing of the user's. */
  read: ReadPackage;
  /** The as-of date: --as-of, else the plan's, else today. */
  asOf: Day;
  /** The file as read and (with `keepParts`) the parts inflated, for the writers: each part is inflated once. */
  kept: KeptParts;
}

/** Progress on stderr, only when it is a terminal. */
export function progress(io: Io, step: string): void {
  if (io.progress) io.err(`${step}…\n`);
}

/**
 * Read `file` and compute its plan with the flags applied (a macro-enabled
 * `.xlsm` plan is read like any other). A writer asks to `keepParts`.
 * @example const { parsed } = loadPlan("plan.xlsx", { asOf: "2009-09-01" }, io);
 */
export function loadPlan(file: string, flags: PlanFlags, io: Io, today = new Date(), keepParts = false): LoadedPlan {
  const { overrides } = settingsFromFlags(flags);
  if (!/\.xls[xm]$/i.test(file)) throw new UsageError(`${file}: expected an .xlsx workbook`);
  progress(io, "Reading");
  const { read, kept } = readWorkbookKeeping(file, keepParts);
  progress(io, "Computing");
  const parsed = parseWorkbook(read.input, overrides);
  return { parsed, read, asOf: parsed.plan.settings.asOf ?? localDayOf(today), kept };
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
