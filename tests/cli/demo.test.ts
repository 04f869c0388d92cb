/** `implan demo`: a realistic consolidated plan, the same every run. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { cellDump, rulesOf } from "../xlsx/support";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-demo-"));

async function demo(name: string): Promise<{ wb: ExcelJS.Workbook; out: string }> {
  const file = path.join(tmp, name);
  const run = await implan("demo", "-o", file);
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return { wb, out: run.out };
}

test("writes a consortium plan with overloads, a clash, overdue actions and risks, consolidated", async () => {
  const { wb, out } = await demo("a.xlsx");
  const names = wb.worksheets.map((s) => s.name);
  expect(names.slice(0, 2)).toEqual(["Plan", "People"]);
  expect(names.slice(-4)).toEqual(["Risks", "Dashboard", "Timeline", "Load"]);
  expect(names.length).toBeGreaterThanOrEqual(3 + 6 + 3);
  expect(wb.getWorksheet("People")?.rowCount).toBe(13);
  const count = (label: RegExp) => Number(label.exec(out)?.[1]);
  expect(count(/^(\d+) actions in 6 areas/m)).toBeGreaterThanOrEqual(36);
  expect(count(/Overloaded owners \((\d+)\)/)).toBeGreaterThanOrEqual(1);
  expect(count(/Deadline clashes: (\d+)/)).toBeGreaterThanOrEqual(1);
  expect(count(/Overdue actions: (\d+)/)).toBeGreaterThanOrEqual(2);
  expect(out).toMatch(/—.*as of 18\/01\/2010/);
});

test("two runs write the same cells and rules", async () => {
  const [a, b] = [await demo("one.xlsx"), await demo("two.xlsx")];
  for (const sheet of a.wb.worksheets) {
    const other = b.wb.getWorksheet(sheet.name);
    expect(other).toBeDefined();
    if (!other) continue;
    expect(cellDump(other)).toEqual(cellDump(sheet));
    expect(rulesOf(other)).toEqual(rulesOf(sheet));
  }
});
