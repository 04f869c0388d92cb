/**
 * Items flattened for the load loops: owners interned to integer indices and
 * each item's active weeks as indices into the span, in typed arrays.
 */
import type { Span } from "../analysisTypes";
import { mondayOf } from "../days";
import type { Day } from "../types";
import { loadSpan, type SpanLimits } from "./span";
import { activeDays } from "./weeks";

/** The minimal input the load needs (the workbook's actions, or ranges passed to a custom function). */
export interface LoadItem {
  id: string;
  owners: string[];
  start: Day | null;
  due: Day | null;
  complete: boolean;
  /** Staff days the action needs in all (shared between joint owners). */
  staffDays?: number | null;
}

export interface PreparedItems {
  /** From the first to the last week any active item touches, owned or not, unless limited. */
  span: Span;
  /** Owner names by index, in order of first appearance. */
  names: string[];
  /** Owners of item i are `owners[ownerStart[i]]` up to `ownerStart[i + 1]`, each once; none when it carries no load in the span. */
  ownerStart: Int32Array;
  owners: Int32Array;
  /** First and last span week (0-based) item i is active in. */
  firstIndex: Int32Array;
  lastIndex: Int32Array;
  /** Active days of item i (meaningful only where it has owners). */
  startDay: Int32Array;
  dueDay: Int32Array;
}

/**
 * Flatten `items` for the load loops.
 * @example prepareItems([{ id: "W1", owners: ["Jo"], start: null, due: d, complete: false }]).names // ["Jo"]
 */
export function prepareItems(items: readonly LoadItem[], limits: SpanLimits = {}): PreparedItems {
  const n = items.length;
  const startDay = new Int32Array(n);
  const dueDay = new Int32Array(n);
  const loaded = new Uint8Array(n);
  let earliest = Infinity;
  let latest = -Infinity;
  for (let i = 0; i < n; i++) {
    const days = activeDays(items[i]);
    if (days === null) continue;
    loaded[i] = 1;
    startDay[i] = days.start;
    dueDay[i] = days.due;
    if (days.start < earliest) earliest = days.start;
    if (days.due > latest) latest = days.due;
  }
  const span = loadSpan(
    earliest === Infinity ? null : mondayOf(earliest),
    latest === -Infinity ? null : mondayOf(latest),
    limits,
  );
  const firstIndex = new Int32Array(n);
  const lastIndex = new Int32Array(n);
  const ownerStart = new Int32Array(n + 1);
  let owners = new Int32Array(Math.max(16, n * 2));
  let used = 0;
  const index = new Map<string, number>();
  const names: string[] = [];
  for (let i = 0; i < n; i++) {
    ownerStart[i] = used;
    if (loaded[i] === 0) continue;
    const first = Math.max(0, (mondayOf(startDay[i]) - span.firstWeek) / 7);
    const last = Math.min(span.weeks - 1, (mondayOf(dueDay[i]) - span.firstWeek) / 7);
    firstIndex[i] = first;
    lastIndex[i] = last;
    if (first > last) continue;
    const given = items[i].owners;
    for (let j = 0; j < given.length; j++) {
      const name = given[j];
      let o = index.get(name);
      if (o === undefined) {
        if (name.trim() === "") continue;
        o = names.length;
        index.set(name, o);
        names.push(name);
      }
      if (seenIn(owners, ownerStart[i], used, o)) continue;
      if (used === owners.length) {
        const grown = new Int32Array(owners.length * 2);
        grown.set(owners);
        owners = grown;
      }
      owners[used++] = o;
    }
  }
  ownerStart[n] = used;
  return { span, names, ownerStart, owners: owners.subarray(0, used), firstIndex, lastIndex, startDay, dueDay };
}

/** Whether owner `o` is already among `owners[from..to)` (an action's few owners, so a scan). */
function seenIn(owners: Int32Array, from: number, to: number, o: number): boolean {
  for (let k = from; k < to; k++) if (owners[k] === o) return true;
  return false;
}
