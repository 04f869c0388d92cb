/**
 * Reads every worksheet's used range as a grid for the core: one sync for
 * names, one for addresses and values.
 */
import type { CellValue, Grid, WorkbookInput } from "../core/types";

/**
 * All worksheets of the workbook as grids.
 * @example const input = await Excel.run((context) => readWorkbookGrids(context));
 */
export async function readWorkbookGrids(context: Excel.RequestContext): Promise<WorkbookInput> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const used = sheets.items.map((sheet) => {
    const range = sheet.getUsedRangeOrNullObject(true);
    range.load("address,values");
    return { name: sheet.name, range };
  });
  await context.sync();
  const grids: Grid[] = [];
  for (const { name, range } of used) {
    if (range.isNullObject) continue;
    grids.push({ sheet: name, topLeft: topLeftOf(range.address), values: range.values as CellValue[][] });
  }
  return { grids };
}

/** `"'My sheet'!C4:F20"` → `"C4"`. */
export function topLeftOf(address: string): string {
  const local = address.slice(address.lastIndexOf("!") + 1);
  return local.split(":")[0].replace(/\$/g, "");
}
