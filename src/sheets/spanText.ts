/** The plan's span as the summaries print it (the span itself is the core's `planSpan`). */
import type { Analysis } from "../core/analysisTypes";
import { LAST_EXCEL_DAY, ukOf } from "../core/days";

/**
 * The plan's span as the summaries print it: every action's weeks, complete ones too.
 * @example spanText(analysis) // "07/09/2009 to 29/08/2010 (51 weeks)"
 */
export function spanText(analysis: Analysis): string {
  if (analysis.timeline.length === 0) return "no dated actions";
  const span = analysis.planSpan;
  return `${ukOf(span.firstWeek)} to ${ukOf(Math.min(span.lastWeek + 6, LAST_EXCEL_DAY))} (${span.weeks} week${span.weeks === 1 ? "" : "s"})`;
}
