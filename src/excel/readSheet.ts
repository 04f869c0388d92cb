/** One worksheet's name, used range and the workbook's date system, in one round trip. */
import type { CellValue } from "../core/types";
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
  // DATE(1904,1,1) is 0 in a workbook on the 1904 date system, 1462 in the 1900 one.
  const system = session.context.workbook.functions.date(1904, 1, 1);
  system.load("value");
  await session.sync();
  const date1904 = system.value === 0;
  if (used.isNullObject) return { name: sheet.name, topLeft: "A1", values: [], date1904 };
  return { name: sheet.name, topLeft: topLeftOf(used.address), values: used.values as CellValue[][], date1904 };
}
