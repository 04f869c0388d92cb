/**
 * The consortium Dashboard's "Plans": each plan — the workbook's own and every
 * partner's copy — with its RAG counts under the workbook's roll-up rule,
 * where it was read from, when, and its own As of; a copy read four weeks or
 * more before the As of date says so.
 */
import type { PlanSummary } from "../core/analysisTypes";
import { ROLLUP_RULE_LABELS } from "../core/compute";
import type { RagValue } from "../core/types";
import type { Section } from "./dashboardSections";
import type { SerialOf, SpecValue } from "./types";

const SHOWN: RagValue[] = ["Red", "Amber/Red", "Amber", "Amber/Green", "Green", "Complete", "Not rated"];
const HEADER = ["Plan", "Actions", ...SHOWN, "Overall", "Rule", "File", "Read", "Plan's As of", "Note"];

/**
 * The section: one row per plan.
 * @example planRagSection(analysis.plans, serialOf).rows[0][0] // "Northside"
 */
export function planRagSection(plans: readonly PlanSummary[], serialOf: SerialOf): Section {
  const day = (d: number | null): SpecValue => (d === null ? null : serialOf(d));
  return {
    title: `Plans (${plans.length}): RAG by plan`,
    header: HEADER,
    dateColumns: [HEADER.indexOf("Read"), HEADER.indexOf("Plan's As of")],
    rows: plans.map((p) => [
      p.plan,
      p.actions,
      ...SHOWN.map((v) => p.rag[v]),
      p.overall,
      ROLLUP_RULE_LABELS[p.rule],
      p.file ?? "this workbook",
      day(p.read),
      day(p.planAsOf),
      p.staleDays === null
        ? null
        : `Read ${Math.floor(p.staleDays / 7)} weeks before the As of date: ask for their current plan and add it again`,
    ]),
  };
}
