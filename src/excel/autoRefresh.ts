/**
 * Keeping the owned sheets and flags current, when the user switches it on
 * (it is off by default: below ExcelApi 1.20 every write from an add-in
 * clears the user's undo history, so refreshing on every edit would take
 * Ctrl+Z away). A change to any sheet, after 1.5 s of quiet, reconsolidates.
 * - The add-in's own writes run with events off, so they never trigger it.
 * - A co-author's edit (`event.source` "Remote") is not this user's to act
 *   on: their own add-in refreshes, and two refreshing each other would ping-pong.
 * - It shares the one write lock: while another writer runs, it waits.
 */
import { parseWorkbook } from "../core/parse";
import type { ConsolidateOutcome } from "../contract/operations";
import { consolidateWorkbook } from "./consolidate";
import { readWorkbook } from "./readWorkbook";
import { ExcelHostError, Session, excelRun, type ExcelRunner } from "./session";
import { writerBusy } from "./writeLock";

export const REFRESH_DELAY_MS = 1500;

export interface AutoRefresh {
  stop(): Promise<void>;
}

/** The part of Excel's WorksheetChangedEventArgs the refresh reads. */
interface ChangeEvent {
  source?: string;
}

/**
 * Start listening for changes; `onOutcome` gets each refresh, `onError` its failures.
 * Refuses (with a message) in a workbook that holds no plan.
 * @example const refresh = await startAutoRefresh((o) => show(o), (e) => warn(e));
 */
export async function startAutoRefresh(
  onOutcome: (outcome: ConsolidateOutcome) => void,
  onError: (error: Error) => void,
  run: ExcelRunner = excelRun,
  consolidate: () => Promise<ConsolidateOutcome> = () => consolidateWorkbook({ run }),
): Promise<AutoRefresh> {
  await requirePlan(run);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const refresh = async () => {
    if (running || writerBusy()) {
      again = true;
      if (!running) schedule();
      return;
    }
    running = true;
    again = false;
    try {
      onOutcome(await consolidate());
    } catch (error) {
      onError(error instanceof Error ? error : new Error(String(error)));
    } finally {
      running = false;
      if (again) {
        again = false;
        schedule();
      }
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), REFRESH_DELAY_MS);
  };
  const handler = await run(async (context) => {
    const added = context.workbook.worksheets.onChanged.add(async (event: ChangeEvent) => {
      if (event.source !== "Remote") schedule();
    });
    await context.sync();
    return added;
  });
  askToLoadWithDocument();
  return {
    async stop() {
      clearTimeout(timer);
      const remove = async (context: Excel.RequestContext) => {
        handler.remove();
        await context.sync();
      };
      // Office.js removes a handler only in the context that added it.
      if (run === excelRun) await Excel.run(handler.context, remove);
      else await run(remove);
    },
  };
}

/** Refreshing a workbook with no actions would only write empty sheets into someone else's file. */
async function requirePlan(run: ExcelRunner): Promise<void> {
  const actions = await run(async (context) => {
    const read = await readWorkbook(new Session(context), { notes: false });
    return parseWorkbook(read.input).plan.actions.length;
  });
  if (actions === 0) {
    throw new ExcelHostError(
      "There is no plan in this workbook to keep current: start one (Plan › New plan) or open the workbook that holds it, then switch refresh on.",
      "NoPlan",
    );
  }
}

/** Flags stay current with the pane closed when Excel loads the add-in with the document (shared runtime). */
function askToLoadWithDocument(): void {
  if (typeof Office === "undefined" || !Office.addin?.setStartupBehavior) return;
  void Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch(() => undefined);
}
