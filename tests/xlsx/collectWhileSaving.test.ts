/** The save's memory hook is in place, and a save through it still writes the workbook. */
import ExcelJS from "exceljs";
import { canCollectWhileSaving, collectWhileSaving } from "../../src/xlsx/collectWhileSaving";

test("ExcelJS's zip writer and Node's collector are both reachable", () => {
  expect(canCollectWhileSaving()).toBe(true);
});

test("a workbook saved through the hook reads back the same", async () => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Big");
  for (let r = 1; r <= 3000; r++) sheet.getRow(r).values = [`Action ${r}`, "x".repeat(2000), r];
  const buffer = await collectWhileSaving(() => workbook.xlsx.writeBuffer());
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(buffer as ArrayBuffer);
  expect(back.getWorksheet("Big")?.getCell("C3000").value).toBe(3000);
});
