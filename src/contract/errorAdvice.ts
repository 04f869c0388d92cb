/**
 * What a failure from Excel means and what to do about it, by Office.js error
 * code (Excel JavaScript API, "Error handling": learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * One table: the host says what happened, the pane shows the advice once.
 */

export interface Advice {
  /** What happened, in the user's words. */
  what: string;
  /** What to do about it. */
  todo: string;
  /** Excel's own message says more than `what` (a general failure): show it instead. */
  keepMessage?: boolean;
}

const ADVICE: Record<string, Advice> = {
  AccessDenied: {
    what: "a sheet the planner writes to is protected",
    todo: "Unprotect it (Review › Unprotect Sheet), then try again.",
  },
  InvalidOperationInCellEditMode: {
    what: "Excel is busy editing a cell",
    todo: "Finish editing the cell (press Enter or Esc), then try again.",
  },
  ItemNotFound: {
    what: "a sheet the planner needs is missing or was renamed while it worked",
    todo: "Check the sheet names, then try again.",
  },
  ItemAlreadyExists: {
    what: "a sheet or table with that name already exists",
    todo: "Rename it, or choose another name.",
  },
  RequestPayloadSizeLimitExceeded: {
    what: "the plan is too large to send to Excel in one go",
    todo: "Split very long area sheets, then try again.",
  },
  ResponsePayloadSizeLimitExceeded: {
    what: "the plan is too large to read from Excel in one go",
    todo: "Split very long area sheets, then try again.",
  },
  RangeExceedsLimit: {
    what: "a sheet's used range is larger than Excel will hand over at once",
    todo: "Delete stray cells far below or to the right of the plan (Ctrl+End shows the last one), then try again.",
  },
  InsertDeleteConflict: {
    what: "the workbook's structure is protected or shared in a way that stops new sheets",
    todo: "Check Review › Protect Workbook, then try again.",
  },
  GeneralException: { what: "Excel could not finish", todo: "Save your work, then try again.", keepMessage: true },
};

/** When the code says nothing we can act on. */
export const FALLBACK_TODO = "Check the workbook is open and not being edited, then try again.";

/**
 * The advice for an Office.js error code, if there is any.
 * @example adviceFor("AccessDenied")?.todo // "Unprotect it (Review › Unprotect Sheet), then try again."
 */
export function adviceFor(code: string | null | undefined): Advice | undefined {
  return code ? ADVICE[code] : undefined;
}

/** The window event the ribbon's commands dispatch when they fail; its detail is `{ message, advice }`. */
export const COMMAND_ERROR_EVENT = "implan:command-error";

/** What a ribbon command's failure carries to the pane. */
export interface CommandErrorDetail {
  message: string;
  advice?: string;
}

/**
 * A failure the user can act on, with a code the pane can advise on
 * (thrown by the hosts and by the pure mapping of "Structure this sheet").
 * @example throw new PlannerError("No header row was found …", "NoHeader")
 */
export class PlannerError extends Error {
  /** What to do about it, shown once beside the message. */
  advice?: string;

  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}
