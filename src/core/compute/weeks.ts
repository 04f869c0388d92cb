/** The weeks an item is active in, and the working days it has in each. */
import { mondayOf } from "../days";
import type { Day } from "../types";

/** Any Monday, to count weeks and working days from. 1970-01-05 was one. */
const REFERENCE_MONDAY = 4;

/**
 * The days an item is active, or null when it carries no load: complete, or
 * no due date. A missing start, or a start after the due date, leaves the due
 * date alone (the reader reports the bad start).
 * @example activeDays({ start: null, due: 10, complete: false }) // { start: 10, due: 10 }
 */
export function activeDays(item: { start: Day | null; due: Day | null; complete: boolean }): {
  start: Day;
  due: Day;
} | null {
  if (item.complete || item.due === null) return null;
  const start = item.start === null || item.start > item.due ? item.due : item.start;
  return { start, due: item.due };
}

/**
 * Mondays-to-Fridays in `[start, due]`, in O(1).
 * @example workingDaysIn(dayFromIso("2009-03-06")!, dayFromIso("2009-03-09")!) // 2 (Fri, Mon)
 */
export function workingDaysIn(start: Day, due: Day): number {
  return due < start ? 0 : workingDaysBefore(due + 1) - workingDaysBefore(start);
}

/** Working days from the reference Monday up to, not including, `day` (negative before it). */
function workingDaysBefore(day: Day): number {
  const monday = mondayOf(day);
  return (5 * (monday - REFERENCE_MONDAY)) / 7 + Math.min(day - monday, 5);
}
