/**
 * The pane's behaviour: runs the gateway's use cases one at a time, turns
 * failures into MessageBars, follows progress and automatic refreshes, and
 * hears the ribbon's errors.
 */
import { COMMAND_ERROR_EVENT, type CommandErrorDetail } from "../../contract/errorAdvice";
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import type { Day } from "../../core/types";
import type { CellTarget, ConsolidateOutcome, WriteResult } from "../../contract/operations";
import type { PlannerGateway } from "../gateway";
import { initialPlannerState, plannerReducer, type PlannerState, type TabName } from "./plannerState";

export { COMMAND_ERROR_EVENT };

export interface PlannerApi {
  state: PlannerState;
  setTab(tab: TabName): void;
  /**
   * Read, compute and write; progress and the outcome land in state. `keepNotices` adds its notices
   * to those shown (after a write whose own notices the user still needs, such as Add plans).
   */
  consolidate(baseline?: Day | null, options?: { keepNotices?: boolean }): Promise<ConsolidateOutcome | undefined>;
  /** Run a use case that writes the workbook; its sheets and messages become notices. */
  write(task: string, op: (gateway: PlannerGateway) => Promise<WriteResult>): Promise<WriteResult | undefined>;
  /** Run any use case; a failure becomes a MessageBar and the result is undefined. */
  attempt<T>(task: string, op: (gateway: PlannerGateway) => Promise<T>): Promise<T | undefined>;
  goToCell(target: CellTarget): void;
  /** Write an owner's capacity, then consolidate again so the numbers follow. */
  saveCapacity(owner: string, capacity: number): Promise<void>;
  setAutoRefresh(on: boolean): void;
  /** Whether the add-in's writes keep Excel's undo history (what the refresh switch tells the user). */
  writesKeepUndo: boolean;
  dismissError(id: number): void;
  dismissNotice(id: number): void;
}

function isCommandError(event: Event): event is CustomEvent<unknown> {
  return "detail" in event;
}

/**
 * State and use cases for the pane, over one gateway.
 * @example const planner = usePlanner(gateway); await planner.consolidate();
 */
export function usePlanner(gateway: PlannerGateway): PlannerApi {
  const [state, dispatch] = useReducer(plannerReducer, initialPlannerState);

  const attempt = useCallback(
    async <T>(task: string, op: (g: PlannerGateway) => Promise<T>): Promise<T | undefined> => {
      dispatch({ type: "start", task });
      try {
        return await op(gateway);
      } catch (error) {
        dispatch({ type: "failed", task, error });
        return undefined;
      } finally {
        dispatch({ type: "finish" });
      }
    },
    [gateway],
  );

  const write = useCallback(
    async (task: string, op: (g: PlannerGateway) => Promise<WriteResult>) => {
      const result = await attempt(task, op);
      if (result) dispatch({ type: "written", task, result });
      return result;
    },
    [attempt],
  );

  // The baseline the user chose to compare with: kept for later runs until they choose another.
  const baselineChoice = useRef<Day | null>(null);
  const consolidate = useCallback(
    async (baseline?: Day | null, options: { keepNotices?: boolean } = {}) => {
      if (baseline !== undefined) baselineChoice.current = baseline;
      const outcome = await attempt("Consolidate", (g) =>
        g.consolidate({
          onProgress: (step, fraction) => dispatch({ type: "progress", progress: { step, fraction } }),
          baseline: baselineChoice.current,
        }),
      );
      if (outcome) {
        dispatch({ type: "consolidated", outcome, at: new Date() });
        dispatch({ type: "written", task: "Consolidate", result: outcome, append: options.keepNotices });
      }
      return outcome;
    },
    [attempt],
  );

  // Not a "task": selecting a cell must not mark the pane busy (that would disable, and unfocus, the buttons).
  const goToCell = useCallback(
    (target: CellTarget) => {
      gateway
        .goToCell(target)
        .catch((error: unknown) => dispatch({ type: "failed", task: `Go to ${target.sheet}!${target.cell}`, error }));
    },
    [gateway],
  );

  const saveCapacity = useCallback(
    async (owner: string, capacity: number) => {
      const saved = await attempt(`Save ${owner}'s capacity`, (g) =>
        g.setOwnerCapacity(owner, capacity).then(() => true),
      );
      if (saved) await consolidate();
    },
    [attempt, consolidate],
  );

  // The ribbon's commands run in the same (shared) runtime and report failures on the window.
  useEffect(() => {
    const onCommandError = (event: Event) => {
      const detail = isCommandError(event) ? (event.detail as Partial<CommandErrorDetail> | string) : undefined;
      const error =
        typeof detail === "object" && detail !== null
          ? Object.assign(new Error(detail.message ?? "no details were given"), { advice: detail.advice })
          : String(detail ?? "no details were given");
      dispatch({ type: "failed", task: "The ribbon command", error });
    };
    window.addEventListener(COMMAND_ERROR_EVENT, onCommandError);
    return () => window.removeEventListener(COMMAND_ERROR_EVENT, onCommandError);
  }, []);

  // Automatic refresh: the host recomputes when a plan sheet changes and hands the pane each outcome.
  useEffect(() => {
    if (!state.autoRefresh) return;
    const listener = (outcome: ConsolidateOutcome) => dispatch({ type: "consolidated", outcome, at: new Date() });
    Promise.resolve()
      .then(() => gateway.startAutoRefresh(listener))
      .catch((error: unknown) => dispatch({ type: "failed", task: "Automatic refresh", error }));
    return () => {
      Promise.resolve()
        .then(() => gateway.stopAutoRefresh())
        .catch((error: unknown) => dispatch({ type: "failed", task: "Stopping automatic refresh", error }));
    };
  }, [gateway, state.autoRefresh]);

  return useMemo(
    () => ({
      state,
      setTab: (tab: TabName) => dispatch({ type: "tab", tab }),
      consolidate,
      write,
      attempt,
      goToCell,
      saveCapacity,
      setAutoRefresh: (on: boolean) => dispatch({ type: "autoRefresh", on }),
      writesKeepUndo: gateway.writesKeepUndo(),
      dismissError: (id: number) => dispatch({ type: "dismissError", id }),
      dismissNotice: (id: number) => dispatch({ type: "dismissNotice", id }),
    }),
    [state, consolidate, write, attempt, goToCell, saveCapacity, gateway],
  );
}
