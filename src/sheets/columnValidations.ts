/** Data validation (drop-downs, number and date checks) and input messages for template columns. */
import { STATUSES, type RagScale } from "../core/types";
import type { ValidationSpec } from "./types";
import type { ColumnKind } from "./templateColumns";
import { PEOPLE_NAMES_SOURCE } from "./templateLayout";

/**
 * The RAG choices of a plan's scale.
 * @example ragChoices(3) // ["Red", "Amber", "Green"]
 */
export function ragChoices(scale: RagScale): string[] {
  return scale === 5 ? ["Red", "Amber/Red", "Amber", "Amber/Green", "Green"] : ["Red", "Amber", "Green"];
}

/**
 * The validation of one column's data cells, with its input message.
 * People type variants ("A", "done", two owners), so lists only warn.
 * @example columnValidation("T4:T503", "rag", "RAG", "Red, Amber or Green", 3).list // ["Red", "Amber", "Green"]
 */
export function columnValidation(
  range: string,
  kind: ColumnKind,
  title: string,
  message: string,
  scale: RagScale,
): ValidationSpec {
  const prompt = { title: title.slice(0, 32), message: message.slice(0, 255) };
  const base = { range, prompt, errorStyle: "warning" as const };
  switch (kind) {
    case "status":
      return { ...base, list: [...STATUSES], errorMessage: `Status is one of: ${STATUSES.join(", ")}.` };
    case "rag":
      return { ...base, list: ragChoices(scale), errorMessage: `RAG is one of: ${ragChoices(scale).join(", ")}.` };
    case "owner":
      return { ...base, listSource: PEOPLE_NAMES_SOURCE, errorMessage: "Not on the People sheet: add them there." };
    case "date":
      return { ...base, date: true, errorMessage: "Type a date as dd/mm/yyyy." };
    case "whole":
      return { ...base, number: { kind: "whole", min: 0, max: 1000 }, errorMessage: "A whole number." };
    case "percent":
      return { ...base, number: { kind: "decimal", min: 0, max: 1 }, errorMessage: "Between 0% and 100%." };
    case "decimal":
    case "money":
      return { ...base, number: { kind: "decimal", min: 0, max: 1e9 }, errorMessage: "A number, 0 or more." };
    default:
      return base;
  }
}
