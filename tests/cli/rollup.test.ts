/**
 * Several plans rolled up by `implan check A B C`: three small partner plans
 * share one person, spelt three ways, with capacity 3 in one People sheet and
 * 2 in another. No plan alone overloads her; together they do, as counted by
 * hand below. IDs repeat (W1 in every plan) and stay apart as plan + ID.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { busy, partnerPlan } from "../../testkit/partnerPlans";
import { rawXlsx } from "../../testkit/rawXlsx";
import { implan } from "./runCli";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "implan-rollup-"));
const at = (name: string) => path.join(tmp, name);

interface Report {
  plans: { name: string; file: string; actions: number }[];
  actions: { plan: string; id: string; owners: string[] }[];
  overloads: { owner: string; week: string; load: number; capacity: number; actions: string[]; plans: string[] }[];
  problems: { plan: string; sheet: string; cell: string; message: string }[];
}

beforeAll(async () => {
  fs.writeFileSync(
    at("north.xlsx"),
    await rawXlsx({
      sheets: partnerPlan("Northside", [["Jane Smith", 3]], [busy("W1", "Jane Smith"), busy("W2", "Jane Smith")]),
    }),
  );
  fs.writeFileSync(
    at("east.xlsx"),
    await rawXlsx({ sheets: partnerPlan("Eastside", [["jane  smith", 2]], [busy("W1", "jane  smith")]) }),
  );
  fs.writeFileSync(
    at("west.xlsx"),
    await rawXlsx({ sheets: partnerPlan("Westside", null, [busy("W1", "JANE SMITH")]) }),
  );
});

test("no plan alone overloads anyone", async () => {
  for (const file of ["north.xlsx", "east.xlsx", "west.xlsx"]) {
    const run = await implan("check", at(file), "--json", "--as-of", "2009-11-16");
    expect((JSON.parse(run.out) as Report).overloads).toEqual([]);
  }
});

test("together: Jane Smith carries 4 against the lower capacity, 2, in each of four weeks, from all three plans", async () => {
  const run = await implan(
    "check",
    at("north.xlsx"),
    at("east.xlsx"),
    at("west.xlsx"),
    "--json",
    "--as-of",
    "2009-11-16",
  );
  expect(run.code).toBe(0);
  const report = JSON.parse(run.out) as Report;
  expect(report.plans.map((p) => [p.name, path.basename(p.file), p.actions])).toEqual([
    ["Northside", "north.xlsx", 2],
    ["Eastside", "east.xlsx", 1],
    ["Westside", "west.xlsx", 1],
  ]);
  expect(report.overloads.map((o) => [o.owner, o.week, o.load, o.capacity])).toEqual([
    ["Jane Smith", "2009-11-02", 4, 2],
    ["Jane Smith", "2009-11-09", 4, 2],
    ["Jane Smith", "2009-11-16", 4, 2],
    ["Jane Smith", "2009-11-23", 4, 2],
  ]);
  for (const o of report.overloads) {
    expect(o.plans).toEqual(["Eastside", "Northside", "Westside"]);
    expect([...o.actions].sort()).toEqual(["Eastside/W1", "Northside/W1", "Northside/W2", "Westside/W1"]);
  }
  // W1 in every plan, kept apart; every spelling one person.
  expect(
    report.actions
      .filter((a) => a.id === "W1")
      .map((a) => a.plan)
      .sort(),
  ).toEqual(["Eastside", "Northside", "Westside"]);
  expect(new Set(report.actions.flatMap((a) => a.owners))).toEqual(new Set(["Jane Smith"]));
  const conflicts = report.problems.filter((p) => p.message.includes("capacity is"));
  expect(conflicts).toHaveLength(1);
  expect(conflicts[0]).toMatchObject({ plan: "Eastside", sheet: "People" });
  expect(conflicts[0].message).toMatch(
    /capacity is 3 in Northside \(People!A2\) and 2 in Eastside \(People!A2\): the roll-up uses 2/,
  );
});

test("the summary names the plans behind each overload; with one file the output is as before", async () => {
  const run = await implan("check", at("north.xlsx"), at("east.xlsx"), at("west.xlsx"), "--as-of", "2009-11-16");
  expect(run.out).toMatch(/^3 plans rolled up — as of 16\/11\/2009/);
  expect(run.out).toContain(
    "Jane Smith: week of 02/11/2009 — 4 actions against capacity 2, from Eastside, Northside, Westside",
  );
  const one = JSON.parse((await implan("check", at("north.xlsx"), "--json", "--as-of", "2009-11-16")).out) as Record<
    string,
    unknown
  >;
  expect(Object.keys(one)).not.toContain("plans");
});

test("consolidate writes a consortium workbook that reads back as one plan with the same overloads; no input changes", async () => {
  const files = ["north.xlsx", "east.xlsx", "west.xlsx"].map(at);
  const before = files.map((f) => fs.readFileSync(f));
  const run = await implan("consolidate", ...files, "-o", at("consortium.xlsx"), "--as-of", "2009-11-16");
  expect(run.code).toBe(0);
  expect(run.out).toMatch(/^3 plans rolled up into .*consortium\.xlsx: Northside, Eastside, Westside/);
  files.forEach((f, i) => expect(fs.readFileSync(f).equals(before[i])).toBe(true));

  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(at("consortium.xlsx"));
  expect(workbook.worksheets.map((s) => s.name)).toEqual([
    "People",
    "Northside",
    "Eastside",
    "Westside",
    "Dashboard",
    "Timeline",
    "Load",
  ]);
  const east = workbook.getWorksheet("Eastside") as ExcelJS.Worksheet;
  const header = (east.getRow(1).values as unknown[]).slice(1);
  const row = (east.getRow(2).values as unknown[]).slice(1);
  const cell = (heading: string) => row[header.indexOf(heading)];
  expect([cell("ID"), cell("Owner"), cell("Plan"), cell("From file"), cell("From sheet"), cell("From cell")]).toEqual([
    "Eastside/W1",
    "Jane Smith",
    "Eastside",
    "east.xlsx",
    "Workforce planning",
    "B2", // the action's own cell in the partner's file (ID in A, Action in B)
  ]);
  const dashboard: unknown[][] = [];
  (workbook.getWorksheet("Dashboard") as ExcelJS.Worksheet).eachRow((r) =>
    dashboard.push((r.values as unknown[]).slice(1)),
  );
  const byPlan = dashboard.findIndex((r) => r[0] === "Plans (3): RAG by plan");
  expect(byPlan).toBeGreaterThan(0);
  // Plan, Actions, then the seven RAG columns: each plan's counts add up to its actions.
  const planRows = dashboard.slice(byPlan + 2, byPlan + 5);
  expect(planRows.map((r) => [r[0], r[1]])).toEqual([
    ["Northside", 2],
    ["Eastside", 1],
    ["Westside", 1],
  ]);
  for (const r of planRows) expect(r.slice(2, 9).reduce((n: number, v) => n + Number(v ?? 0), 0)).toBe(r[1]);
  // The overloaded owner names the plans behind her weeks; the Timeline says each action's plan.
  const overloaded = dashboard.findIndex((r) => r[0] === "Overloaded owners (1)");
  const head = dashboard[overloaded + 1];
  expect(dashboard[overloaded + 2][head.indexOf("Plans")]).toBe("Eastside, Northside, Westside");
  const timeline = workbook.getWorksheet("Timeline") as ExcelJS.Worksheet;
  const headings = (timeline.getRow(4).values as unknown[]).slice(1);
  const planColumn = headings.indexOf("Plan") + 1;
  expect(planColumn).toBeGreaterThan(0);
  const planOfRow = new Map<string, unknown>();
  timeline.eachRow((r, n) => n > 4 && planOfRow.set(String(r.getCell(1).value), r.getCell(planColumn).value));
  expect(Object.fromEntries(planOfRow)).toEqual({
    "Northside/W1": "Northside",
    "Northside/W2": "Northside",
    "Eastside/W1": "Eastside",
    "Westside/W1": "Westside",
  });
  const people = (workbook.getWorksheet("People") as ExcelJS.Worksheet).getRow(2).values as unknown[];
  expect(people.slice(1, 5)).toEqual(["Jane Smith", "", "", 2]);

  const again = JSON.parse(
    (await implan("check", at("consortium.xlsx"), "--json", "--as-of", "2009-11-16")).out,
  ) as Report;
  const rolled = JSON.parse((await implan("check", ...files, "--json", "--as-of", "2009-11-16")).out) as Report;
  // Actions of equal start and due may come in another order; the sets are the same.
  const shape = (r: Report) =>
    r.overloads.map(({ owner, week, load, capacity, actions }) => ({
      owner,
      week,
      load,
      capacity,
      actions: [...actions].sort(),
    }));
  expect(shape(again)).toEqual(shape(rolled));
  expect(shape(again)).toHaveLength(4);

  // Consolidated again later, the workbook still knows its plans: they are read from the copies themselves.
  expect(
    (await implan("consolidate", at("consortium.xlsx"), "-o", at("again.xlsx"), "--as-of", "2009-11-16")).code,
  ).toBe(0);
  const later = new ExcelJS.Workbook();
  await later.xlsx.readFile(at("again.xlsx"));
  const rows: unknown[][] = [];
  (later.getWorksheet("Dashboard") as ExcelJS.Worksheet).eachRow((r) => rows.push((r.values as unknown[]).slice(1)));
  const section = rows.findIndex((r) => r[0] === "Plans (3): RAG by plan");
  expect(rows.slice(section + 2, section + 5).map((r) => [r[0], r[1]])).toEqual(planRows.map((r) => [r[0], r[1]]));
});

test("two plans of one name are told apart; an output that is one of the inputs is refused; an unreadable input is named", async () => {
  fs.copyFileSync(at("north.xlsx"), at("north-copy.xlsx"));
  const twice = JSON.parse(
    (await implan("check", at("north.xlsx"), at("north-copy.xlsx"), "--json", "--as-of", "2009-11-16")).out,
  ) as Report;
  expect(twice.plans.map((p) => p.name)).toEqual(["Northside", "Northside (2)"]);
  const clash = await implan("consolidate", at("north.xlsx"), at("east.xlsx"), "-o", at("east.xlsx"), "--force");
  expect(clash.code).toBe(2);
  expect(clash.err).toMatch(/east\.xlsx: is the input/);
  fs.writeFileSync(at("broken.xlsx"), "not a workbook");
  const broken = await implan("check", at("north.xlsx"), at("broken.xlsx"));
  expect(broken.code).toBe(2);
  expect(broken.err).toMatch(/broken\.xlsx/);
});
