/** Horizons ("In 6 months", "12m", "In 2 years") instead of due dates, resolved from the plan start. */
import { addMonths } from "../days";
import type { Day } from "../types";

/**
 * Months a horizon names, or null when the text is not a horizon.
 * @example horizonMonths("In 24 months") // 24
 */
export function horizonMonths(text: string): number | null {
  const m = /^(?:in |within )?(\d{1,3}) ?(m|mth|mths|month|months|y|yr|yrs|year|years)$/.exec(
    text.trim().toLowerCase().replace(/\s+/g, " "),
  );
  if (!m) return null;
  const n = Number(m[1]);
  if (n === 0) return null;
  return m[2].startsWith("y") ? n * 12 : n;
}

export interface HorizonRow {
  months: number;
  /** Filled in by `resolveHorizons`. */
  start: Day;
  due: Day;
}

/**
 * Dates for the horizon rows of one area: due = plan start + N months
 * (clamped to the month's end); start = the day after the next shorter
 * horizon used in the same area, or the plan start.
 * @example resolveHorizons(start, [6, 12]) // [{start, due: start+6m}, {start: start+6m+1, due: start+12m}]
 */
export function resolveHorizons(planStart: Day, months: number[]): { start: Day; due: Day }[] {
  const used = [...new Set(months)].sort((a, b) => a - b);
  return months.map((n) => {
    const shorter = used.filter((m) => m < n);
    const start = shorter.length === 0 ? planStart : addMonths(planStart, shorter[shorter.length - 1]) + 1;
    return { start, due: addMonths(planStart, n) };
  });
}
