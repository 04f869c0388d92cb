/**
 * One batch of work on the open workbook: the request context and the number
 * of round trips used; and a runner that gets past Excel's cell-edit mode once.
 */
import { PlannerError } from "../contract/errorAdvice";

/** `Excel.run` options the host uses: one undo step per run (ExcelApi 1.20), waiting out cell edit (1.11). */
export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

/** Runs a batch against the workbook: `Excel.run` in Excel, a fake in tests. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>, options?: RunOptions) => Promise<T>;

/** The real runner. */
export const excelRun: ExcelRunner = (batch, options) =>
  options && Object.keys(options).length > 0 ? Excel.run(options as Excel.RunOptions, batch) : Excel.run(batch);

/** What the user sees when Excel stays in cell-edit mode. */
export const CELL_EDIT_MESSAGE = "Excel is busy editing a cell.";

/** Pause before the one retry, long enough for a user's Enter to land. */
const RETRY_MS = 1000;

/** An error with Office.js's `code`, as the pane's advice reads it. */
export class ExcelHostError extends PlannerError {}

/**
 * The context plus a counted `sync`.
 * @example const session = new Session(context); await session.sync(); session.syncs // 1
 */
export class Session {
  syncs = 0;

  constructor(readonly context: Excel.RequestContext) {}

  async sync(): Promise<void> {
    this.syncs++;
    await this.context.sync();
  }
}

const CELL_EDIT = "InvalidOperationInCellEditMode";

/**
 * A runner that runs the whole batch once more when Excel was in cell-edit
 * mode (a failed sync drops its queue, so only a fresh batch is a real retry).
 * @example await retrying(excelRun)(async (context) => …)
 */
export function retrying(run: ExcelRunner, pauseMs = RETRY_MS): ExcelRunner {
  return async (batch, options) => {
    try {
      return await run(batch, options);
    } catch (error) {
      if (codeOf(error) !== CELL_EDIT) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      try {
        return await run(batch, options);
      } catch (again) {
        if (codeOf(again) === CELL_EDIT) throw new ExcelHostError(CELL_EDIT_MESSAGE, CELL_EDIT);
        throw again;
      }
    }
  };
}

/** Office.js errors carry a `code` such as "AccessDenied" or "ItemNotFound". */
export function codeOf(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}
