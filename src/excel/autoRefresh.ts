/**
 * Keeping the owned sheets and flags current: a change to any sheet, after
 * 1.5 s of quiet, reconsolidates. The add-in's own writes run with events
 * off, so they never trigger it.
 */
import type { ConsolidateOutcome } from "../sheets/operations";
import { consolidateWorkbook } from "./consolidate";
import { excelRun, type ExcelRunner } from "./session";

export const REFRESH_DELAY_MS = 1500;

export interface AutoRefresh {
  stop(): Promise<void>;
}

/**
 * Start listening for changes; `onOutcome` gets each refresh, `onError` its failures.
 * @example const refresh = await startAutoRefresh((o) => show(o), (e) => warn(e));
 */
export async function startAutoRefresh(
  onOutcome: (outcome: ConsolidateOutcome) => void,
  onError: (error: Error) => void,
  run: ExcelRunner = excelRun,
  consolidate: () => Promise<ConsolidateOutcome> = () => consolidateWorkbook({ run }),
): Promise<AutoRefresh> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running = false;
  let again = false;
  const refresh = async () => {
    if (running) {
      again = true;
      return;
    }
    running = true;
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
    const added = context.workbook.worksheets.onChanged.add(async () => schedule());
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

/** Flags stay current with the pane closed when Excel loads the add-in with the document (shared runtime). */
function askToLoadWithDocument(): void {
  if (typeof Office === "undefined" || !Office.addin?.setStartupBehavior) return;
  void Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch(() => undefined);
}
