/**
 * The Timeline view's switch "Fill in missing action IDs", kept in the
 * workbook (a name set to FALSE while it is off), so the ribbon's Consolidate
 * and the automatic refresh follow it too. On is the default: no name.
 */
import type { WriteResult } from "../contract/operations";
import { FILL_IDS_SWITCH, FILL_IDS_SWITCH_COMMENT } from "../sheets/marks";
import { friendlyError } from "./errors";
import { NAME_FIELDS } from "./functionNames";
import { excelRun, Session, type ExcelRunner } from "./session";
import { lockedWrite } from "./writeLock";

/**
 * Turn filling in blank action IDs on (the default) or off for this workbook.
 * @example await setFillIds(false) // { sheets: [], messages: ["Blank action IDs will be left blank …"] }
 */
export async function setFillIds(on: boolean, run: ExcelRunner = excelRun): Promise<WriteResult> {
  try {
    return await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const names = context.workbook.names.load(NAME_FIELDS);
      await session.sync();
      for (const item of names.items) if (item.name.toLowerCase() === FILL_IDS_SWITCH.toLowerCase()) item.delete();
      if (!on) names.add(FILL_IDS_SWITCH, "=FALSE", FILL_IDS_SWITCH_COMMENT);
      await session.sync();
      return {
        sheets: [],
        messages: [
          on
            ? "Consolidate fills in blank action IDs (T3, IAG4…), so each action keeps its ID from run to run."
            : "Blank action IDs will be left blank: those actions go by sheet and row, and nothing is typed into your ID cells.",
        ],
      };
    });
  } catch (error) {
    throw friendlyError(error, "Fill in missing IDs");
  }
}
