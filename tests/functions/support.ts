/** Small helpers shared by the custom-function tests. */
import { dayFromIso, serialOf } from "../../src/core/days";
import { FunctionError } from "../../src/functions/errors";

/** Excel serial of an ISO date. */
export const serial = (iso: string): number => serialOf(dayFromIso(iso) as number);

/** A column range as Excel passes it: one value per row. */
export const col = (...values: unknown[]): unknown[][] => values.map((v) => [v]);

/** An error value as Excel passes it inside a range. */
export const excelError = (code: string) => ({ code, message: "" });

/** The FunctionError `fn` throws (fails the test when it throws nothing, or something else). */
export function thrown(fn: () => unknown): FunctionError {
  try {
    fn();
  } catch (error) {
    if (error instanceof FunctionError) return error;
    throw error;
  }
  throw new Error("expected a FunctionError");
}
