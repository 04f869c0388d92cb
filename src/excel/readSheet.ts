/** One worksheet's name, used range and the workbook's date system, in one round trip. */
import type { CellValue } from "../core/types";
import { queueDateSystemProbe } from "./dateSystem";
import { topLeftOf } from "./readWorkbook";
import type { Session } from "./session";

/**
 * @example const { name, values } = await readOneSheet(session, context.workbook.worksheets.getActiveWorksheet());
 */
export async function readOneSheet(
  session: Session,
  sheet: Excel.Worksheet,
): Promise<{ name: string; topLeft: string; values: CellValue[][]; date1904: boolean }> {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,values");
  const is1904 = queueDateSystemProbe(session.context);
  await session.sync();
  const date1904 = is1904();
  if (used.isNullObject) return { name: sheet.name, topLeft: "A1", values: [], date1904 };
  return { name: sheet.name, topLeft: topLeftOf(used.address), values: used.values as CellValue[][], date1904 };
}
