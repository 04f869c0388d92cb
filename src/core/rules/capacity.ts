/** A capacity: how many actions at once an owner can carry in a week. */
import { isBlank, numberOf } from "../parse/cells";
import type { CellValue } from "../types";

/** The range every reader and writer allows: the People sheet's validation, the pane's editor, the engine. */
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 100;

/** What a capacity should be, for messages. */
export const CAPACITY_EXPECTED = `a whole number of actions from ${CAPACITY_MIN} to ${CAPACITY_MAX}`;

export type CapacityRead = { kind: "blank" } | { kind: "capacity"; capacity: number } | { kind: "bad" };

/**
 * A capacity cell. Blank (and 0, which desktop Excel hands a custom function
 * for an empty cell, and which means nothing as a capacity) is "not given".
 * @example readCapacity("4") // { kind: "capacity", capacity: 4 }; readCapacity(2.5) // { kind: "bad" }
 */
export function readCapacity(value: CellValue): CapacityRead {
  if (isBlank(value) || value === 0) return { kind: "blank" };
  const n = numberOf(value);
  if (n === null || !isCapacity(n)) return { kind: "bad" };
  return { kind: "capacity", capacity: n };
}

/**
 * True for an allowed capacity.
 * @example isCapacity(3) // true; isCapacity(0) // false
 */
export function isCapacity(n: number): boolean {
  return Number.isInteger(n) && n >= CAPACITY_MIN && n <= CAPACITY_MAX;
}
