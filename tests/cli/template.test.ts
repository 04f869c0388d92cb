/** `implan template`: a new plan workbook the reader takes without errors. */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-template-"));

test("writes Plan, People, the chosen areas and Risks, and check reads it cleanly", async () => {
  const file = path.join(tmp, "new.xlsx");
  const run = await implan(
    "template",
    file,
    "--areas",
    "Workforce planning, Transport ,Info/advice",
    "--five-point",
    "--name",
    "Eastbrook",
    "--start",
    "2009-09-01",
  );
  expect(run.err).toBe("");
  expect(run.code).toBe(0);
  expect(run.out).toContain("Wrote");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((s) => s.name)).toEqual([
    "Plan",
    "People",
    "Workforce planning",
    "Transport",
    "Info advice",
    "Risks",
  ]);
  expect(wb.getWorksheet("Plan")?.getCell("B1").value).toBe("Eastbrook");
  expect(wb.getWorksheet("Plan")?.getCell("B6").value).toBe("5-point");
  const check = await implan("check", file, "--json");
  expect(check.code).toBe(0);
  const report = JSON.parse(check.out) as {
    plan: { name: string };
    actions: unknown[];
    problems: { severity: string; message: string }[];
  };
  expect(report.plan.name).toBe("Eastbrook");
  expect(report.actions).toEqual([]);
  expect(report.problems.filter((p) => p.severity === "error")).toEqual([]);
});

test("all fourteen typical areas by default", async () => {
  const file = path.join(tmp, "all.xlsx");
  expect((await implan("template", file)).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets).toHaveLength(17);
});

test.each([
  [["template", path.join(tmp, "t.xlsx"), "--start", "1/9/2009"], /--start '1\/9\/2009' is not a date/],
  [["template", path.join(tmp, "t.txt")], /must be an \.xlsx file/],
  [["template", path.join(tmp, "t2.xlsx"), "--areas", " , "], /names no areas/],
])("bad input %p exits 2", async (argv, message) => {
  const run = await implan(...argv);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(message);
});

test("never overwrites a file unless told to", async () => {
  const file = path.join(tmp, "kept.xlsx");
  fs.writeFileSync(file, "mine");
  const run = await implan("template", file);
  expect(run.code).toBe(2);
  expect(run.err).toMatch(/already exists/);
  expect(fs.readFileSync(file, "utf8")).toBe("mine");
  expect((await implan("template", file, "--force")).code).toBe(0);
});
