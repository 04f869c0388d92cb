/**
 * The Dashboard's "Since the baseline of dd/mm/yyyy": what the strategy group
 * asks at each review — what slipped (most days first), came forward, was
 * added, removed or completed, went red, and who is overstretched now.
 */
import type { Analysis } from "../core/analysisTypes";
import type { Baseline, BaselineComparison } from "../core/baselineTypes";
import { ukOf } from "../core/days";
import type { Section } from "./dashboardSections";
import type { SerialOf, SpecValue } from "./types";

/**
 * The section, one row per change.
 * @example baselineSection(analysis, chosen, comparison, serialOf).title // "Since the baseline of 02/11/2009 (7 changes)"
 */
export function baselineSection(
  analysis: Analysis,
  chosen: Baseline,
  comparison: BaselineComparison,
  serialOf: SerialOf,
): Section {
  const now = new Map(analysis.timeline.map((a) => [a.id, a]));
  const then = new Map(chosen.actions.map((b) => [b.id, b]));
  const action = (id: string): string => now.get(id)?.action ?? "";
  // The action's text goes last, where it can spill across the empty cells to its right.
  const rows: SpecValue[][] = [
    ...comparison.slipped.map((m) => ["Slipped", m.id, serialOf(m.from), serialOf(m.to), m.days, m.action]),
    ...comparison.forward.map((m) => ["Brought forward", m.id, serialOf(m.from), serialOf(m.to), m.days, m.action]),
    ...comparison.added.map((id) => ["Added", id, null, null, null, action(id)]),
    ...comparison.removed.map((id) => ["Removed", id, null, null, null, then.get(id)?.action ?? ""]),
    ...comparison.completed.map((id) => ["Completed", id, null, null, null, action(id)]),
    ...comparison.worsened.map((w) => [`Now ${w.to}`, w.id, w.from, w.to, null, action(w.id)]),
    ...comparison.renamed.map((r) => ["Action reworded", r.id, null, null, null, `${r.to} (was: ${r.from})`]),
    ...comparison.newlyOverloaded.map((owner) => ["Overloaded now, not then", null, null, null, null, owner]),
  ];
  const changes = rows.length;
  return {
    title: `Since the baseline of ${ukOf(comparison.date)} (${changes} change${changes === 1 ? "" : "s"})`,
    header: ["Change", "ID", "From", "To", "Days", "Action"],
    dateColumns: [2, 3],
    rows,
  };
}
