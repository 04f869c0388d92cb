/** One worksheet's name and used range, in one round trip. */
import type { CellValue } from "../core/types";
import { topLeftOf } from "./readWorkbook";
import type { Session } from "./session";

/**
 * @example const { name, values } = await readWorkbookSheet(session, context.workbook.worksheets.getActiveWorksheet());
 */
export async function readWorkbookSheet(
  session: Session,
  sheet: Excel.Worksheet,
): Promise<{ name: string; topLeft: string; values: CellValue[][] }> {
  sheet.load("name");
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load("address,values");
  await session.sync();
  if (used.isNullObject) return { name: sheet.name, topLeft: "A1", values: [] };
  return { name: sheet.name, topLeft: topLeftOf(used.address), values: used.values as CellValue[][] };
}
