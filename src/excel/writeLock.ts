/**
 * One writer at a time: Consolidate (ribbon, pane or auto-refresh), saving a
 * capacity, a new plan, a new area and Structure this sheet all take this
 * lock, so two of them never interleave their batches in one workbook.
 */
import { excelApiSupported, writeRunOptions, type ApiSupport } from "./requirements";
import { retrying, type ExcelRunner } from "./session";

let tail: Promise<unknown> = Promise.resolve();
let held = false;

/** True while a writer holds the lock (auto-refresh waits rather than queueing behind it). */
export function writerBusy(): boolean {
  return held;
}

/**
 * Run `write` when every earlier writer has finished (whether it succeeded or failed).
 * @example await withWriteLock(() => consolidateWorkbook())
 */
export function withWriteLock<T>(write: () => Promise<T>): Promise<T> {
  const turn = tail.then(async () => {
    held = true;
    try {
      return await write();
    } finally {
      held = false;
    }
  });
  tail = turn.catch(() => undefined);
  return turn;
}

/**
 * A write batch as every writer runs it: under the lock, retried once out of
 * cell-edit mode, as one undo step where Excel can (see `writeRunOptions`).
 * @example await lockedWrite(run, async (context) => { … }, supports)
 */
export function lockedWrite<T>(
  run: ExcelRunner,
  batch: (context: Excel.RequestContext) => Promise<T>,
  supports: ApiSupport = excelApiSupported,
): Promise<T> {
  return withWriteLock(() => retrying(run)(batch, writeRunOptions(supports)));
}
