/** Small text helpers for the pane: UK dates, counts and durations. */
import { ukOf } from "../core/days";
import { readDateCell } from "../core/parse";
import type { Day } from "../core/types";

/**
 * "1 action", "3 actions".
 * @example plural(2, "clash", "clashes") // "2 clashes"
 */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * A day as dd/mm/yyyy, or a dash when unknown.
 * @example ukDate(14488) // "01/09/2009"
 */
export function ukDate(day: Day | null): string {
  return day === null ? "–" : ukOf(day);
}

/**
 * A duration for people: milliseconds under a second, else seconds with one decimal.
 * @example duration(1234) // "1.2 s"
 */
export function duration(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/**
 * A clock time hh:mm:ss, for "last refreshed".
 * @example clock(new Date(2009, 8, 1, 9, 5, 3)) // "09:05:03"
 */
export function clock(date: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
}

/**
 * A date typed into the pane, read by the engine's one date reader (so
 * `01/09/2009`, `1/9/09`, `2009-09-01` and `1 September 2009` all work, as in
 * a plan sheet); null when it names no day.
 * @example parseUkDate("01/09/2009") // 14488
 */
export function parseUkDate(text: string): Day | null {
  const read = readDateCell(text);
  return read.kind === "day" ? read.day : null;
}
