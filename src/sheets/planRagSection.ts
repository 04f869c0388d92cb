/** The consortium Dashboard's "RAG by plan": each partner's plan rolled up under its own rule. */
import type { RagCounts } from "../core/analysisTypes";
import { ROLLUP_RULE_LABELS } from "../core/compute";
import type { RagValue, RollupRule } from "../core/types";
import type { Section } from "./dashboardSections";

/** One plan's counts and overall status, as its own analysis has them. */
export interface PlanRag {
  plan: string;
  actions: number;
  rag: RagCounts;
  overall: RagValue;
  rule: RollupRule;
}

const SHOWN: RagValue[] = ["Red", "Amber/Red", "Amber", "Amber/Green", "Green", "Complete", "Not rated"];

/**
 * The section: one row per plan.
 * @example planRagSection([{ plan: "Northside", actions: 2, rag, overall: "Amber", rule: "worst" }]).rows[0][0] // "Northside"
 */
export function planRagSection(plans: readonly PlanRag[]): Section {
  return {
    title: `RAG by plan (${plans.length} plans)`,
    header: ["Plan", "Actions", ...SHOWN, "Overall", "Rule"],
    dateColumns: [],
    rows: plans.map((p) => [p.plan, p.actions, ...SHOWN.map((v) => p.rag[v]), p.overall, ROLLUP_RULE_LABELS[p.rule]]),
  };
}
