/** Office.js failures turned into what happened and what to do. */
import { codeOf, ExcelHostError } from "./session";
import { WriteFailure } from "./writeFailure";

const ADVICE: Record<string, string> = {
  AccessDenied: "a sheet is protected. Unprotect it (Review › Unprotect Sheet), then try again.",
  InvalidOperationInCellEditMode: "Excel is busy editing a cell. Press Enter or Esc, then try again.",
  ItemNotFound: "a sheet was renamed or deleted while the planner was working. Try again.",
  RequestPayloadSizeLimitExceeded:
    "the plan is too large for one request to Excel. Split the plan over more sheets, then try again.",
  ResponsePayloadSizeLimitExceeded:
    "the plan is too large for one request to Excel. Split the plan over more sheets, then try again.",
  InsertDeleteConflict:
    "a sheet is protected or shared in a way that stops new sheets. Check Review › Protect Workbook, then try again.",
};

/**
 * An error with a message a consortium manager can act on (the original code kept).
 * @example throw friendlyError(error, "Consolidate")
 */
export function friendlyError(error: unknown, action: string): Error {
  if (error instanceof ExcelHostError) return error;
  if (error instanceof WriteFailure) {
    const advice = ADVICE[error.code];
    const reason = advice ?? `${error.message}.`;
    return new ExcelHostError(`${action} stopped part-way: ${reason} ${error.whatWasWritten()}`, error.code);
  }
  const code = codeOf(error);
  const detail = error instanceof Error ? error.message : String(error);
  const where = sheetIn(error);
  const advice = ADVICE[code];
  const message = advice
    ? `${action} could not finish${where ? ` on sheet ‘${where}’` : ""}: ${advice}`
    : `${action} could not finish: ${detail}. Try again.`;
  return new ExcelHostError(message, code || "Unknown");
}

/** Office.js names the failing statement's location in debugInfo, e.g. "Worksheet['Transport']". */
function sheetIn(error: unknown): string | null {
  const info =
    typeof error === "object" && error !== null && "debugInfo" in error
      ? (error as { debugInfo?: { errorLocation?: string } }).debugInfo
      : undefined;
  const match = /Worksheet(?:s)?\[?['"]?([^'"\]]+)['"]?\]?/.exec(info?.errorLocation ?? "");
  return match ? match[1] : null;
}
