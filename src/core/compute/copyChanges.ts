/**
 * What changed when a partner's plan is added again: actions added, removed
 * and moved (a new start or due date), matched by ID without regard to case.
 */
import type { Action } from "../types";

export interface CopyChanges {
  added: string[];
  removed: string[];
  /** Same ID, another start or due date. */
  moved: string[];
}

/**
 * Compare a plan's earlier copy with the new one.
 * @example copyChanges([w1, w2], [w1Later, w3]) // { added: ["W3"], removed: ["W2"], moved: ["W1"] }
 */
export function copyChanges(before: readonly Action[], after: readonly Action[]): CopyChanges {
  const earlier = new Map(before.map((a) => [a.id.toLowerCase(), a]));
  const now = new Set(after.map((a) => a.id.toLowerCase()));
  const changes: CopyChanges = { added: [], removed: [], moved: [] };
  for (const a of after) {
    const old = earlier.get(a.id.toLowerCase());
    if (!old) changes.added.push(a.id);
    else if (old.start !== a.start || old.due !== a.due) changes.moved.push(a.id);
  }
  for (const a of before) if (!now.has(a.id.toLowerCase())) changes.removed.push(a.id);
  return changes;
}
