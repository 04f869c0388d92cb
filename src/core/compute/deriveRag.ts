/** RAG derived from the schedule, for actions nobody has rated (and to check those they have). */
import type { Day, RagValue, Status } from "../types";

export interface ScheduleInput {
  start: Day | null;
  due: Day | null;
  /** Percent complete, 0–100; null counts as 0. */
  percentComplete: number | null;
  status: Status;
}

/**
 * The schedule RAG on `asOf`: Complete when the status is Complete; Not rated
 * with no due date; Red once past due (due before `asOf`); Amber when the
 * share of [start, due] already elapsed, in percent, runs ahead of percent
 * complete by more than `amberLagPoints`; otherwise Green (including before
 * the start). With no start (or a start after the due date) the action is
 * measured as a one-day action on its due date: on that day it is fully elapsed.
 * @example deriveRag({ start: d, due: d + 10, percentComplete: 20, status: "In progress" }, d + 5) // "Amber"
 */
export function deriveRag(input: ScheduleInput, asOf: Day, amberLagPoints = 25): RagValue {
  const { due, status } = input;
  if (status === "Complete") return "Complete";
  if (due === null) return "Not rated";
  if (due < asOf) return "Red";
  const start = input.start === null || input.start > due ? due : input.start;
  if (asOf < start) return "Green";
  const elapsed = due === start ? 100 : (100 * (asOf - start)) / (due - start);
  const done = Math.min(100, Math.max(0, input.percentComplete ?? 0));
  return elapsed - done > amberLagPoints ? "Amber" : "Green";
}
