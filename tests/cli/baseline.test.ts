/**
 * Baselines end to end on files: set one on the demo plan, then make exactly
 * the changes a review meets — three due dates moved (two later, one
 * earlier), one action deleted, one added, one completed, one turned Red —
 * and the check report, the Dashboard's section and the Timeline's columns
 * say exactly that, counted by hand. A second baseline is compared only
 * when chosen; a Baseline sheet edited into nonsense is reported at its cells.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Io } from "../../src/cli/program";
import { writeDemo } from "../../src/cli/writeDemo";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-baseline-"));
const at = (name: string) => path.join(tmp, name);
const io: Io = { out: () => undefined, err: () => undefined, progress: false };
const HEADER_ROW = 3;

/** The row of an action on its area sheet, and a column by its heading. */
function locate(sheet: ExcelJS.Worksheet, id: string, heading: string): ExcelJS.Cell {
  let column = 0;
  sheet.getRow(HEADER_ROW).eachCell((cell, c) => {
    if (String(cell.value).trim() === heading && column === 0) column = c;
  });
  let row = 0;
  sheet.eachRow((r, n) => {
    if (n > HEADER_ROW && String(r.getCell(1).value) === id) row = n;
  });
  if (!row || !column) throw new Error(`no ${heading} for ${id} on ${sheet.name}`);
  return sheet.getCell(row, column);
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface Report {
  baseline?: {
    date: string;
    slipped: { id: string; days: number; from: string; to: string }[];
    forward: { id: string; days: number }[];
    added: string[];
    removed: string[];
    completed: string[];
    worsened: { id: string; from: string; to: string }[];
  };
  problems: { sheet: string; cell: string; message: string }[];
}

async function check(file: string, ...flags: string[]): Promise<Report> {
  const run = await implan("check", file, "--json", "--as-of", "2010-01-04", ...flags);
  expect(run.err).toBe("");
  return JSON.parse(run.out) as Report;
}

beforeAll(async () => {
  await writeDemo(at("demo.xlsx"), io);
  expect((await implan("baseline", at("demo.xlsx"), "-o", at("based.xlsx"), "--as-of", "2010-01-04")).code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("based.xlsx"));
  const sheet = (name: string) => workbook.getWorksheet(name) as ExcelJS.Worksheet;
  locate(sheet("Workforce planning"), "W6", "Due").value = utc("2010-04-02"); // was 19/03: 14 days later
  locate(sheet("Transport"), "T4", "Due").value = utc("2010-04-02"); // was 26/03: 7 days later
  locate(sheet("Quality assurance"), "Q3", "Due").value = utc("2010-03-05"); // was 12/03: 7 days earlier
  locate(sheet("Employer engagement"), "E4", "Status").value = "Complete";
  locate(sheet("Information, advice and guidanc"), "I3", "RAG").value = "Red"; // was Green
  const curriculum = sheet("Curriculum planning");
  curriculum.spliceRows(locate(curriculum, "C5", "ID").row as unknown as number, 1);
  const quality = sheet("Quality assurance");
  const q6 = Number(locate(quality, "Q6", "ID").row);
  quality.getCell(q6 + 1, 1).value = "Q7";
  locate(quality, "Q7", "Action").value = "Second peer review";
  locate(quality, "Q7", "Owner").value = "Priya Shah";
  locate(quality, "Q7", "Start").value = utc("2010-09-06");
  locate(quality, "Q7", "Due").value = utc("2010-10-01");
  await workbook.xlsx.writeFile(at("reviewed.xlsx"));
}, 120_000);

test("the Baseline sheet records every action with its date, and check reads it back unchanged", async () => {
  const report = await check(at("based.xlsx"));
  expect(report.baseline).toEqual({
    date: "2010-01-04",
    slipped: [],
    forward: [],
    added: [],
    removed: [],
    completed: [],
    worsened: [],
    renamed: [],
    newlyOverloaded: [],
  });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("based.xlsx"));
  const baseline = workbook.getWorksheet("Baseline") as ExcelJS.Worksheet;
  expect(baseline.getCell("A1").value).toBe("Implementation Planner — Baseline");
  expect(baseline.getRow(4).values).toContain("% complete");
  expect(baseline.actualRowCount).toBe(4 - 1 + 36); // title, explanation, headings, 36 actions
});

test("check --json says exactly what the review changed", async () => {
  const { baseline } = await check(at("reviewed.xlsx"));
  expect(baseline?.date).toBe("2010-01-04");
  expect(baseline?.slipped.map((m) => [m.id, m.days, m.from, m.to])).toEqual([
    ["W6", 14, "2010-03-19", "2010-04-02"],
    ["T4", 7, "2010-03-26", "2010-04-02"],
  ]);
  expect(baseline?.forward.map((m) => [m.id, m.days])).toEqual([["Q3", -7]]);
  expect(baseline?.added).toEqual(["Q7"]);
  expect(baseline?.removed).toEqual(["C5"]);
  expect(baseline?.completed).toEqual(["E4"]);
  expect(baseline?.worsened).toEqual([{ id: "I3", from: "Green", to: "Red" }]);
});

test("consolidate shows the same on the Dashboard and in the Timeline's Baseline due and Slip columns", async () => {
  const run = await implan("consolidate", at("reviewed.xlsx"), "-o", at("out.xlsx"), "--as-of", "2010-01-04");
  expect(run.code).toBe(0);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("out.xlsx"));
  const dashboard = workbook.getWorksheet("Dashboard") as ExcelJS.Worksheet;
  const rows: unknown[][] = [];
  dashboard.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  const title = rows.findIndex((r) => String(r[0]).startsWith("Since the baseline of 04/01/2010"));
  expect(rows[title][0]).toBe("Since the baseline of 04/01/2010 (7 changes)");
  expect(rows.slice(title + 2, title + 9).map((r) => [r[0], r[1], r[4] ?? null])).toEqual([
    ["Slipped", "W6", 14],
    ["Slipped", "T4", 7],
    ["Brought forward", "Q3", -7],
    ["Added", "Q7", null],
    ["Removed", "C5", null],
    ["Completed", "E4", null],
    ["Now Red", "I3", null],
  ]);
  const timeline = workbook.getWorksheet("Timeline") as ExcelJS.Worksheet;
  const header = (timeline.getRow(4).values as unknown[]).slice(1);
  const [due, slip] = [header.indexOf("Baseline due") + 1, header.indexOf("Slip (days)") + 1];
  expect(due).toBeGreaterThan(0);
  expect(slip).toBe(due + 1);
  const byId = new Map<string, ExcelJS.Row>();
  timeline.eachRow((row, n) => n > 4 && byId.set(String(row.getCell(1).value), row));
  expect(byId.get("W6")?.getCell(slip).value).toBe(14);
  expect(byId.get("Q3")?.getCell(slip).value).toBe(-7);
  expect(byId.get("W5")?.getCell(slip).value).toBe(0);
  expect(byId.get("Q7")?.getCell(due).value ?? null).toBeNull();
  expect((byId.get("T4")?.getCell(due).value as Date).toISOString().slice(0, 10)).toBe("2010-03-26");
  // Consolidate never touches the Baseline sheet: after it (twice), every value is as it was.
  expect((await implan("consolidate", at("out.xlsx"), "-o", at("again.xlsx"), "--as-of", "2010-01-04")).code).toBe(0);
  const values = async (file: string) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file);
    const rows: unknown[] = [];
    book.getWorksheet("Baseline")?.eachRow((row) => rows.push(row.values));
    return rows;
  };
  expect(await values(at("again.xlsx"))).toEqual(await values(at("reviewed.xlsx")));
});

test("with two baselines the latest is compared unless another is chosen", async () => {
  expect((await implan("baseline", at("reviewed.xlsx"), "-o", at("twice.xlsx"), "--as-of", "2010-01-11")).code).toBe(0);
  const latest = await check(at("twice.xlsx"));
  expect(latest.baseline?.date).toBe("2010-01-11");
  expect(latest.baseline?.slipped).toEqual([]);
  expect(latest.baseline?.removed).toEqual([]);
  const chosen = await check(at("twice.xlsx"), "--baseline", "2010-01-04");
  expect(chosen.baseline?.date).toBe("2010-01-04");
  expect(chosen.baseline?.slipped.map((m) => m.id)).toEqual(["W6", "T4"]);
  const missing = await implan("check", at("twice.xlsx"), "--baseline", "2010-02-01");
  expect(missing.code).toBe(2);
  expect(missing.err).toMatch(/no baseline of that date; it has 04\/01\/2010, 11\/01\/2010/);
  const again = await implan("baseline", at("twice.xlsx"), "-o", at("thrice.xlsx"), "--as-of", "2010-01-11");
  expect(again.code).toBe(2);
  expect(again.err).toMatch(/already has a baseline of 11\/01\/2010/);
});

test("a Baseline sheet edited into nonsense is reported at its cells, never trusted silently", async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("based.xlsx"));
  const baseline = workbook.getWorksheet("Baseline") as ExcelJS.Worksheet;
  baseline.getCell("A5").value = "sometime";
  baseline.getCell("C6").value = null;
  baseline.getCell("H7").value = "TBC";
  await workbook.xlsx.writeFile(at("nonsense.xlsx"));
  const report = await check(at("nonsense.xlsx"));
  const onBaseline = report.problems.filter((p) => p.sheet === "Baseline").map((p) => p.cell);
  expect(onBaseline).toEqual(["A5", "C6", "H7"]);
  // The rows left out are not compared: their actions read as added, nothing is invented.
  expect(report.baseline?.added.length).toBe(2);
  expect(report.baseline?.slipped).toEqual([]);
});
