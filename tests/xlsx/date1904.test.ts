/**
 * A workbook on the 1904 date system (old Mac workbooks) through the file
 * host: dates typed in it are read as the user sees them, and the dates the
 * planner writes back read as the same days — checked with ExcelJS's own
 * 1904 handling, not the planner's date code.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { consolidateFile } from "../../src/cli/consolidateFile";
import type { Io } from "../../src/cli/program";

const io: Io = { out: () => undefined, err: () => undefined, progress: false };
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-1904-"));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

test("consolidating a 1904 workbook keeps every date on its day", async () => {
  const wb = new ExcelJS.Workbook();
  (wb.properties as { date1904?: boolean }).date1904 = true;
  const plan = wb.addWorksheet("Plan");
  plan.addRow(["As of", utc(2009, 11, 16)]);
  const qa = wb.addWorksheet("Quality assurance");
  qa.addRow(["ID", "Action", "Owner", "Start", "Due"]);
  qa.addRow(["Q1", "Audit the handbook", "Jo Bloggs", utc(2009, 11, 2), utc(2009, 11, 27)]);
  const input = path.join(tmp, "mac-plan.xlsx");
  await wb.xlsx.writeFile(input);

  const output = path.join(tmp, "mac-plan-consolidated.xlsx");
  const { analysis } = await consolidateFile(input, { output }, io, new Date(2009, 10, 16, 9));
  expect(new Date(analysis.timeline[0].due! * 86_400_000).toISOString().slice(0, 10)).toBe("2009-11-27");

  const back = new ExcelJS.Workbook();
  await back.xlsx.readFile(output);
  expect((back.properties as { date1904?: boolean }).date1904).toBe(true);
  const timeline = back.getWorksheet("Timeline");
  let due: unknown = null;
  timeline?.eachRow((row) => {
    if (row.getCell(1).value === "Q1") due = row.getCell(6).value;
  });
  expect(due).toEqual(utc(2009, 11, 27));
});
