/** =PLAN.CLASHES: weeks in which one owner has too many deadlines. */
import { findClashes } from "../core/compute";
import { serialOf } from "../core/days";
import { DEFAULT_SETTINGS } from "../core/types";
import { columnArg, optionalColumnArg, optionalCountArg } from "./args";
import { functionError } from "./errors";
import { readLoadItems } from "./loadItems";

export const CLASHES_HEADER = ["Owner", "Week", "Deadlines"];

/**
 * =PLAN.CLASHES(owners, dues, [threshold], [statuses]): a header row, then one
 * row per owner and week with at least `threshold` deadlines (weeks as Monday
 * date serials). `#N/A` when there are none.
 * @example clashTable(owners, dues, 3, null) // [["Owner", "Week", "Deadlines"], ["Jane Smith", 40133, 3]]
 */
export function clashTable(
  owners: unknown,
  dues: unknown,
  threshold: unknown,
  statuses: unknown,
): (string | number)[][] {
  const limit = optionalCountArg("threshold", threshold, DEFAULT_SETTINGS.clashThreshold, 1);
  const { items } = readLoadItems({
    owners: columnArg("owners", owners),
    dues: columnArg("dues", dues),
    statuses: optionalColumnArg("statuses", statuses),
  });
  const found = findClashes(items, limit);
  if (found.length === 0) throw functionError("#N/A", `No owner has ${limit} or more deadlines in one week`);
  return [CLASHES_HEADER, ...found.map((c) => [c.owner, serialOf(c.week), c.deadlines])];
}
