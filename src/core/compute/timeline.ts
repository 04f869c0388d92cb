/** One timeline of every action across all areas. */
import type { Action } from "../types";

/**
 * Actions sorted by start, then due, then sheet, then row. A missing start
 * sorts as the due date; actions with no due date go last (by start, where
 * they have one). The input is not changed; equal actions keep their order.
 * @example buildTimeline(plan.actions).map((a) => a.id) // ["W1", "T2", "W2", …]
 */
export function buildTimeline(actions: readonly Action[]): Action[] {
  return [...actions].sort(compareOnTimeline);
}

function compareOnTimeline(a: Action, b: Action): number {
  return (
    Number(a.due === null) - Number(b.due === null) ||
    compareDays(a.start ?? a.due, b.start ?? b.due) ||
    compareDays(a.due, b.due) ||
    (a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : 0) ||
    a.row - b.row
  );
}

/** Earlier first; no day after every day. */
function compareDays(a: number | null, b: number | null): number {
  if (a === null || b === null) return Number(a === null) - Number(b === null);
  return a - b;
}
