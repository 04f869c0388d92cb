/**
 * The `capacity` argument of OVERLOADED: omitted (the plan default), one
 * number for everyone, or a two-column range of name and capacity.
 */
import { DEFAULT_SETTINGS } from "../core/types";
import { describe, isBlank } from "./cells";
import { functionError } from "./errors";
import { CAPACITY_EXPECTED, readCapacity } from "../core/rules/capacity";
import { nameKey } from "../core/rules/names";

const EXPECTED = `${CAPACITY_EXPECTED} a week`;

/**
 * A capacity lookup by owner name (any spelling).
 * @example capacityArg([["Jane Smith", 2], ["Tom Patel", 4]])("jane smith") // 2
 */
export function capacityArg(value: unknown): (owner: string) => number {
  const fallback = DEFAULT_SETTINGS.defaultCapacity;
  if (value === null || value === undefined) return () => fallback;
  const rows: unknown[][] = Array.isArray(value) ? (value as unknown[][]) : [[value]];
  const width = rows[0]?.length ?? 0;
  if (rows.length === 1 && width === 1) {
    const uniform = rows[0][0];
    // A capacity of 0 means nothing here, and desktop Excel sends 0 for a blank cell: both are blank.
    const read = readCapacity(cellValue(uniform));
    if (read.kind === "bad")
      throw functionError("#VALUE!", `capacity: found ${describe(uniform)}, expected ${EXPECTED}`);
    return read.kind === "blank" ? () => fallback : () => read.capacity;
  }
  if (width !== 2) {
    throw functionError(
      "#VALUE!",
      `capacity: expected one number or two columns (name, capacity), found ${rows.length} rows by ${width} columns`,
    );
  }
  const byKey = new Map<string, number>();
  rows.forEach(([name, cap], r) => {
    const read = readCapacity(cellValue(cap));
    // Trailing blank rows arrive as null, "" or 0 depending on the Excel build (office-js #4702, #5262).
    if (isBlank(name) && read.kind === "blank") return;
    // A heading row ("Name", "Capacity") at the top is allowed.
    if (r === 0 && typeof cap === "string" && read.kind === "bad") return;
    if (typeof name !== "string" || isBlank(name)) {
      throw functionError("#VALUE!", `capacity: row ${r + 1}, column 1 is ${describe(name)}, expected an owner's name`);
    }
    if (read.kind === "bad")
      throw functionError("#VALUE!", `capacity: row ${r + 1}, column 2 is ${describe(cap)}, expected ${EXPECTED}`);
    if (read.kind === "capacity") byKey.set(nameKey(name), read.capacity);
  });
  return (owner) => byKey.get(nameKey(owner)) ?? fallback;
}

/** A cell as the core's readers take it: a value, or null for anything else (an error object reads as bad text). */
function cellValue(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return "#VALUE!";
}
