/**
 * IDs for actions whose ID cell is blank on a sheet that has an ID column:
 * consolidation fills them in, so the same action keeps the same ID next time.
 */
import type { Analysis } from "../analysisTypes";
import type { Baseline, BaselineComparison } from "../baselineTypes";
import { chooseBaseline, compareWithBaseline } from "./baseline";
import type { Day, ParseResult, Plan } from "../types";
import { analysePlan } from "./analyse";

export interface IdFills {
  /** Made-up ID (`<sheet>!<row>`) → the ID written into the cell. */
  ids: Map<string, string>;
  /** Cells to fill, by sheet. */
  bySheet: Map<string, { cell: string; value: string }[]>;
}

/**
 * Initials of an area as an ID prefix.
 * @example idPrefix("Information, advice and guidance") // "IAG"
 */
export function idPrefix(area: string): string {
  const words = area.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0 && !/^(and|of|the|with|for)$/i.test(w));
  const initials = words
    .map((w) => w[0].toUpperCase())
    .join("")
    .slice(0, 3);
  return initials || "A";
}

/**
 * The next free IDs, numbered after the highest already used with the same prefix.
 * @example planIdFills(plan).bySheet.get("Transport") // [{ cell: "A6", value: "T3" }]
 */
export function planIdFills(plan: Plan): IdFills {
  const used = new Set(plan.actions.filter((a) => !a.generatedId).map((a) => a.id.toUpperCase()));
  const ids = new Map<string, string>();
  const bySheet = new Map<string, { cell: string; value: string }[]>();
  const next = new Map<string, number>();
  for (const action of plan.actions) {
    if (!action.generatedId || !action.cells.id) continue;
    const prefix = idPrefix(action.area || action.sheet);
    let n = next.get(prefix) ?? highest(used, prefix) + 1;
    while (used.has(`${prefix}${n}`.toUpperCase())) n++;
    const id = `${prefix}${n}`;
    next.set(prefix, n + 1);
    used.add(id.toUpperCase());
    ids.set(action.id, id);
    bySheet.set(action.sheet, [...(bySheet.get(action.sheet) ?? []), { cell: action.cells.id, value: id }]);
  }
  return { ids, bySheet };
}

function highest(used: Set<string>, prefix: string): number {
  let max = 0;
  const pattern = new RegExp(`^${prefix}-?(\\d+)$`, "i");
  for (const id of used) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}

/**
 * Replace made-up action IDs (the input is not changed).
 * @example relabelPlan(plan, new Map([["Transport!6", "T3"]])).actions[5].id // "T3"
 */
export function relabelPlan(plan: Plan, ids: Map<string, string>): Plan {
  if (ids.size === 0) return plan;
  return {
    ...plan,
    actions: plan.actions.map((a) => {
      const id = ids.get(a.id);
      return id === undefined ? a : { ...a, id, generatedId: false };
    }),
  };
}

/**
 * The plan as consolidation writes it: made-up IDs replaced by the IDs it
 * fills into the blank ID cells. Analyse this plan, once, and every sheet
 * shows the IDs the workbook will hold.
 * @example const { plan, fills } = withFilledIds(parsed.plan); analysePlan(plan, asOf)
 */
export function withFilledIds(plan: Plan): { plan: Plan; fills: IdFills } {
  const fills = planIdFills(plan);
  return { plan: relabelPlan(plan, fills.ids), fills };
}

/** A plan ready to consolidate: the IDs filled in, analysed once. */
export interface PreparedConsolidation {
  /** The parsed plan with the filled-in IDs. */
  parsed: ParseResult;
  fills: IdFills;
  analysis: Analysis;
  /** The baseline compared with (the latest unless one was chosen), and what moved since; null without one. */
  baseline: { chosen: Baseline; comparison: BaselineComparison } | null;
  /** Actions whose blank ID cell was left blank (filling was not asked for); they go by sheet and row. */
  unfilled: number;
}

/**
 * Fill the missing IDs (unless `fillIds` is false: the user's cells are then
 * left as they are), then analyse the plan once, as it will be written.
 * @example const prepared = prepareConsolidation(parsed, asOf); consolidationSpec(prepared, existing, now)
 */
export function prepareConsolidation(
  parsed: ParseResult,
  asOf: Day,
  baselineDate: Day | null = null,
  options: { fillIds?: boolean } = {},
): PreparedConsolidation {
  const fill = options.fillIds !== false;
  const { plan, fills } = fill
    ? withFilledIds(parsed.plan)
    : { plan: parsed.plan, fills: { ids: new Map<string, string>(), bySheet: new Map() } };
  const unfilled = fill ? 0 : parsed.plan.actions.filter((a) => a.generatedId && a.cells.id).length;
  const analysis = analysePlan(plan, asOf);
  const chosen = chooseBaseline(parsed.baselines ?? [], baselineDate);
  const baseline = chosen ? { chosen, comparison: compareWithBaseline(plan, analysis, chosen) } : null;
  return { parsed: { ...parsed, plan }, fills, analysis, baseline, unfilled };
}
