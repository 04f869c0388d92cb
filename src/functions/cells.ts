/**
 * What a single cell handed to a custom function holds. Excel builds differ:
 * a blank arrives as `null`, `0` or `""`, an error value as a
 * `CustomFunctions.Error` object (or, from other hosts, its text such as "#N/A").
 */
import { isErrorValue } from "../core/parse";

/**
 * The error text a cell holds ("#N/A" …), or null when it holds no error.
 * @example errorTextOf(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable)) // "#N/A"
 */
export function errorTextOf(value: unknown): string | null {
  if (typeof value === "string") return isErrorValue(value) ? value.trim().toUpperCase() : null;
  if (value === null || typeof value !== "object") return null;
  const code = (value as { code?: unknown }).code;
  if (typeof code === "string" && code.startsWith("#")) return code;
  return value instanceof Error ? "#VALUE!" : null;
}

/**
 * True for what Excel hands over for an empty cell (`null`, `undefined`, `""`,
 * whitespace) and, where a blank is meant, `0`.
 * @example isBlank(0) // true; isBlank(0, false) // false
 */
export function isBlank(value: unknown, zeroIsBlank = true): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === "string") return value.trim() === "";
  return zeroIsBlank && value === 0;
}

/**
 * How a cell's content reads in a message.
 * @example describe("TBC") // "text 'TBC'"
 */
export function describe(value: unknown): string {
  const error = errorTextOf(value);
  if (error) return `the error ${error}`;
  if (isBlank(value, false)) return "blank";
  if (typeof value === "string") return `text '${value.length > 40 ? `${value.slice(0, 40)}…` : value}'`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return "a value of an unexpected kind";
}
