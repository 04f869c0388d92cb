/** The weeks the Timeline's Gantt covers: the load's span, widened to every action's dates (complete ones too). */
import type { Analysis, Span } from "../core/analysisTypes";
import { mondayOf } from "../core/days";

/** Most weeks drawn: a mistyped year (2090) must not make thousands of columns. */
export const MAX_GANTT_WEEKS = 260;

/**
 * The Gantt's span.
 * @example ganttSpan(analysis).weeks // 44
 */
export function ganttSpan(analysis: Analysis): Span {
  let first = analysis.span.firstWeek;
  let last = analysis.span.lastWeek;
  for (const a of analysis.timeline) {
    for (const day of [a.start, a.due]) {
      if (day === null) continue;
      const monday = mondayOf(day);
      if (monday < first) first = monday;
      if (monday > last) last = monday;
    }
  }
  const weeks = (last - first) / 7 + 1;
  return weeks > MAX_GANTT_WEEKS ? analysis.span : { firstWeek: first, lastWeek: last, weeks };
}
