/** The plan's weeks: what the Timeline's Gantt and every summary show as the plan's span. */
import type { Span } from "../analysisTypes";
import { mondayOf } from "../days";
import type { Action } from "../types";

/** Most weeks a span shows: a mistyped year (2090) must not make thousands of columns. */
export const PLAN_SPAN_MAX_WEEKS = 260;

/**
 * The load's span widened to every action's start and due (complete ones
 * too); the load's span alone when that would pass PLAN_SPAN_MAX_WEEKS.
 * @example planSpan(timeline, loadSpan).weeks // 44
 */
export function planSpan(timeline: readonly Action[], loadSpan: Span): Span {
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
  const weeks = (last - first) / 7 + 1;
  return weeks > PLAN_SPAN_MAX_WEEKS ? loadSpan : { firstWeek: first, lastWeek: last, weeks };
}
