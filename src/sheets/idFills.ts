/**
 * IDs for actions whose ID cell is blank on a sheet that has an ID column:
 * consolidation fills them in, so the same action keeps the same ID next time.
 */
import type { Plan } from "../core/types";

export interface IdFills {
  /** Made-up ID (`<sheet>!<row>`) → the ID written into the cell. */
  ids: Map<string, string>;
  /** Cells to fill, by sheet. */
  bySheet: Map<string, { cell: string; value: string }[]>;
}

/**
 * Initials of an area as an ID prefix.
 * @example idPrefix("Information, advice and guidance") // "IAG"
 */
export function idPrefix(area: string): string {
  const words = area.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0 && !/^(and|of|the|with|for)$/i.test(w));
  const initials = words
    .map((w) => w[0].toUpperCase())
    .join("")
    .slice(0, 3);
  return initials || "A";
}

/**
 * The next free IDs, numbered after the highest already used with the same prefix.
 * @example planIdFills(plan).bySheet.get("Transport") // [{ cell: "A6", value: "T3" }]
 */
export function planIdFills(plan: Plan): IdFills {
  const used = new Set(plan.actions.filter((a) => !a.generatedId).map((a) => a.id.toUpperCase()));
  const ids = new Map<string, string>();
  const bySheet = new Map<string, { cell: string; value: string }[]>();
  const next = new Map<string, number>();
  for (const action of plan.actions) {
    if (!action.generatedId || !action.cells.id) continue;
    const prefix = idPrefix(action.area || action.sheet);
    let n = next.get(prefix) ?? highest(used, prefix) + 1;
    while (used.has(`${prefix}${n}`.toUpperCase())) n++;
    const id = `${prefix}${n}`;
    next.set(prefix, n + 1);
    used.add(id.toUpperCase());
    ids.set(action.id, id);
    bySheet.set(action.sheet, [...(bySheet.get(action.sheet) ?? []), { cell: action.cells.id, value: id }]);
  }
  return { ids, bySheet };
}

function highest(used: Set<string>, prefix: string): number {
  let max = 0;
  const pattern = new RegExp(`^${prefix}-?(\\d+)$`, "i");
  for (const id of used) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}
