/** The pane's state and its reducer: what the last consolidation found, what is under way, what went wrong. */
import type { ConsolidateOutcome, ProgressStep, WriteResult } from "../../contract/operations";
import { describeError, type PaneError } from "../errors";

export const TABS = ["plan", "timeline", "people", "status", "problems"] as const;
export type TabName = (typeof TABS)[number];

export interface Progress {
  step: ProgressStep;
  /** Overall fraction done, 0..1. */
  fraction: number;
}

export interface Notice {
  id: number;
  text: string;
}

export interface PlannerState {
  tab: TabName;
  outcome: ConsolidateOutcome | null;
  /** Set while Consolidate runs. */
  progress: Progress | null;
  /** The task under way (one at a time: the workbook is written in batches). */
  busy: string | null;
  errors: PaneError[];
  notices: Notice[];
  autoRefresh: boolean;
  /** When the outcome was last computed, by a click or an automatic refresh. */
  lastRefresh: Date | null;
  nextId: number;
}

export type PlannerEvent =
  | { type: "tab"; tab: TabName }
  | { type: "start"; task: string }
  | { type: "progress"; progress: Progress }
  | { type: "consolidated"; outcome: ConsolidateOutcome; at: Date }
  | { type: "written"; task: string; result: WriteResult; append?: boolean }
  | { type: "finish" }
  | { type: "failed"; task: string; error: unknown }
  | { type: "dismissError"; id: number }
  | { type: "dismissNotice"; id: number }
  | { type: "autoRefresh"; on: boolean };

export const initialPlannerState: PlannerState = {
  tab: "plan",
  outcome: null,
  progress: null,
  busy: null,
  errors: [],
  notices: [],
  // Off until the user asks: in Excel before ExcelApi 1.20 each refresh clears their undo history.
  autoRefresh: false,
  lastRefresh: null,
  nextId: 1,
};

/** Keep the last few errors only: a flood of the same failure must not push the views off the pane. */
const MAX_ERRORS = 3;

/** What the user reads after a write: the sheets written, then the host's own messages. */
function noticesFor(task: string, result: WriteResult): string[] {
  const written = result.sheets.length > 0 ? [`${task}: wrote ${result.sheets.join(", ")}.`] : [];
  return [...written, ...result.messages];
}

/**
 * The pane's reducer.
 * @example plannerReducer(initialPlannerState, { type: "tab", tab: "people" }).tab // "people"
 */
export function plannerReducer(state: PlannerState, event: PlannerEvent): PlannerState {
  switch (event.type) {
    case "tab":
      return { ...state, tab: event.tab };
    case "start":
      return { ...state, busy: event.task };
    case "progress":
      return { ...state, progress: event.progress };
    case "consolidated":
      return { ...state, outcome: event.outcome, lastRefresh: event.at, progress: null };
    case "written": {
      const texts = noticesFor(event.task, event.result);
      const notices = texts.map((text, i) => ({ id: state.nextId + i, text }));
      return {
        ...state,
        notices: event.append ? [...state.notices, ...notices] : notices,
        nextId: state.nextId + texts.length,
      };
    }
    case "finish":
      return { ...state, busy: null, progress: null };
    case "failed": {
      const error = describeError(event.task, event.error, state.nextId);
      return { ...state, errors: [...state.errors, error].slice(-MAX_ERRORS), nextId: state.nextId + 1 };
    }
    case "dismissError":
      return { ...state, errors: state.errors.filter((e) => e.id !== event.id) };
    case "dismissNotice":
      return { ...state, notices: state.notices.filter((n) => n.id !== event.id) };
    case "autoRefresh":
      return { ...state, autoRefresh: event.on };
  }
}
