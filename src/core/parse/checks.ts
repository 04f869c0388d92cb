/** Checks across rows: duplicate IDs, owners missing from People, and problems in reading order. */
import { actionCell } from "../rules/actionCell";
import type { Action, Problem } from "../types";
import { parseA1 } from "./a1";
import type { OwnerDirectory } from "./owners";
import type { Problems } from "./problems";

/**
 * A second action with an ID already used is a warning at its ID cell.
 * @example checkDuplicateIds(actions, problems)
 */
export function checkDuplicateIds(actions: readonly Action[], problems: Problems): void {
  const first = new Map<string, Action>();
  for (const a of actions) {
    if (a.generatedId) continue;
    const key = a.id.toLowerCase();
    const earlier = first.get(key);
    if (earlier === undefined) {
      first.set(key, a);
      continue;
    }
    const where = earlier.sheet === a.sheet ? `row ${earlier.row}` : `'${earlier.sheet}' row ${earlier.row}`;
    problems.add(
      a.sheet,
      actionCell(a, "id"),
      "warning",
      `ID '${a.id}' is already used by ${where}: give each action its own ID so links and flags point at the right one.`,
    );
  }
}

/**
 * An owner the People sheet does not list is a warning at the first cell naming them.
 * @example checkUnknownOwners(actions, owners, problems)
 */
export function checkUnknownOwners(actions: readonly Action[], owners: OwnerDirectory, problems: Problems): void {
  const seen = new Map<string, { action: Action; others: number }>();
  for (const a of actions) {
    for (const name of a.owners) {
      if (owners.isListed(name)) continue;
      const entry = seen.get(name);
      if (entry) entry.others++;
      else seen.set(name, { action: a, others: 0 });
    }
  }
  for (const [name, { action, others }] of seen) {
    const also = others > 0 ? ` (and ${others} more action${others === 1 ? "" : "s"})` : "";
    problems.add(
      action.sheet,
      actionCell(action, "owner"),
      "warning",
      `Owner '${name}'${also} is not on the People sheet, so the plan's default capacity is used: add them to People, or correct the spelling.`,
    );
  }
}

/**
 * Problems in workbook order: sheet by sheet, then row, then column.
 * @example sortProblems(problems.list, ["Plan", "People"])
 */
export function sortProblems(list: Problem[], sheets: string[]): Problem[] {
  const order = new Map(sheets.map((s, i) => [s, i]));
  const keyed = list.map((p, i) => ({ p, i, at: parseA1(p.cell), s: order.get(p.sheet) ?? sheets.length }));
  keyed.sort((x, y) => x.s - y.s || x.at.row - y.at.row || x.at.col - y.at.col || x.i - y.i);
  return keyed.map((k) => k.p);
}
