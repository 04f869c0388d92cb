/**
 * Baselines in the engine: a snapshot of every action as it stands, and the
 * comparison of a baseline with now — what slipped, came forward, was added,
 * removed or completed, went red, and who is overstretched now and was not.
 */
import type { Analysis } from "../analysisTypes";
import type { Baseline, BaselineAction, BaselineComparison, DueMove } from "../baselineTypes";
import { blankAction, type Action, type Day, type Plan, type RagValue } from "../types";
import { analysePlan, countedRag } from "./analyse";

/** Worst first: a move to one of these that is a move down counts as worsened. */
const RAG_RANK: Record<RagValue, number> = {
  Red: 0,
  "Amber/Red": 1,
  Amber: 2,
  "Amber/Green": 3,
  Green: 4,
  Complete: 5,
  "Not rated": 6,
};

/**
 * Every action of the analysed plan as a baseline records it (in timeline order).
 * @example baselineSnapshot(analysis, "Northside")[0].due // the first action's due day
 */
export function baselineSnapshot(analysis: Analysis, planName: string): BaselineAction[] {
  return analysis.timeline.map((a) => ({
    id: a.id,
    plan: planName,
    area: a.area,
    action: a.action,
    owners: [...a.owners],
    start: a.start,
    due: a.due,
    status: a.status,
    rag: countedRag(a, analysis),
    percentComplete: a.percentComplete,
  }));
}

/**
 * The baseline to compare with: the one of `date` when asked for (null when there is none), else the latest.
 * @example chooseBaseline(baselines, null)?.date // the latest baseline's day
 */
export function chooseBaseline(baselines: readonly Baseline[], date: Day | null): Baseline | null {
  if (date !== null) return baselines.find((b) => b.date === date) ?? null;
  return baselines[baselines.length - 1] ?? null;
}

/**
 * Compare the plan now (its analysis) with a baseline.
 * @example compareWithBaseline(plan, analysis, baseline).slipped[0] // { id: "T2", from, to, days: 21, … }
 */
export function compareWithBaseline(plan: Plan, analysis: Analysis, baseline: Baseline): BaselineComparison {
  const then = new Map(baseline.actions.map((b) => [b.id.toLowerCase(), b]));
  const now = new Map(analysis.timeline.map((a) => [a.id.toLowerCase(), a]));
  const moves: DueMove[] = [];
  const result: BaselineComparison = {
    date: baseline.date,
    slipped: [],
    forward: [],
    added: [],
    removed: baseline.actions.filter((b) => !now.has(b.id.toLowerCase())).map((b) => b.id),
    completed: [],
    worsened: [],
    renamed: [],
    newlyOverloaded: [],
  };
  for (const a of analysis.timeline) {
    const b = then.get(a.id.toLowerCase());
    if (!b) {
      result.added.push(a.id);
      continue;
    }
    if (a.due !== null && b.due !== null && a.due !== b.due) {
      moves.push({ id: a.id, area: a.area, action: a.action, from: b.due, to: a.due, days: a.due - b.due });
    }
    if (a.status === "Complete" && b.status !== "Complete") result.completed.push(a.id);
    const rag = countedRag(a, analysis);
    if ((rag === "Red" || rag === "Amber/Red") && RAG_RANK[rag] < RAG_RANK[b.rag]) {
      result.worsened.push({ id: a.id, area: a.area, from: b.rag, to: rag });
    }
    if (b.action !== "" && b.action !== a.action) result.renamed.push({ id: a.id, from: b.action, to: a.action });
  }
  result.slipped = moves.filter((m) => m.days > 0).sort((x, y) => y.days - x.days);
  result.forward = moves.filter((m) => m.days < 0).sort((x, y) => x.days - y.days);
  const overloadedThen = new Set(
    analysePlan({ ...plan, actions: baseline.actions.map(asAction) }, baseline.date).overloads.map((o) => o.owner),
  );
  result.newlyOverloaded = [...new Set(analysis.overloads.map((o) => o.owner))].filter((o) => !overloadedThen.has(o));
  return result;
}

/** A baseline row as an action, so the engine can compute the load as it stood. */
function asAction(b: BaselineAction, index: number): Action {
  const { id, area, action, owners, start, due, status, percentComplete, rag } = b;
  return blankAction({
    id,
    area,
    sheet: "Baseline",
    row: index + 1,
    action,
    owners,
    start,
    due,
    status,
    percentComplete,
    rag,
  });
}
