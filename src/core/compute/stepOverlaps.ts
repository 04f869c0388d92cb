/** Steps of one objective that overlap, where the guide has them follow one another. */
import type { Action } from "../types";
import { nameKey } from "../rules/names";

export interface StepOverlap {
  /** The action of the later step that starts too soon. */
  later: Action;
  /** The action of the step before it that is due last. */
  earlier: Action;
  objective: string;
}

/**
 * Within each named objective, compares consecutive step numbers present:
 * an action of the later step that starts before the earlier step's last due
 * date overlaps it. Actions sharing a step number may run side by side.
 * @example stepOverlaps(area.actions)[0].later.id // "W5"
 */
export function stepOverlaps(actions: readonly Action[]): StepOverlap[] {
  const byObjective = new Map<string, Action[]>();
  for (const action of actions) {
    const key = nameKey(action.objective);
    if (key === "" || action.step === null) continue;
    const list = byObjective.get(key);
    if (list === undefined) byObjective.set(key, [action]);
    else list.push(action);
  }
  const overlaps: StepOverlap[] = [];
  for (const list of byObjective.values()) {
    const steps = [...new Set(list.map((a) => a.step as number))].sort((a, b) => a - b);
    for (let s = 1; s < steps.length; s++) {
      const earlier = lastDue(list.filter((a) => a.step === steps[s - 1]));
      if (earlier === undefined) continue;
      for (const later of list) {
        if (later.step === steps[s] && later.start !== null && later.start < (earlier.due as number)) {
          overlaps.push({ later, earlier, objective: list[0].objective.trim() });
        }
      }
    }
  }
  return overlaps;
}

/** The action due last (the first of equals), ignoring those with no due date. */
function lastDue(actions: readonly Action[]): Action | undefined {
  let found: Action | undefined;
  for (const a of actions) if (a.due !== null && (found === undefined || a.due > (found.due as number))) found = a;
  return found;
}
