/** =PLAN.OVERLOADED: owners with more concurrent actions in a week than their capacity. */
import type { OwnerLoad } from "../core/analysisTypes";
import { computeLoad, planWindow } from "../core/compute";
import { serialOf, ukOf } from "../core/days";
import type { Day } from "../core/types";
import { columnArg, optionalColumnArg, optionalDayArg } from "./args";
import { capacityArg } from "./capacity";
import { functionError } from "./errors";
import { readLoadItems } from "./loadItems";

export const OVERLOADED_HEADER = ["Owner", "Peak load", "Capacity", "First overloaded week", "Overloaded weeks"];

/**
 * =PLAN.OVERLOADED(owners, starts, dues, [capacity], [statuses], [from], [to]):
 * a header row, then one row per overloaded owner (weeks as date serials).
 * `#N/A` when nobody is overloaded.
 * @example overloadedTable(owners, starts, dues, 2, null, null, null) // [[…header], ["Jane Smith", 3, 2, 40133, 2]]
 */
export function overloadedTable(
  owners: unknown,
  starts: unknown,
  dues: unknown,
  capacity: unknown,
  statuses: unknown,
  from: unknown,
  to: unknown,
): (string | number)[][] {
  const capacityOf = capacityArg(capacity);
  const first = optionalDayArg("from", from, null);
  const last = optionalDayArg("to", to, null);
  if (first !== null && last !== null && last < first) {
    throw functionError("#VALUE!", `to: ${ukOf(last)} is before from (${ukOf(first)})`);
  }
  const { items } = readLoadItems({
    owners: columnArg("owners", owners),
    starts: columnArg("starts", starts),
    dues: columnArg("dues", dues),
    statuses: optionalColumnArg("statuses", statuses),
  });
  // Without limits, the plan's five years (as on the Load sheet): one date typed as 31/12/9999 must not
  // make every owner's load run for eight thousand years.
  const window = first === null && last === null ? planWindow(items) : null;
  const { span, load } = computeLoad(items, capacityOf, {
    from: first ?? undefined,
    to: last ?? undefined,
    ...(window && { within: window }),
  });
  const rows = load.filter((l) => l.overloadedWeeks > 0).map((l) => overloadRow(l, span.firstWeek));
  if (rows.length === 0) throw functionError("#N/A", "Nobody is overloaded in these weeks");
  return [OVERLOADED_HEADER, ...rows];
}

function overloadRow(l: OwnerLoad, firstWeek: Day): (string | number)[] {
  const index = l.weeks.findIndex((n) => n > l.capacity);
  return [l.owner, l.peak, l.capacity, serialOf(firstWeek + 7 * index), l.overloadedWeeks];
}
