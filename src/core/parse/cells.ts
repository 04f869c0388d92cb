/** Reading one cell's value as text, number or error, whatever the host handed over. */
import { dayFromDate, ukOf } from "../days";
import type { CellValue } from "../types";

/** Excel's error values, as Office.js, ExcelJS and custom functions hand them over. */
export const ERROR_VALUES: readonly string[] = [
  "#N/A",
  "#VALUE!",
  "#REF!",
  "#DIV/0!",
  "#NUM!",
  "#NAME?",
  "#NULL!",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BUSY!",
  "#GETTING_DATA",
  "#CONNECT!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#PYTHON!",
  "#EXTERNAL!",
];
const ERROR_SET = new Set(ERROR_VALUES);

/**
 * True for Excel's error values as Office.js and ExcelJS report them.
 * @example isErrorValue("#N/A") // true
 */
export function isErrorValue(value: CellValue): value is string {
  return (
    typeof value === "string" && value.includes("#") && value.length < 20 && ERROR_SET.has(value.trim().toUpperCase())
  );
}

/** True for `null`, `undefined` and text of nothing but spaces. */
export function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A cell as trimmed text with runs of spaces collapsed; numbers in plain form.
 * @example textOf("  Jane   Smith ") // "Jane Smith"
 */
export function textOf(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  const text = typeof value === "string" ? value.trim() : String(value);
  // Most cells have no runs of spaces: test before paying for a replace.
  return /\s\s|[\t\n\r]/.test(text) ? text.replace(/\s+/g, " ") : text;
}

/** How a value reads in a message: text in quotes, numbers as typed. */
export function shown(value: CellValue): string {
  if (typeof value === "string")
    return `'${value.trim().length > 60 ? value.trim().slice(0, 57) + "…" : value.trim()}'`;
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return day === null ? "an invalid date" : ukOf(day);
  }
  return String(value);
}

/**
 * A number from a numeric cell or text such as `"£4,000"`, `"40%"`, `" 2.5 "`; null otherwise.
 * @example numberOf("£4,000") // 4000
 */
export function numberOf(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value !== "string") return null;
  const plain = value.trim().replace(/^£/, "").replace(/,/g, "").replace(/%$/, "").trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(plain)) return null;
  return Number(plain);
}
