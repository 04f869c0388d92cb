/** Flag and clear: the add-in's own rules and notes on the user's sheets, and nothing else. */
import type { WriteResult } from "../contract/operations";
import { consolidateWorkbook } from "./consolidate";
import { friendlyError } from "./errors";
import { queueOwnMarks, removeOwnMarks } from "./ownMarks";
import { readWorkbook } from "./readWorkbook";
import { excelApiSupported, NOTES_API } from "./requirements";
import { Session, excelRun, type ExcelRunner } from "./session";
import { lockedWrite } from "./writeLock";

/**
 * Flag overloaded owners: a full consolidation, since flags point at the Load sheet's lists.
 * @example await flagOverloads()
 */
export async function flagOverloads(run: ExcelRunner = excelRun): Promise<WriteResult> {
  const outcome = await consolidateWorkbook({ run });
  const owners = new Set(outcome.analysis.overloads.map((o) => o.owner)).size;
  return {
    sheets: outcome.sheets,
    messages: [
      `Flagged ${owners} overloaded owner${owners === 1 ? "" : "s"} on their actions' Owner cells.`,
      ...outcome.messages,
    ],
  };
}

/**
 * Remove the add-in's flag rules and notes; users' own formatting and notes stay.
 * @example await clearFlags()
 */
export async function clearFlags(
  run: ExcelRunner = excelRun,
  notes = excelApiSupported(NOTES_API),
): Promise<WriteResult> {
  try {
    return await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const read = await readWorkbook(session, { notes });
      const marks = queueOwnMarks(read.sheets);
      await session.sync();
      let cleared = 0;
      context.runtime.enableEvents = false;
      for (const own of marks.values()) {
        cleared += own.notes.length;
        removeOwnMarks(own);
      }
      context.runtime.enableEvents = true;
      await session.sync();
      return {
        sheets: [],
        messages: [
          `Cleared the planner's flags (${cleared} note${cleared === 1 ? "" : "s"}); your own formatting and notes are untouched.`,
        ],
      };
    });
  } catch (error) {
    throw friendlyError(error, "Clear flags");
  }
}
