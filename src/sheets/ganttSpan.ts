/** The weeks the Timeline's Gantt covers, and the plan's span as summaries print it: the core's `planSpan`. */
import type { Analysis, Span } from "../core/analysisTypes";
import { ukOf } from "../core/days";

/**
 * The Gantt's span: the plan's (the core's `planSpan`).
 * @example ganttSpan(analysis).weeks // 44
 */
export function ganttSpan(analysis: Analysis): Span {
  return analysis.planSpan;
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
