/** The plan with the IDs consolidation fills in, so every sheet is computed from the IDs the workbook will hold. */
import type { Plan } from "../core/types";

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
