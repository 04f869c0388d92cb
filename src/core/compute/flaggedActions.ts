/** Which actions make an owner overloaded, and the worst week each is part of. */
import type { Analysis, Overload } from "../analysisTypes";
import type { Action } from "../types";

export interface FlaggedAction {
  action: Action;
  owner: string;
  /** The worst overloaded week of this owner that the action is active in. */
  worst: Overload;
  /** How many of the owner's overloaded weeks the action is active in. */
  weeks: number;
}

/**
 * One entry per (action, overloaded owner of it), in timeline order.
 * @example flaggedActions(analysis).map((f) => `${f.action.id} ${f.owner}`) // ["W3 Jane Smith", …]
 */
export function flaggedActions(analysis: Analysis): FlaggedAction[] {
  const byKey = new Map<string, { worst: Overload; weeks: number }>();
  for (const o of analysis.overloads) {
    for (const id of o.actions) {
      const key = `${id}\u0000${o.owner}`;
      const seen = byKey.get(key);
      if (!seen) byKey.set(key, { worst: o, weeks: 1 });
      else {
        seen.weeks++;
        if (o.load > seen.worst.load) seen.worst = o;
      }
    }
  }
  const out: FlaggedAction[] = [];
  for (const action of analysis.timeline) {
    for (const owner of action.owners) {
      const hit = byKey.get(`${action.id}\u0000${owner}`);
      if (hit) out.push({ action, owner, ...hit });
    }
  }
  return out;
}
