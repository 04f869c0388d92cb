/**
 * Baselines: every action as it stood on a review date, kept on the planner's
 * Baseline sheet so each review can ask what moved since the last one.
 */
import type { Day, RagValue, Status } from "./types";

/** The Baseline sheet's columns, in order (the planner writes them; the reader finds them by heading). */
export const BASELINE_HEADERS = [
  "Baseline date",
  "Plan",
  "ID",
  "Area",
  "Action",
  "Owners",
  "Start",
  "Due",
  "Status",
  "RAG",
  "% complete",
] as const;

/** One action as a baseline recorded it. */
export interface BaselineAction {
  id: string;
  plan: string;
  area: string;
  action: string;
  owners: string[];
  start: Day | null;
  due: Day | null;
  status: Status;
  /** The RAG the plan counted for it that day (typed, or from the schedule where it uses that). */
  rag: RagValue;
  percentComplete: number | null;
}

/** Every action of one baseline, in the sheet's order. */
export interface Baseline {
  date: Day;
  actions: BaselineAction[];
}

/** What moved between a baseline and now (check --json's `baseline`, the Dashboard's section). */
export interface BaselineComparison {
  date: Day;
  /** Due later than the baseline said, most days first. */
  slipped: DueMove[];
  /** Due earlier, most days first. */
  forward: DueMove[];
  added: string[];
  removed: string[];
  /** Complete now, not complete then. */
  completed: string[];
  /** Now Red or Amber/Red, and worse than then. */
  worsened: { id: string; area: string; from: RagValue; to: RagValue }[];
  /** Same ID, different action text: the same action, shown with both texts. */
  renamed: { id: string; from: string; to: string }[];
  /** Overloaded now and not at the baseline. */
  newlyOverloaded: string[];
}

export interface DueMove {
  id: string;
  area: string;
  action: string;
  from: Day;
  to: Day;
  /** Calendar days, later positive. */
  days: number;
}
