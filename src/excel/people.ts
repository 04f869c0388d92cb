/** Small edits the pane asks for: an owner's capacity on People, and selecting a cell. */
import { CAPACITY_EXPECTED, isCapacity, nameKey, parseA1, peopleColumns, textOf } from "../core/parse";
import type { CellTarget } from "../contract/operations";
import { PEOPLE_SHEET } from "../sheets/templateLayout";
import { friendlyError } from "./errors";
import { readOneSheet } from "./readSheet";
import { ExcelHostError, Session, excelRun, type ExcelRunner, retrying } from "./session";
import { prepareBlock } from "./writeBlock";
import { lockedWrite } from "./writeLock";

/**
 * Write an owner's capacity on the People sheet, adding them when they are not listed.
 * @example await setOwnerCapacity("Jane Smith", 4)
 */
export async function setOwnerCapacity(owner: string, capacity: number, run: ExcelRunner = excelRun): Promise<void> {
  if (!isCapacity(capacity)) {
    throw new ExcelHostError(`Capacity must be ${CAPACITY_EXPECTED} (not ${capacity}).`, "InvalidArgument");
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
      const { values, topLeft } = await readOneSheet(session, sheet);
      // The columns as the engine finds them (every header word it knows), so what is saved is what it reads.
      const columns = peopleColumns(values);
      if (!columns || columns.col.capacity === undefined) {
        throw new ExcelHostError(
          "The People sheet has no Capacity column the planner can find: add a column headed Capacity beside Name, then save again.",
          "NoCapacityColumn",
        );
      }
      const origin = parseA1(topLeft);
      const nameCol = columns.col.name as number;
      const key = nameKey(owner);
      const at = values.findIndex((row, i) => i > columns.rowIndex && nameKey(textOf(row[nameCol])) === key);
      const index = at >= 0 ? at : values.length;
      const row = origin.row - 1 + index;
      if (at < 0) prepareBlock([[owner]]).queue(sheet, row, origin.col + nameCol);
      sheet.getCell(row, origin.col + columns.col.capacity).values = [[capacity]];
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
