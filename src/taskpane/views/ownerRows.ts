/** People view model: each owner with their overloaded weeks, the most overstretched first. */
import type { Analysis, DaysOverload, Overload, OwnerLoad } from "../../core/analysisTypes";
import { overloadsByOwner, planOfAction } from "../../core/compute";

export interface OwnerRow {
  load: OwnerLoad;
  /** This owner's overloaded weeks, worst first (most actions above capacity, then earliest). */
  overloads: Overload[];
  daysOverloads: DaysOverload[];
  /** Actions above capacity in the worst week; 0 when never overloaded. */
  worstExcess: number;
  /** In a consortium workbook, the plans the overloaded weeks' actions come from, sorted; else empty. */
  plans: string[];
}

/**
 * Owners ordered for the People view: overloaded ones by their worst week, then the rest by peak load.
 * @example ownerRows(analysis)[0].load.owner // the most overstretched owner
 */
export function ownerRows(
  analysis: Pick<Analysis, "load" | "overloads" | "daysOverloads"> & Partial<Pick<Analysis, "plans" | "timeline">>,
): OwnerRow[] {
  const byOwner = new Map(overloadsByOwner(analysis.overloads).map((o) => [o.owner, o.weeks]));
  const planOf = analysis.plans ? planOfAction(analysis.timeline ?? [], analysis.plans) : null;
  const plansOf = (weeks: Overload[]) =>
    planOf ? [...new Set(weeks.flatMap((w) => w.actions).map(planOf))].filter(Boolean).sort() : [];
  const rows = analysis.load.map((load): OwnerRow => {
    const overloads = byOwner.get(load.owner) ?? [];
    const daysOverloads = analysis.daysOverloads
      .filter((o) => o.owner === load.owner)
      .sort((a, b) => b.daysNeeded - b.daysAvailable - (a.daysNeeded - a.daysAvailable) || a.week - b.week);
    const worstExcess = overloads.length > 0 ? overloads[0].load - overloads[0].capacity : 0;
    return { load, overloads, daysOverloads, worstExcess, plans: plansOf(overloads) };
  });
  const firstWeek = (r: OwnerRow) => r.overloads[0]?.week ?? Infinity;
  return rows.sort(
    (a, b) =>
      b.worstExcess - a.worstExcess ||
      firstWeek(a) - firstWeek(b) ||
      b.load.peak - a.load.peak ||
      a.load.owner.localeCompare(b.load.owner),
  );
}
