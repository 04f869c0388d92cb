/** Small edits the pane asks for: an owner's capacity on People, and selecting a cell. */
import { textOf } from "../core/parse";
import type { CellTarget } from "../sheets/operations";
import { PEOPLE_SHEET } from "../sheets/templateLayout";
import { friendlyError } from "./errors";
import { readWorkbookSheet } from "./readSheet";
import { ExcelHostError, Session, excelRun, type ExcelRunner, retrying } from "./session";
import { prepareBlock } from "./writeBlock";
import { lockedWrite } from "./writeLock";

/**
 * Write an owner's capacity on the People sheet, adding them when they are not listed.
 * @example await setOwnerCapacity("Jane Smith", 4)
 */
export async function setOwnerCapacity(owner: string, capacity: number, run: ExcelRunner = excelRun): Promise<void> {
  if (!Number.isInteger(capacity) || capacity < 1) {
    throw new ExcelHostError(
      `Capacity must be a whole number of actions, 1 or more (not ${capacity}).`,
      "InvalidArgument",
    );
  }
  try {
    await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const sheet = context.workbook.worksheets.getItemOrNullObject(PEOPLE_SHEET);
      await session.sync();
      if (sheet.isNullObject) {
        throw new ExcelHostError(
          "There is no People sheet to save capacities on. Start a plan from the template, or add a sheet named People with Name and Capacity columns.",
          "NoPeopleSheet",
        );
      }
      const { values } = await readWorkbookSheet(session, sheet);
      const header = (values[0] ?? []).map((v) => textOf(v).toLowerCase());
      const nameCol = Math.max(0, header.indexOf("name"));
      const capacityCol = header.indexOf("capacity") >= 0 ? header.indexOf("capacity") : 3;
      const found = values.findIndex((row, i) => i > 0 && textOf(row[nameCol]).toLowerCase() === owner.toLowerCase());
      const row = found >= 0 ? found : Math.max(values.length, 1);
      if (found < 0) prepareBlock([[owner]]).queue(sheet, row, nameCol);
      sheet.getCell(row, capacityCol).values = [[capacity]];
      await session.sync();
    });
  } catch (error) {
    throw friendlyError(error, "Saving the capacity");
  }
}

/**
 * Select a cell (a problem's, an action's) and bring its sheet forward.
 * @example await goToCell({ sheet: "Transport", cell: "I7" })
 */
export async function goToCell(target: CellTarget, run: ExcelRunner = excelRun): Promise<void> {
  try {
    await retrying(run)(async (context) => {
      const sheet = context.workbook.worksheets.getItem(target.sheet);
      sheet.activate();
      sheet.getRange(target.cell).select();
      await new Session(context).sync();
    });
  } catch (error) {
    throw friendlyError(error, `Going to ${target.sheet}!${target.cell}`);
  }
}
