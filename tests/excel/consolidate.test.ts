/** Consolidate through the fake Excel: four round trips, owned sheets swapped in, flags, nothing of the user's lost. */
import { consolidateWorkbook } from "../../src/excel";
import { NOTE_MARK, RULE_MARK } from "../../src/sheets/marks";
import { officeError } from "../../testkit/excelFake/excel";
import { createFakeExcel, sheetOf, sheetValues } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

const NOW = new Date(2009, 10, 16, 9, 0);

async function consolidated(notes = true) {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  const before = new Map(fake.state.sheets.map((s) => [s.name, new Map([...s.cells].map(([a, c]) => [a, { ...c }]))]));
  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW, notes });
  return { fake, outcome, before };
}

describe("Consolidate through Office.js", () => {
  test("uses five syncs the first time (the short names' own) and writes Dashboard, Timeline and Load (beside the user's own 'Timeline')", async () => {
    const { fake, outcome } = await consolidated();
    expect(outcome.syncs).toBe(5);
    expect(fake.syncs).toBe(5);
    const names = fake.state.sheets.map((s) => s.name);
    expect(names.slice(-3)).toEqual(["Dashboard", "Timeline (plan)", "Load"]);
    expect(names).toContain("Timeline");
    expect(outcome.messages.join(" ")).toMatch(/Timeline \(plan\)/);
    expect(names.some((n) => n.startsWith("~planner"))).toBe(false);
    expect(String(sheetValues(fake, "Timeline (plan)")[0][0])).toMatch(/^Implementation Planner — Timeline/);
    expect(fake.calcSuspensions).toBeGreaterThanOrEqual(1);
    expect(fake.events.switches[0]).toBe(false);
    expect(fake.eventsEnabled).toBe(true);
    expect(fake.calcSuspended).toBe(false);
    // Written under suspended calculation, then recalculated: lookups into the owned sheets are current.
    expect(fake.staleFormulas).toBe(false);
  });

  test("consolidating again replaces the owned sheets, with the same rule count and no duplicate names", async () => {
    const { fake } = await consolidated();
    const rules = fake.state.sheets.map((s) => [s.name, s.rules.length]);
    const names = [...fake.state.names.keys()].sort();
    await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
    expect(fake.state.sheets.map((s) => [s.name, s.rules.length])).toEqual(rules);
    expect([...fake.state.names.keys()].sort()).toEqual(names);
  });

  test("user cells are unchanged except filled IDs; flags are marked rules and notes", async () => {
    const { fake, before, outcome } = await consolidated();
    for (const [name, cells] of before) {
      const sheet = fake.state.sheets.find((s) => s.name === name);
      expect(sheet).toBeDefined();
      for (const [address, cell] of cells)
        expect([name, address, sheet?.cells.get(address)?.value]).toEqual([name, address, cell.value]);
    }
    expect(outcome.analysis.overloads.length).toBeGreaterThan(0);
    const flagged = fake.state.sheets.filter((s) => s.rules.some((r) => r.formula?.includes(RULE_MARK)));
    expect(flagged.length).toBeGreaterThan(0);
    const notes = flagged.flatMap((s) => [...s.notes.values()]);
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.includes(NOTE_MARK))).toBe(true);
  });

  test("without notes (Excel before ExcelApi 1.18) flags are colour only, and the outcome says so", async () => {
    const { fake, outcome } = await consolidated(false);
    expect(fake.state.sheets.every((s) => s.notes.size === 0)).toBe(true);
    expect(outcome.messages.join(" ")).toMatch(/cannot add notes/);
  });

  test("a failure while writing the sheets marks them incomplete, says so, and the next Consolidate repairs them", async () => {
    const { fake } = await consolidated();
    const names = fake.state.sheets.map((s) => s.name);
    fake.failAtSync(fake.syncs + 3, officeError("GeneralException", "Excel stopped"));
    await expect(consolidateWorkbook({ run: fake.run, now: NOW })).rejects.toThrow(
      /stopped part-way: Excel stopped\. Dashboard, Timeline \(plan\) and Load were partly written and say INCOMPLETE in A1; your plan sheets, flags and notes were not changed/,
    );
    expect(fake.state.sheets.map((s) => s.name)).toEqual(names);
    const a1 = () => ["Dashboard", "Timeline (plan)", "Load"].map((n) => String(sheetValues(fake, n)[0]?.[0]));
    expect(a1().some((text) => text.includes("INCOMPLETE"))).toBe(true);
    expect(fake.eventsEnabled).toBe(true);
    await consolidateWorkbook({ run: fake.run, now: NOW });
    expect(a1().every((text) => text.startsWith("Implementation Planner") && !text.includes("INCOMPLETE"))).toBe(true);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(names);
  });

  test("a protected plan sheet is read, not flagged, and named in a message", async () => {
    const fake = await fakeFromFixture("consolidate-plan.xlsx");
    const first = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
    const flaggedSheet = fake.state.sheets.find((s) => s.rules.some((r) => r.formula?.includes(RULE_MARK)));
    if (!flaggedSheet) throw new Error("the fixture should flag someone");
    flaggedSheet.protected = true;
    const outcome = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
    expect(outcome.analysis.overloads).toEqual(first.analysis.overloads);
    expect(outcome.messages.join(" ")).toContain(`‘${flaggedSheet.name}’ is protected`);
  });

  test("cell-edit mode: the whole batch is retried once, then a clear message", async () => {
    const { fake } = await consolidated();
    fake.failAtSync(fake.syncs + 1, officeError("InvalidOperationInCellEditMode"));
    const outcome = await consolidateWorkbook({ run: fake.run, now: NOW });
    expect(outcome.sheets).toEqual(["Dashboard", "Timeline (plan)", "Load"]);
    fake.failAtSync(fake.syncs + 1, officeError("InvalidOperationInCellEditMode"));
    fake.failAtSync(fake.syncs + 2, officeError("InvalidOperationInCellEditMode"));
    await expect(consolidateWorkbook({ run: fake.run, now: NOW })).rejects.toThrow(/busy editing a cell/);
  });
});

test("text that looks like a formula arrives in the Timeline as the same text", async () => {
  const texts = ['=HYPERLINK("http://example.org")', "+44 helpline", "-3 weeks", "@home visits"];
  const fake = createFakeExcel([
    sheetOf("Plan", [
      ["Plan name", "Texts"],
      ["As of", 40133],
    ]),
    sheetOf("QA", [["ID", "Action", "Owner", "Due"], ...texts.map((t, i) => [`Q${i + 1}`, t, "Jo", 40117 + i])]),
  ]);
  await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  const timeline = fake.state.sheets.find((s) => s.name === "Timeline");
  const cells = [...(timeline?.cells.values() ?? [])].filter((c) => texts.includes(String(c.value)));
  expect(cells.map((c) => c.value).sort()).toEqual([...texts].sort());
  expect(cells.every((c) => c.formula === undefined && c.numberFormat === "@")).toBe(true);
});

test("a failure in the final batch reports what was written, and leaves events switched on", async () => {
  const { fake } = await consolidated();
  fake.failAtSync(fake.syncs + 4, officeError("GeneralException", "Excel stopped"));
  await expect(consolidateWorkbook({ run: fake.run, now: NOW })).rejects.toThrow(
    /Dashboard, Timeline \(plan\) and Load were written, but the flags and notes on your plan sheets and the planner's names may be only partly updated/,
  );
  expect(fake.eventsEnabled).toBe(true);
});

test("a user's own name that shares the planner's prefix survives Consolidate", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  fake.state.names.set("Planner_Budget", "=Transport!$D$4");
  await consolidateWorkbook({ run: fake.run, now: NOW });
  expect(fake.state.names.get("Planner_Budget")).toBe("=Transport!$D$4");
  expect([...fake.state.names.keys()]).toContain("Planner_Sheet_Timeline");
});

test("a workbook consolidated before the marks existed: its titled sheets are still the planner's, never read as plans", async () => {
  const rows = [
    ["ID", "Action", "Owner", "Due"],
    ["Q1", "Audit", "Jane Smith", 40144],
    ["Q2", "Review", "Jane Smith", 40151],
  ];
  const oldLoad = sheetOf("Load", [["Implementation Planner — Load"], [], ...rows]);
  const fake = createFakeExcel([sheetOf("Quality", rows), oldLoad]);
  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW });
  expect(outcome.analysis.timeline.map((a) => a.id)).toEqual(["Q1", "Q2"]);
  expect(fake.state.sheets.map((s) => s.name)).not.toContain("Load (plan)");
});
