/** Turns a host failure into what happened and what to do, for a MessageBar. */

export interface PaneError {
  id: number;
  /** What happened, e.g. "Consolidate failed: the workbook is in cell-edit mode." */
  title: string;
  /** What the user can do about it. */
  advice: string;
}

/** Office.js error codes we can advise on (documented in the Excel JavaScript API reference). */
const ADVICE: Record<string, string> = {
  InvalidOperationInCellEditMode: "Finish editing the cell (press Enter or Esc), then try again.",
  AccessDenied: "A sheet the planner writes to is protected. Unprotect it (Review › Unprotect Sheet), then try again.",
  RequestPayloadSizeLimitExceeded:
    "The plan is too large to send in one go. Split very long area sheets, then try again.",
  ResponsePayloadSizeLimitExceeded:
    "The plan is too large to read in one go. Split very long area sheets, then try again.",
  ItemAlreadyExists: "A sheet or table with that name already exists. Rename it, or choose another name.",
  ItemNotFound: "A sheet the planner needs is missing or was renamed. Check the sheet names, then try again.",
  GeneralException: "Excel could not finish. Save your work, then try again.",
};

const FALLBACK_ADVICE = "Check the workbook is open and not being edited, then try again. Nothing in it was changed.";

/** The `code` an Office.js error carries, if any. */
function codeOf(error: unknown): string | null {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : null;
  }
  return null;
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === "string") return error;
  return "an unknown error";
}

/**
 * Describe a failed task for the user.
 * @example describeError("Consolidate", { code: "AccessDenied", message: "Denied" }, 1).advice
 * // "A sheet the planner writes to is protected. …"
 */
export function describeError(task: string, error: unknown, id: number): PaneError {
  const code = codeOf(error);
  const message = messageOf(error).trim().replace(/\.$/, "");
  return { id, title: `${task} failed: ${message}.`, advice: (code && ADVICE[code]) ?? FALLBACK_ADVICE };
}
