/** ExcelJS cell values → the plain values the core reads (what Office.js would give). */
import type { CellValue } from "../core/types";

/**
 * The plain value of an ExcelJS cell value: formulas give their cached result,
 * rich text and hyperlinks their text, error cells their error text ("#N/A").
 * @example plainValue({ formula: "A1+1", result: 3 }) // 3
 */
export function plainValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value !== "object") return String(value);
  const v = value as Record<string, unknown>;
  if ("error" in v && typeof v.error === "string") return v.error;
  if ("richText" in v && Array.isArray(v.richText)) {
    return (v.richText as { text?: unknown }[]).map((part) => String(part.text ?? "")).join("");
  }
  if ("formula" in v || "sharedFormula" in v) return "result" in v ? plainValue(v.result) : null;
  if ("text" in v) return plainValue(v.text);
  return null;
}
