/**
 * Argument conversion for the custom functions: ranges to columns, cells to
 * days, text and numbers, with `#VALUE!` messages that name the argument, the
 * row (counted within the range) and what was expected.
 */
import { readDateCell } from "../core/parse";
import type { Day } from "../core/types";
import { describe, errorTextOf, isBlank } from "./cells";
import { functionError } from "./errors";

/** A range argument read as one column of values, with its name for messages. */
export interface Column {
  readonly name: string;
  readonly values: readonly unknown[];
}

/**
 * Read a range argument as one column. A single row reads as a column too, and
 * a lone value (a scalar from a host that passes one) as a column of one.
 * @example columnArg("dues", [[39873], [""]]).values // [39873, ""]
 */
export function columnArg(name: string, range: unknown): Column {
  if (!Array.isArray(range)) return { name, values: [range] };
  if (range.length === 0) return { name, values: [] };
  const width = Array.isArray(range[0]) ? (range[0] as unknown[]).length : 1;
  if (width === 1) return { name, values: range.map((row: unknown) => (Array.isArray(row) ? row[0] : row)) };
  if (range.length === 1) return { name, values: range[0] as unknown[] };
  throw functionError("#VALUE!", `${name}: expected a single column, found ${range.length} rows by ${width} columns`);
}

/** An optional range argument: undefined when omitted (Excel passes `null`). */
export function optionalColumnArg(name: string, range: unknown): Column | undefined {
  return range === null || range === undefined ? undefined : columnArg(name, range);
}

/**
 * The common height of some columns; `#VALUE!` naming the ones that differ.
 * @example sameHeight([owners, dues]) // 39
 */
export function sameHeight(columns: readonly (Column | undefined)[]): number {
  const given = columns.filter((c): c is Column => c !== undefined);
  const first = given[0];
  if (!first) return 0;
  const odd = given.find((c) => c.values.length !== first.values.length);
  if (odd) {
    throw functionError(
      "#VALUE!",
      `${odd.name} has ${rows(odd.values.length)} but ${first.name} has ${rows(first.values.length)}; ` +
        `give ${given.map((c) => c.name).join(", ")} ranges of the same height`,
    );
  }
  return first.values.length;
}

function rows(n: number): string {
  return n === 1 ? "1 row" : `${n} rows`;
}

/** `#VALUE!` for one cell of a column: "dues: row 7 is text 'TBC', expected a date". */
export function badCell(column: Column, index: number, expected: string): Error {
  return functionError(
    "#VALUE!",
    `${column.name}: row ${index + 1} is ${describe(column.values[index])}, expected ${expected}`,
  );
}

/** The cell's error text turned into a `#VALUE!` naming it, when it holds one. */
export function rejectError(column: Column, index: number, expected: string): void {
  if (errorTextOf(column.values[index]) !== null) throw badCell(column, index, expected);
}

/**
 * A date cell, read by the engine's one date reader: blank (including 0) is
 * null, a serial is its day, text dates (`01/09/2009`, `1/9/09`, `Sep 2009` …)
 * as the engine reads them; anything else is `#VALUE!`.
 * @example dayAt(columnArg("dues", [[39873]]), 0) // day of 01/03/2009
 */
export function dayAt(column: Column, index: number): Day | null {
  const value = column.values[index];
  if (isBlank(value)) return null;
  if (typeof value !== "string" && typeof value !== "number") throw badCell(column, index, "a date");
  const read = readDateCell(value);
  if (read.kind === "bad") throw badCell(column, index, "a date");
  return read.kind === "day" ? read.day : null;
}

/**
 * A text cell: blank is "", numbers are written out; an error value is `#VALUE!`.
 * @example textAt(columnArg("owners", [["Jane Smith "]]), 0) // "Jane Smith"
 */
export function textAt(column: Column, index: number, expected = "text"): string {
  const value = column.values[index];
  if (typeof value === "string") return value.trim();
  if (isBlank(value)) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw badCell(column, index, expected);
}

/** Unwrap a scalar argument that a host may pass as a 1×1 range. */
export function scalarOf(value: unknown): unknown {
  if (Array.isArray(value))
    return value.length === 1 && Array.isArray(value[0]) && value[0].length === 1 ? value[0][0] : value;
  return value;
}

/**
 * An optional date argument (week, as_of, from, to): blank or omitted gives `fallback`.
 * @example optionalDayArg("week", 39873, today) // day of 01/03/2009
 */
export function optionalDayArg(name: string, value: unknown, fallback: Day | null): Day | null {
  const v = scalarOf(value);
  if (Array.isArray(v)) throw functionError("#VALUE!", `${name}: expected one date, found a range`);
  if (isBlank(v)) return fallback;
  const read = typeof v === "number" || typeof v === "string" ? readDateCell(v) : null;
  if (read?.kind !== "day") throw functionError("#VALUE!", `${name}: found ${describe(v)}, expected a date`);
  return read.day;
}

/**
 * An optional whole number of at least `min`: blank or omitted gives `fallback`.
 * @example optionalCountArg("threshold", null, 3, 1) // 3
 */
export function optionalCountArg(name: string, value: unknown, fallback: number, min: number): number {
  const v = scalarOf(value);
  if (isBlank(v, false)) return fallback;
  if (typeof v !== "number" || !Number.isFinite(v) || v < min) {
    throw functionError("#VALUE!", `${name}: found ${describe(v)}, expected a number of at least ${min}`);
  }
  return v;
}

/**
 * An optional choice among `options` (case-insensitive); blank or omitted gives the first.
 * @example optionalChoiceArg("rule", "Majority", ["worst", "majority", "score"]) // "majority"
 */
export function optionalChoiceArg<T extends string>(name: string, value: unknown, options: readonly T[]): T {
  const v = scalarOf(value);
  if (isBlank(v)) return options[0];
  const found = typeof v === "string" ? options.find((o) => o === v.trim().toLowerCase()) : undefined;
  if (!found) throw functionError("#VALUE!", `${name}: found ${describe(v)}, expected one of ${options.join(", ")}`);
  return found;
}
