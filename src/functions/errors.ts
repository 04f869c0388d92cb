/**
 * Raising Excel error values from custom functions. In Excel the runtime's
 * `CustomFunctions.Error` is used; elsewhere (tests, HyperFormula) a plain
 * Error subclass carries the same code and message.
 */
export type ErrorCode = "#VALUE!" | "#N/A" | "#NUM!";

/** A custom-function failure that Excel shows as an error value with a message. */
export class FunctionError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "FunctionError";
  }
}

/**
 * The error to throw: Excel's own when the custom-functions runtime is present.
 * @example throw functionError("#VALUE!", "dues: row 7 is text 'TBC', expected a date");
 */
export function functionError(code: ErrorCode, message: string): Error {
  if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.Error === "function") {
    // The runtime's ErrorCode enum values are the error texts themselves ("#VALUE!" …).
    return new CustomFunctions.Error(code as CustomFunctions.ErrorCode, message) as unknown as Error;
  }
  return new FunctionError(code, message);
}

/** True for an error made by `functionError` (Excel's own or ours). */
function isFunctionError(error: unknown): boolean {
  if (error instanceof FunctionError) return true;
  return typeof CustomFunctions !== "undefined" && error instanceof CustomFunctions.Error;
}

/**
 * Run a function body so that nothing escapes but an Excel error value: an
 * unexpected exception becomes `#VALUE!` with its message, never a crash.
 * @example return guard("RAGSUMMARY", () => ragSummary(ratings, format));
 */
export function guard<T>(name: string, body: () => T): T {
  try {
    return body();
  } catch (error) {
    if (isFunctionError(error)) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw functionError("#VALUE!", `PLAN.${name} could not work this out: ${detail}`);
  }
}
