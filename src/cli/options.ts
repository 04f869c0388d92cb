/** Shared plan options of `check` and `consolidate`, validated into settings overrides. */
import type { Command } from "commander";
import { dayFromIso, ymdOf } from "../core/days";
import type { Day, Settings } from "../core/types";
import { UsageError } from "./program";

export interface PlanFlags {
  asOf?: string;
  start?: string;
  capacity?: string;
  clashThreshold?: string;
  json?: boolean;
}

/** Add the plan flags to a command. */
export function withPlanFlags(command: Command): Command {
  return command
    .option("--as-of <YYYY-MM-DD>", "date used for status, overdue and reviews (default: the plan's As of, else today)")
    .option("--start <YYYY-MM-DD>", "plan start date, for horizons such as 'In 6 months' (default: the Plan sheet's)")
    .option("--capacity <N>", "concurrent actions per week an owner can carry when People gives none (default 3)")
    .option("--clash-threshold <N>", "deadlines in one week for one owner that make a clash (default 3)");
}

/**
 * A date flag: a real calendar date written YYYY-MM-DD, in Excel's range (1900 to 9999).
 * @example isoFlag("as-of", "2009-11-16") // the day; isoFlag("as-of", "0009-11-16") throws a UsageError
 */
export function isoFlag(name: string, value: string | undefined): Day | undefined {
  if (value === undefined) return undefined;
  const day = dayFromIso(value);
  if (day === null) throw new UsageError(`--${name} '${value}' is not a date; use YYYY-MM-DD, e.g. 2009-09-01`);
  const year = ymdOf(day).year;
  if (year < 1900 || year > 9999) {
    throw new UsageError(`--${name} '${value}' is outside the dates Excel holds (1900 to 9999); check the year`);
  }
  return day;
}

function countFlag(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < 1)
    throw new UsageError(`--${name} '${value}' must be a whole number of 1 or more`);
  return n;
}

/**
 * Settings overrides and the explicit as-of date from the flags.
 * @example settingsFromFlags({ capacity: "4" }) // { overrides: { defaultCapacity: 4 }, asOf: undefined }
 */
export function settingsFromFlags(flags: PlanFlags): { overrides: Partial<Settings>; asOf: Day | undefined } {
  const overrides: Partial<Settings> = {};
  const start = isoFlag("start", flags.start);
  const asOf = isoFlag("as-of", flags.asOf);
  const capacity = countFlag("capacity", flags.capacity);
  const clash = countFlag("clash-threshold", flags.clashThreshold);
  if (start !== undefined) overrides.start = start;
  if (asOf !== undefined) overrides.asOf = asOf;
  if (capacity !== undefined) overrides.defaultCapacity = capacity;
  if (clash !== undefined) overrides.clashThreshold = clash;
  return { overrides, asOf };
}
