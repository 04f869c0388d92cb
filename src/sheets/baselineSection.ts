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
  const current = (id: string): [string, string] => [now.get(id)?.area ?? "", now.get(id)?.action ?? ""];
  const rows: SpecValue[][] = [
    ...comparison.slipped.map((m) => ["Slipped", m.id, m.area, m.action, serialOf(m.from), serialOf(m.to), m.days]),
    ...comparison.forward.map((m) => [
      "Brought forward",
      m.id,
      m.area,
      m.action,
      serialOf(m.from),
      serialOf(m.to),
      m.days,
    ]),
    ...comparison.added.map((id) => ["Added", id, ...current(id), null, null, null]),
    ...comparison.removed.map((id) => [
      "Removed",
      id,
      then.get(id)?.area ?? "",
      then.get(id)?.action ?? "",
      null,
      null,
      null,
    ]),
    ...comparison.completed.map((id) => ["Completed", id, ...current(id), null, null, null]),
    ...comparison.worsened.map((w) => [`Now ${w.to}`, w.id, w.area, now.get(w.id)?.action ?? "", w.from, w.to, null]),
    ...comparison.renamed.map((r) => ["Action reworded", r.id, now.get(r.id)?.area ?? "", r.to, r.from, r.to, null]),
    ...comparison.newlyOverloaded.map((owner) => ["Overloaded now, not then", null, null, owner, null, null, null]),
  ];
  const changes = rows.length;
  return {
    title: `Since the baseline of ${ukOf(comparison.date)} (${changes} change${changes === 1 ? "" : "s"})`,
    header: ["Change", "ID", "Area", "Action", "From", "To", "Days"],
    dateColumns: [4, 5],
    rows,
  };
}
