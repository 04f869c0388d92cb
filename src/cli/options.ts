/** Shared plan options of `check` and `consolidate`, validated into settings overrides. */
import type { Command } from "commander";
import { dayFromIso, ukOf, ymdOf } from "../core/days";
import type { Day, ParseResult, Settings } from "../core/types";
import { UsageError } from "./program";

export interface PlanFlags {
  asOf?: string;
  start?: string;
  capacity?: string;
  clashThreshold?: string;
  json?: boolean;
  /** Compare with the baseline of this date instead of the latest. */
  baseline?: string;
}

/** Add the plan flags to a command. */
export function withPlanFlags(command: Command): Command {
  return command
    .option("--as-of <YYYY-MM-DD>", "date used for status, overdue and reviews (default: the plan's As of, else today)")
    .option("--start <YYYY-MM-DD>", "plan start date, for horizons such as 'In 6 months' (default: the Plan sheet's)")
    .option("--capacity <N>", "concurrent actions per week an owner can carry when People gives none (default 3)")
    .option("--clash-threshold <N>", "deadlines in one week for one owner that make a clash (default 3)")
    .option("--baseline <YYYY-MM-DD>", "compare with the baseline set on this date (default: the latest)");
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

/**
 * The baseline date asked for with --baseline (null for the latest); a usage error naming the
 * workbook's baselines when it has none of that date.
 * @example baselineFlag(parsed, { baseline: "2009-11-02" }) // the day of 02/11/2009
 */
export function baselineFlag(parsed: ParseResult, flags: PlanFlags): Day | null {
  const day = isoFlag("baseline", flags.baseline);
  if (day === undefined) return null;
  const dates = (parsed.baselines ?? []).map((b) => b.date);
  if (dates.includes(day)) return day;
  throw new UsageError(
    dates.length === 0
      ? `--baseline ${flags.baseline}: the workbook has no baselines yet; set one with implan baseline`
      : `--baseline ${flags.baseline}: the workbook has no baseline of that date; it has ${dates.map(ukOf).join(", ")}`,
  );
}
