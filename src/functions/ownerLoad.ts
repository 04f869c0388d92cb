/** =PLAN.OWNERLOAD: how many of an owner's actions are active in one week. */
import { computeLoad } from "../core/compute";
import { mondayOf } from "../core/days";
import type { Day } from "../core/types";
import { columnArg, optionalColumnArg, optionalDayArg, scalarOf } from "./args";
import { describe, isBlank } from "./cells";
import { functionError } from "./errors";
import { readLoadItems } from "./loadItems";

/**
 * =PLAN.OWNERLOAD(owners, starts, dues, owner, [week], [statuses]): active,
 * not-complete actions of `owner` in the week holding `week` (default: `today`'s week).
 * @example ownerLoad(owners, starts, dues, "Jane Smith", 40134, null, today) // 3
 */
export function ownerLoad(
  owners: unknown,
  starts: unknown,
  dues: unknown,
  owner: unknown,
  week: unknown,
  statuses: unknown,
  today: Day,
): number {
  const who = scalarOf(owner);
  if (typeof who !== "string" || isBlank(who)) {
    throw functionError("#VALUE!", `owner: found ${describe(who)}, expected an owner's name`);
  }
  const monday = mondayOf(optionalDayArg("week", week, today) as Day);
  const { items, names } = readLoadItems({
    owners: columnArg("owners", owners),
    starts: columnArg("starts", starts),
    dues: columnArg("dues", dues),
    statuses: optionalColumnArg("statuses", statuses),
  });
  const name = names.find(who);
  if (name === undefined) throw functionError("#N/A", `owner: '${who.trim()}' is not named in owners`);
  const theirs = items.filter((item) => item.owners.includes(name));
  const { span, load } = computeLoad(theirs, () => Infinity, { from: monday, to: monday });
  const row = load.find((l) => l.owner === name);
  const index = (monday - span.firstWeek) / 7;
  return row?.weeks[index] ?? 0;
}
