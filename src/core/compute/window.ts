/**
 * The five years the sheets show. A plan's dates normally span a year or
 * two; one due date typed as 31/12/9999 ("open-ended") or a year mistyped as
 * 2059 must neither make thousands of week columns nor hide the plan's real
 * weeks. When the dates span more than five years, the planner shows the five
 * years holding most of them and says, at each cell outside, that the date
 * looks wrong.
 */
import { LAST_EXCEL_DAY, mondayOf, ukOf } from "../days";
import { actionCell } from "../rules/actionCell";
import type { Action, Day, Problem } from "../types";

/** Most weeks the Timeline's Gantt and the Load sheet show: five years is plenty for a plan. */
export const MAX_WEEKS = 260;

/** The first Monday and the last Sunday shown. */
export interface Window {
  from: Day;
  to: Day;
}

/**
 * The window of at most MAX_WEEKS weeks holding the most start and due dates
 * (the earliest such), or null when every date already fits.
 * @example planWindow(actions) // null for a two-year plan
 */
export function planWindow(actions: readonly Pick<Action, "start" | "due">[]): Window | null {
  const weeks: Day[] = [];
  for (const a of actions) {
    if (a.start !== null) weeks.push(mondayOf(a.start));
    if (a.due !== null) weeks.push(mondayOf(a.due));
  }
  if (weeks.length === 0) return null;
  const reach = (MAX_WEEKS - 1) * 7;
  // Nearly every plan fits: find that out without sorting.
  let [min, max] = [Infinity, -Infinity];
  for (const w of weeks) [min, max] = [Math.min(min, w), Math.max(max, w)];
  if (max - min <= reach) return null;
  weeks.sort((x, y) => x - y);
  let best = 0;
  let bestCount = 0;
  let end = 0;
  for (let start = 0; start < weeks.length; start++) {
    if (start > 0 && weeks[start] === weeks[start - 1]) continue;
    while (end < weeks.length && weeks[end] - weeks[start] <= reach) end++;
    if (end - start > bestCount) {
      bestCount = end - start;
      best = start;
    }
  }
  return { from: weeks[best], to: Math.min(weeks[best] + reach + 6, LAST_EXCEL_DAY) };
}

/**
 * A warning at every start or due date outside the window, in reading order.
 * @example outsideWindow(actions, window)[0].message // 'Due date 31/12/9999 is far from the rest of the plan …'
 */
export function outsideWindow(actions: readonly Action[], window: Window | null): Problem[] {
  if (window === null) return [];
  const problems: Problem[] = [];
  const shown = `${ukOf(window.from)} to ${ukOf(window.to)}`;
  for (const action of actions) {
    for (const field of ["start", "due"] as const) {
      const day = action[field];
      if (day === null || (day >= window.from && day <= window.to)) continue;
      problems.push({
        sheet: action.sheet,
        cell: actionCell(action, field),
        severity: "warning",
        message: `${field === "start" ? "Start" : "Due"} date ${ukOf(day)} of action ${action.id || "(no ID)"} is far from the rest of the plan — is the year right? Timeline and Load show the five years holding most of the plan's dates, ${shown}; this action ${day < window.from ? "starts before" : "runs past"} them. For an open-ended action, leave the due date blank or use the plan's end.`,
      });
    }
  }
  return problems;
}
