/**
 * A consortium workbook's plans: its own actions and each partner's copy,
 * counted plan by plan (RAG, overall status under the workbook's rule) and
 * checked for age — a copy read four weeks or more before the As of date is
 * flagged at its Read cell, so nobody plans against a partner's old file.
 */
import type { PlanSummary } from "../analysisTypes";
import { ukOf } from "../days";
import { STALE_AFTER_DAYS } from "../rules/planCopy";
import type { Action, Day, Plan, Problem, RagValue } from "../types";
import { countRag, rollUp } from "./ragRollup";

/**
 * Each plan of a workbook holding copies (the workbook's own actions first,
 * when it has any), or undefined when it holds none.
 * @example summarisePlans(plan, (a) => a.rag, asOf)?.[1].plan // "Eastside"
 */
export function summarisePlans(plan: Plan, ragOf: (a: Action) => RagValue, asOf: Day): PlanSummary[] | undefined {
  const copies = plan.copies;
  if (!copies || copies.length === 0) return undefined;
  const bySheet = new Map(copies.map((c) => [c.sheet.toLowerCase(), c.plan]));
  const own = plan.settings.name;
  const groups = new Map<string, Action[]>([[own, []], ...copies.map((c): [string, Action[]] => [c.plan, []])]);
  for (const a of plan.actions) groups.get(bySheet.get(a.sheet.toLowerCase()) ?? own)?.push(a);
  const rule = plan.settings.rollupRule;
  const summary = (actions: Action[]) => {
    const rag = countRag(actions.map(ragOf));
    return { actions: actions.length, rag, overall: rollUp(rag, rule), rule };
  };
  const ownActions = groups.get(own) ?? [];
  return [
    ...(ownActions.length > 0
      ? [
          {
            plan: own,
            sheet: null,
            file: null,
            planAsOf: plan.settings.asOf,
            read: null,
            staleDays: null,
            ...summary(ownActions),
          },
        ]
      : []),
    ...copies.map((c) => ({
      plan: c.plan,
      sheet: c.sheet,
      file: c.file,
      planAsOf: c.planAsOf,
      read: c.read,
      staleDays: c.read !== null && asOf - c.read >= STALE_AFTER_DAYS ? asOf - c.read : null,
      ...summary(groups.get(c.plan) ?? []),
    })),
  ];
}

/**
 * A warning at the Read cell of every copy that is out of date.
 * @example stalePlanProblems(plan, summaries, asOf)[0].message // "Eastside was read on 01/10/2026, 9 weeks before …"
 */
export function stalePlanProblems(plan: Plan, summaries: readonly PlanSummary[] | undefined, asOf: Day): Problem[] {
  const problems: Problem[] = [];
  for (const s of summaries ?? []) {
    const copy = plan.copies?.find((c) => c.sheet === s.sheet);
    if (!copy || s.staleDays === null || copy.read === null) continue;
    const weeks = Math.floor(s.staleDays / 7);
    problems.push({
      sheet: copy.sheet,
      cell: copy.readCell,
      severity: "warning",
      message:
        `${copy.plan} was read from ${copy.file || "its file"} on ${ukOf(copy.read)}, ${weeks} week${weeks === 1 ? "" : "s"} before this plan's As of (${ukOf(asOf)}): ` +
        `ask ${copy.plan} for their current plan and add it again (Plan view › Add plans from files).`,
    });
  }
  return problems;
}

/**
 * The plan each action belongs to, by its sheet: a copy's plan, else the workbook's own.
 * @example planOfAction(analysis.timeline, analysis.plans)("Eastside/W1") // "Eastside"
 */
export function planOfAction(
  timeline: readonly Action[],
  summaries: readonly PlanSummary[],
): (actionId: string) => string {
  const own = summaries.find((s) => s.sheet === null)?.plan ?? "";
  const bySheet = new Map(
    summaries.filter((s) => s.sheet !== null).map((s) => [(s.sheet as string).toLowerCase(), s.plan]),
  );
  const byId = new Map(timeline.map((a) => [a.id, bySheet.get(a.sheet.toLowerCase()) ?? own]));
  return (id) => byId.get(id) ?? own;
}
