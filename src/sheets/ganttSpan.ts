/** The weeks the Timeline's Gantt covers: the load's span, widened to every action's dates (complete ones too). */
import type { Analysis, Span } from "../core/analysisTypes";
import { mondayOf, ukOf } from "../core/days";

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

/**
 * The plan's span as the summaries print it: every action's weeks, complete ones too.
 * @example spanText(analysis) // "07/09/2009 to 29/08/2010 (51 weeks)"
 */
export function spanText(analysis: Analysis): string {
  if (analysis.timeline.length === 0) return "no dated actions";
  const span = ganttSpan(analysis);
  return `${ukOf(span.firstWeek)} to ${ukOf(span.lastWeek + 6)} (${span.weeks} weeks)`;
}
