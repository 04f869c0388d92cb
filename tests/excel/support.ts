/** Fixture plans loaded into the fake Excel, as Office.js would hand their cells over. */
import * as path from "path";
import { readWorkbookFile } from "../../src/xlsx/readWorkbook";
import { serialOf, dayFromDate } from "../../src/core/days";
import { createFakeExcel, sheetOf } from "../../testkit/excelFake/workbook";
import type { Value } from "../../testkit/excelFake/state";

export const FIXTURES = path.resolve(__dirname, "../fixtures");

/**
 * A fixture workbook in the fake: dates as serials, blanks left out, as Excel holds them.
 * @example const fake = await fakeFromFixture("consolidate-plan.xlsx");
 */
export async function fakeFromFixture(
  name: string,
  options?: Parameters<typeof createFakeExcel>[1],
): Promise<ReturnType<typeof createFakeExcel>> {
  const { input } = readWorkbookFile(path.isAbsolute(name) ? name : path.join(FIXTURES, name));
  return createFakeExcel(
    input.grids.map((grid) =>
      sheetOf(
        grid.sheet,
        grid.values.map((row) =>
          row.map((v): Value | null =>
            v instanceof Date ? serialOf(dayFromDate(v) as number) : v === undefined ? null : v,
          ),
        ),
      ),
    ),
    options,
  );
}
