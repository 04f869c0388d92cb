/**
 * The Excel host against the strict fake, named for what the user sees:
 * references into the planner's sheets survive, undo survives, text stays
 * text, UK dates stay UK dates, the 1904 date system is honoured, and a
 * large plan stays under Excel on the web's payload limits.
 */
import { applyStructure, consolidateWorkbook, proposalFor } from "../../src/excel";
import { OWNED_SHEET_NAME } from "../../src/sheets/consolidationSpec";
import type { Value } from "../../testkit/excelFake/state";
import { createFakeExcel, sheetOf, sheetValues, type FakeWorkbook } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

const NOW = new Date(2009, 10, 16, 9);
const OWNED = ["Dashboard", "Timeline (plan)", "Load"];

/** 1900-system serial, computed here without the planner's own date code. */
const serial = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86_400_000;

const consolidate = (fake: FakeWorkbook) =>
  consolidateWorkbook({ run: fake.run, now: NOW, notes: true, supports: fake.supports });

test("after Consolidate, a user formula =Load!B5 and a chart on Load still work, and the tabs stay where they were", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  await consolidate(fake);
  const report = sheetOf("Board report", [["Peak load"]]);
  report.cells.set("B1", { value: 4, formula: "=Load!B5" });
  report.cells.set("B2", { value: "", formula: "='Timeline (plan)'!C5" });
  report.charts.push({ type: "ColumnClustered", data: "Load!A5:C9", name: "Our chart" });
  fake.state.sheets.push(report);
  const order = fake.state.sheets.map((s) => s.name);
  await consolidate(fake);
  await consolidate(fake);
  expect(report.cells.get("B1")).toEqual({ value: 4, formula: "=Load!B5" });
  expect(report.cells.get("B2")?.formula).toBe("='Timeline (plan)'!C5");
  expect(report.charts[0].data).toBe("Load!A5:C9");
  expect(fake.state.sheets.map((s) => s.name)).toEqual(order);
  expect(fake.deletedSheets).toBe(0);
});

test("with ExcelApi 1.20, the user's last edit is still undoable after Consolidate, and Consolidate is one undo step", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  fake.api = "1.20";
  await consolidate(fake);
  const before = OWNED.map((name) => sheetValues(fake, name));
  fake.userEdit("Workforce planning", "E5", 40200);
  await consolidate(fake);
  expect(fake.undo.labels.slice(-2)).toEqual(["typed in Workforce planning!E5", "add-in"]);
  expect(fake.undo.undoLast()).toBe("add-in");
  expect(OWNED.map((name) => sheetValues(fake, name))).toEqual(before);
  expect(fake.undo.undoLast()).toBe("typed in Workforce planning!E5");
});

test("below ExcelApi 1.20 every add-in write clears the user's undo history (what the README warns of)", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  fake.api = "1.18";
  fake.userEdit("Workforce planning", "E5", 40200);
  expect(fake.undo.steps).toBe(1);
  await consolidate(fake);
  expect(fake.undo.steps).toBe(0);
});

test("ID 1.10 stays 1.10 and 007 stays 007 on every owned sheet; UK text stays text", async () => {
  const ids = ["1.1", "1.10", "007", "-3", "01/03/2009"];
  const fake = createFakeExcel([
    sheetOf("Plan", [
      ["Plan name", "IDs"],
      ["As of", serial(2009, 11, 16)],
    ]),
    sheetOf("QA", [
      ["ID", "Action", "Owner", "Start", "Due"],
      ...ids.map((id, i) => [id, `Check ${i}`, "Jo Bloggs", serial(2009, 11, 2), serial(2009, 11, 20 + i)]),
    ]),
  ]);
  await consolidate(fake);
  for (const name of ["Timeline", "Load"]) {
    const sheet = fake.state.sheets.find((s) => s.name === name);
    const found = [...(sheet?.cells.values() ?? [])].map((c) => c.value).filter((v) => ids.includes(String(v)));
    if (name === "Timeline") expect(found.sort()).toEqual([...ids].sort());
    expect(found.every((v) => typeof v === "string")).toBe(true);
  }
  const owner = [...(fake.state.sheets.find((s) => s.name === "Timeline")?.cells.values() ?? [])].find(
    (c) => c.value === "Jo Bloggs",
  );
  expect(owner?.numberFormat).toBe("@");
});

test("a UK text date 01/03/2009 moved by Structure this sheet becomes 1 March 2009; 31/09/2009 is reported at its cell", async () => {
  const rows: (Value | null)[][] = [
    ["Task", "Lead", "Deadline"],
    ["Bus timetable", "Jo Bloggs", "01/03/2009"],
    ["Taster days", "Ann Lee", "31/09/2009"],
    ["Open evening", "Ann Lee", serial(2009, 10, 1)],
  ];
  const fake = createFakeExcel([sheetOf("Old plan", rows)]);
  const proposal = proposalFor("Old plan", "A1", rows as never);
  const result = await applyStructure(proposal, fake.run);
  const sheet = fake.state.sheets.find((s) => s.name === result.sheets[0]);
  const values = [...(sheet?.cells.values() ?? [])].map((c) => c.value);
  expect(values).toContain(serial(2009, 3, 1));
  expect(values).not.toContain(serial(2009, 1, 3));
  expect(values).toContain("31/09/2009");
  expect(result.messages.join("\n")).toMatch(/'Old plan'!C3: '31\/09\/2009' is not a date the planner can read/);
});

test("a workbook on the 1904 date system: due dates are read and written as the user sees them", async () => {
  const d1904 = (y: number, m: number, d: number) => (Date.UTC(y, m - 1, d) - Date.UTC(1904, 0, 1)) / 86_400_000;
  const fake = createFakeExcel(
    [
      sheetOf("Plan", [["As of", d1904(2009, 11, 16)]]),
      sheetOf("QA", [
        ["ID", "Action", "Owner", "Start", "Due"],
        ["Q1", "Audit", "Jo Bloggs", d1904(2009, 11, 2), d1904(2009, 11, 27)],
      ]),
    ],
    { date1904: true },
  );
  const outcome = await consolidate(fake);
  const action = outcome.analysis.timeline[0];
  expect(new Date((action.due ?? 0) * 86_400_000).toISOString().slice(0, 10)).toBe("2009-11-27");
  const timeline = sheetValues(fake, "Timeline");
  const row = timeline.find((r) => r[0] === "Q1") ?? [];
  expect(row).toContain(d1904(2009, 11, 27));
  expect(row).not.toContain(serial(2009, 11, 27));
  const rules = fake.state.sheets.find((s) => s.name === "Timeline")?.rules ?? [];
  expect(rules.some((r) => r.formula?.includes("DATE(2009,11,16)"))).toBe(true);
});

test("the second Consolidate reads the plan sheets, never the planner's own sheets' bodies", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  await consolidate(fake);
  expect([...fake.state.names.keys()].filter((n) => n.startsWith(OWNED_SHEET_NAME)).sort()).toEqual([
    `${OWNED_SHEET_NAME}Dashboard`,
    `${OWNED_SHEET_NAME}Load`,
    `${OWNED_SHEET_NAME}Timeline`,
  ]);
  fake.valuesRead.length = 0;
  const outcome = await consolidate(fake);
  expect(outcome.syncs).toBe(4);
  expect(fake.valuesRead.filter((name) => OWNED.includes(name))).toEqual([]);
  expect(fake.valuesRead).toContain("Workforce planning");
});
