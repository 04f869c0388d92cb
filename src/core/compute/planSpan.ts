/** The plan's weeks: what the Timeline's Gantt and every summary show as the plan's span. */
import type { Span } from "../analysisTypes";
import { mondayOf } from "../days";
import type { Action } from "../types";
import type { Window } from "./window";

/**
 * The load's span widened to every action's start and due (complete ones
 * too), kept inside the window when the plan's dates need one.
 * @example planSpan(timeline, loadSpan, null).weeks // 44
 */
export function planSpan(timeline: readonly Action[], loadSpan: Span, window: Window | null): Span {
  let first = loadSpan.firstWeek;
  let last = loadSpan.lastWeek;
  for (const a of timeline) {
    for (const day of [a.start, a.due]) {
      if (day === null) continue;
      const monday = mondayOf(day);
      if (monday < first) first = monday;
      if (monday > last) last = monday;
    }
  }
  if (window !== null) {
    first = Math.max(first, mondayOf(window.from));
    last = Math.min(last, mondayOf(window.to));
  }
  return { firstWeek: first, lastWeek: last, weeks: (last - first) / 7 + 1 };
}
