/** The run of weeks a load table covers. */
import type { Span } from "../analysisTypes";
import { mondayOf, ukOf } from "../days";
import type { Day } from "../types";

export interface SpanLimits {
  /** First day to cover: the span starts in its week whatever is active. */
  from?: Day;
  /** Last day to cover: the span ends in its week whatever is active. */
  to?: Day;
  /** Days the span may not pass, whatever is active (the plan's five-year window). */
  within?: { from: Day; to: Day };
  /** The week shown when nothing is active and neither limit is given (default: the week of 01/01/1970). */
  emptyWeek?: Day;
}

/**
 * The span from the first to the last active week, with `from`/`to` replacing
 * either end when given. Nothing active gives a one-week span, so tables
 * always have a column to draw.
 * @example loadSpan(mondayOf(a), mondayOf(b), { to: c }) // { firstWeek: mondayOf(a), lastWeek: mondayOf(c), … }
 */
export function loadSpan(earliest: Day | null, latest: Day | null, limits: SpanLimits = {}): Span {
  const { from, to } = limits;
  if (from !== undefined && to !== undefined && to < from) {
    throw new RangeError(`The load cannot run to ${ukOf(to)}, before it starts (${ukOf(from)})`);
  }
  const fallback = mondayOf(from ?? to ?? limits.emptyWeek ?? 0);
  let firstWeek = from !== undefined ? mondayOf(from) : (earliest ?? fallback);
  let lastWeek = to !== undefined ? mondayOf(to) : (latest ?? fallback);
  // One limit can fall outside every active week: the other end then meets it.
  if (lastWeek < firstWeek) {
    if (from === undefined) firstWeek = lastWeek;
    else lastWeek = firstWeek;
  }
  if (limits.within) {
    firstWeek = Math.min(Math.max(firstWeek, mondayOf(limits.within.from)), mondayOf(limits.within.to));
    lastWeek = Math.max(Math.min(lastWeek, mondayOf(limits.within.to)), firstWeek);
  }
  return { firstWeek, lastWeek, weeks: (lastWeek - firstWeek) / 7 + 1 };
}
