/** Overloaded weeks grouped by owner, each owner's worst week first: the one grouping every view shows. */
import type { Overload } from "../analysisTypes";

export interface OwnerOverloads {
  owner: string;
  /** This owner's overloaded weeks, worst first: most actions above capacity, then the earliest. */
  weeks: Overload[];
  /** The worst of them (weeks[0]). */
  worst: Overload;
}

/** Worst first: the most actions above capacity, then the earliest week. */
export const worstWeekFirst = (a: Overload, b: Overload): number =>
  b.load - b.capacity - (a.load - a.capacity) || a.week - b.week;

/**
 * Owners in the order they first appear in `overloads`, each with their weeks worst first.
 * @example overloadsByOwner(analysis.overloads)[0].worst.week // Jane Smith's worst week
 */
export function overloadsByOwner(overloads: readonly Overload[]): OwnerOverloads[] {
  const byOwner = new Map<string, Overload[]>();
  for (const o of overloads) {
    const list = byOwner.get(o.owner);
    if (list) list.push(o);
    else byOwner.set(o.owner, [o]);
  }
  return [...byOwner].map(([owner, list]) => {
    const weeks = [...list].sort(worstWeekFirst);
    return { owner, weeks, worst: weeks[0] };
  });
}
