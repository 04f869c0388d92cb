/** Staff days spread over each action's working days, summed per owner and week. */
import type { PreparedItems } from "./prepare";
import { workingDaysIn } from "./weeks";

/** Whether item i gives staff days to spread. */
export function hasStaffDays(staffDays: number | null | undefined): staffDays is number {
  return typeof staffDays === "number" && Number.isFinite(staffDays) && staffDays > 0;
}

/** How item i's staff days spread: the days one owner needs per counted day, and the last counted day of a week (4 = Friday). */
export interface Spread {
  perDay: number;
  lastInWeek: number;
}

/**
 * Days are shared equally between joint owners and spread evenly over the
 * item's Mondays-to-Fridays; an item that runs only over a weekend spreads
 * over its calendar days instead, so its days are not lost.
 */
export function spreadOf(p: PreparedItems, i: number, staffDays: number): Spread {
  const ownerCount = p.ownerStart[i + 1] - p.ownerStart[i];
  const start = p.startDay[i];
  const due = p.dueDay[i];
  const working = workingDaysIn(start, due);
  const counted = working === 0 ? due - start + 1 : working;
  return { perDay: staffDays / Math.max(1, ownerCount) / counted, lastInWeek: working === 0 ? 6 : 4 };
}

/** Counted days of item i in span week `w` (0 when none). */
export function countedDaysIn(p: PreparedItems, i: number, w: number, lastInWeek: number): number {
  const monday = p.span.firstWeek + 7 * w;
  return Math.max(0, Math.min(p.dueDay[i], monday + lastInWeek) - Math.max(p.startDay[i], monday) + 1);
}

/**
 * Staff days needed per owner (by index) and span week; undefined for owners
 * none of whose loaded actions give staff days.
 */
export function staffDaysNeeded(
  staffDaysOf: (i: number) => number | null | undefined,
  p: PreparedItems,
): (Float64Array | undefined)[] {
  const needed: (Float64Array | undefined)[] = new Array(p.names.length);
  const n = p.ownerStart.length - 1;
  for (let i = 0; i < n; i++) {
    const staffDays = staffDaysOf(i);
    if (!hasStaffDays(staffDays)) continue;
    const from = p.ownerStart[i];
    const to = p.ownerStart[i + 1];
    if (from === to) continue;
    // An owner whose actions give staff days gets a row of days, zeros included.
    for (let k = from; k < to; k++) needed[p.owners[k]] ??= new Float64Array(p.span.weeks);
    const { perDay, lastInWeek } = spreadOf(p, i, staffDays);
    for (let w = p.firstIndex[i]; w <= p.lastIndex[i]; w++) {
      const days = countedDaysIn(p, i, w, lastInWeek) * perDay;
      if (days === 0) continue;
      for (let k = from; k < to; k++) (needed[p.owners[k]] as Float64Array)[w] += days;
    }
  }
  return needed;
}

/** Staff days to two decimal places, as shown and compared. */
export function roundDays(days: number): number {
  return Math.round(days * 100) / 100;
}
