/**
 * Owner load: how many actions each owner has active in each week, and the
 * weeks that exceed their capacity. The hot path behind the Load sheet and
 * =PLAN.OVERLOADED, so it works on flat arrays in time proportional to the
 * (item, week) pairs plus the owners.
 */
import type { DaysOverload, OwnerLoad, Overload, Span } from "../analysisTypes";
import { compareNames } from "./names";
import { prepareItems, type LoadItem, type PreparedItems } from "./prepare";
import { countedDaysIn, hasStaffDays, roundDays, spreadOf, staffDaysNeeded } from "./staffDays";
import type { SpanLimits } from "./span";

export interface LoadOptions extends SpanLimits {
  /** Staff days an owner has per week; null (or no function) = not known, so no days overloads. */
  daysPerWeekOf?: (owner: string) => number | null;
}

export interface LoadResult {
  span: Span;
  /** One row per owner with load in the span, by name (case-insensitive). */
  load: OwnerLoad[];
  /** By owner, then week; each lists the actions active that week in input order. */
  overloads: Overload[];
  /** Weeks needing more staff days than the owner has, by owner then week. */
  daysOverloads: DaysOverload[];
}

/**
 * The load of every owner in every week of the span. An action is active in
 * each Monday-to-Sunday week meeting [start, due] (no start: its due date);
 * complete actions and actions with no due date carry none. Joint owners each
 * carry the action. Capacity is asked once per owner.
 * @example
 * computeLoad([{ id: "W1", owners: ["Jo"], start: mon, due: mon + 8, complete: false }], () => 1).load[0].weeks // [1, 1]
 */
export function computeLoad(
  items: readonly LoadItem[],
  capacityOf: (owner: string) => number,
  options: LoadOptions = {},
): LoadResult {
  const p = prepareItems(items, options);
  const counts = countWeeks(p);
  const needed = staffDaysNeeded((i) => items[i].staffDays, p);
  const order: number[] = [];
  for (let o = 0; o < counts.length; o++) if (counts[o] !== undefined) order.push(o);
  order.sort((a, b) => compareNames(p.names[a], p.names[b]));

  const load: OwnerLoad[] = [];
  // Per owner and week: 1 + the index of its overload in the lists below, 0 for none.
  const overloadSlots: (Int32Array | undefined)[] = new Array(p.names.length);
  const daysSlots: (Int32Array | undefined)[] = new Array(p.names.length);
  const overloads: Overload[] = [];
  const daysOverloads: DaysOverload[] = [];
  for (const o of order) {
    const owner = p.names[o];
    const capacity = capacityOf(owner);
    const daysPerWeek = options.daysPerWeekOf?.(owner) ?? null;
    const weeks = Array.from(counts[o] as Int32Array);
    const daysNeeded = needed[o] ? roundedDays(needed[o] as Float64Array) : null;
    let peak = 0;
    let overloadedWeeks = 0;
    for (let w = 0; w < weeks.length; w++) {
      const n = weeks[w];
      if (n > peak) peak = n;
      if (n > capacity) {
        overloadedWeeks++;
        // Sized up front: exactly `n` actions are active that week.
        overloads.push({ owner, week: weekOf(p, w), load: n, capacity, actions: new Array<string>(n) });
        (overloadSlots[o] ??= new Int32Array(weeks.length))[w] = overloads.length;
      }
      if (daysNeeded !== null && daysPerWeek !== null && daysNeeded[w] > daysPerWeek) {
        daysOverloads.push({
          owner,
          week: weekOf(p, w),
          daysNeeded: daysNeeded[w],
          daysAvailable: daysPerWeek,
          actions: [],
        });
        (daysSlots[o] ??= new Int32Array(weeks.length))[w] = daysOverloads.length;
      }
    }
    load.push({ owner, capacity, weeks, peak, overloadedWeeks, daysPerWeek, daysNeeded });
  }
  listActions(items, p, overloadSlots, overloads, daysSlots, daysOverloads);
  return { span: p.span, load, overloads, daysOverloads };
}

/** Per-owner difference arrays, summed: only owners with some load in the span get one. */
function countWeeks(p: PreparedItems): (Int32Array | undefined)[] {
  const weeks = p.span.weeks;
  const counts: (Int32Array | undefined)[] = new Array(p.names.length);
  const n = p.ownerStart.length - 1;
  for (let i = 0; i < n; i++) {
    for (let k = p.ownerStart[i]; k < p.ownerStart[i + 1]; k++) {
      const diff = (counts[p.owners[k]] ??= new Int32Array(weeks + 1));
      diff[p.firstIndex[i]]++;
      diff[p.lastIndex[i] + 1]--;
    }
  }
  for (let o = 0; o < counts.length; o++) {
    const diff = counts[o];
    if (diff === undefined) continue;
    for (let w = 1; w < weeks; w++) diff[w] += diff[w - 1];
    counts[o] = diff.subarray(0, weeks);
  }
  return counts;
}

/** Fill each overload's action list, visiting only owners that have one, in input order. */
function listActions(
  items: readonly LoadItem[],
  p: PreparedItems,
  overloadSlots: (Int32Array | undefined)[],
  overloads: Overload[],
  daysSlots: (Int32Array | undefined)[],
  daysOverloads: DaysOverload[],
): void {
  const filled = new Int32Array(overloads.length);
  const n = items.length;
  for (let i = 0; i < n; i++) {
    const id = items[i].id;
    const staffDays = items[i].staffDays;
    for (let k = p.ownerStart[i]; k < p.ownerStart[i + 1]; k++) {
      const slots = overloadSlots[p.owners[k]];
      if (slots !== undefined) {
        for (let w = p.firstIndex[i]; w <= p.lastIndex[i]; w++) {
          const at = slots[w] - 1;
          if (at >= 0) overloads[at].actions[filled[at]++] = id;
        }
      }
      const days = daysSlots[p.owners[k]];
      if (days !== undefined && hasStaffDays(staffDays)) {
        const { lastInWeek } = spreadOf(p, i, staffDays);
        for (let w = p.firstIndex[i]; w <= p.lastIndex[i]; w++) {
          if (days[w] > 0 && countedDaysIn(p, i, w, lastInWeek) > 0) daysOverloads[days[w] - 1].actions.push(id);
        }
      }
    }
  }
}

function weekOf(p: PreparedItems, index: number): number {
  return p.span.firstWeek + 7 * index;
}

function roundedDays(needed: Float64Array): number[] {
  const out = new Array<number>(needed.length);
  for (let w = 0; w < needed.length; w++) out[w] = roundDays(needed[w]);
  return out;
}
