/** Deadline clashes: too many of one owner's deadlines in the same week. */
import type { Clash } from "../analysisTypes";
import { mondayOf } from "../days";
import { compareNames } from "./names";
import type { LoadItem } from "./prepare";

/**
 * Owners with at least `threshold` non-complete deadlines in one week (the
 * Monday-to-Sunday week of each due date), by owner then week; each lists its
 * actions in input order. A threshold below 1 counts as 1.
 * @example findClashes(items, 3) // [{ owner: "Jo", week: 14305, deadlines: 3, actions: ["W1", "W4", "W9"] }]
 */
export function findClashes(items: readonly LoadItem[], threshold: number): Clash[] {
  const limit = Math.max(1, threshold);
  const byOwner = new Map<string, Map<number, string[]>>();
  for (const item of items) {
    if (item.complete || item.due === null) continue;
    const week = mondayOf(item.due);
    item.owners.forEach((owner, j) => {
      // A name given twice on one action is one deadline.
      if (owner.trim() === "" || item.owners.indexOf(owner) < j) return;
      let weeks = byOwner.get(owner);
      if (weeks === undefined) byOwner.set(owner, (weeks = new Map()));
      const ids = weeks.get(week);
      if (ids === undefined) weeks.set(week, [item.id]);
      else ids.push(item.id);
    });
  }
  const clashes: Clash[] = [];
  for (const owner of [...byOwner.keys()].sort(compareNames)) {
    const weeks = byOwner.get(owner) as Map<number, string[]>;
    for (const week of [...weeks.keys()].sort((a, b) => a - b)) {
      const actions = weeks.get(week) as string[];
      if (actions.length >= limit) clashes.push({ owner, week, deadlines: actions.length, actions });
    }
  }
  return clashes;
}
