/**
 * A consolidation rendered into a workbook holding the user's own sheets, read
 * back with ExcelJS: owned sheets, text that stays text, links, flags and
 * notes beside the user's, and a second run that changes nothing.
 */
import ExcelJS from "exceljs";
import { prepareConsolidation } from "../../src/core/compute";
import { ukOf } from "../../src/core/days";
import { consolidationSpec } from "../../src/sheets/consolidationSpec";
import { NO_CHART_TEXT, renderWorkbookSpec } from "../../src/xlsx/renderWorkbookSpec";
import { d, samplePlan } from "../sheets/samplePlan";
import { cellDump, roundTrip, rulesOf, sheetOf } from "./support";

const NOW = new Date(2009, 10, 16, 9, 30);

/** The user's workbook: a source sheet with their own rule and note, and their own "Timeline". */
function userWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const wf = wb.addWorksheet("Workforce planning");
  wf.getCell("A3").value = "ID";
  wf.getCell("F3").value = "Owner";
  for (let r = 4; r <= 8; r++) {
    wf.getCell(`A${r}`).value = `W${r - 3}`;
    wf.getCell(`F${r}`).value = "Jane Smith";
  }
  wf.getCell("F6").note = "Check with Tom first";
  wf.addConditionalFormatting({
    ref: "B4:B100",
    rules: [{ type: "expression", priority: 1, formulae: ['$B4="x"'], style: { font: { italic: true } } }],
  });
  const tr = wb.addWorksheet("Transport");
  tr.getCell("A3").value = "ID";
  tr.getCell("F4").value = "Jane Smith";
  const mine = wb.addWorksheet("Timeline");
  mine.getCell("A1").value = "My own timeline notes";
  return wb;
}

async function consolidate(wb: ExcelJS.Workbook) {
  const plan = samplePlan();
  const existing = wb.worksheets.map((s) => ({ name: s.name, a1: s.getCell("A1").value }));
  const result = consolidationSpec(prepareConsolidation({ plan, problems: [] }, d("2009-11-16")), existing, NOW);
  renderWorkbookSpec(wb, result.spec);
  return { result, wb: await roundTrip(wb) };
}

describe("consolidation rendered to .xlsx", () => {
  let first: Awaited<ReturnType<typeof consolidate>>;
  beforeAll(async () => {
    first = await consolidate(userWorkbook());
  });

  test("the user's Timeline is left alone; the add-in writes Timeline (plan) and says so", () => {
    const { wb, result } = first;
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "Workforce planning",
      "Transport",
      "Timeline",
      "Dashboard",
      "Timeline (plan)",
      "Load",
    ]);
    expect(sheetOf(wb, "Timeline").getCell("A1").value).toBe("My own timeline notes");
    expect(result.messages.join("\n")).toMatch(/A sheet named Timeline is yours.*"Timeline \(plan\)"/);
  });

  test("owned sheets say what they are, when computed, from how many actions, as of when", () => {
    for (const name of ["Dashboard", "Timeline (plan)", "Load"]) {
      const ws = sheetOf(first.wb, name);
      expect(String(ws.getCell("A1").value)).toMatch(/^Implementation Planner — /);
      expect(ws.getCell("A2").value).toMatch(/^Computed 16\/11\/2009 09:30 from 6 actions, as of 16\/11\/2009\./);
    }
  });

  test.each([
    ['=HYPERLINK("http://example.org")'],
    ["+44 helpline for learners"],
    ["-3 weeks slack"],
    ["@home working policy"],
  ])("%s arrives in the Timeline as the same text", (text) => {
    const ws = sheetOf(first.wb, "Timeline (plan)");
    const cell = ws.getColumn(3).values.findIndex((v) => v === text);
    expect(cell).toBeGreaterThan(4);
    expect(ws.getCell(cell, 3).value).toBe(text);
    expect(ws.getCell(cell, 3).numFmt).toBe("@");
  });

  test("each Timeline row links to its source cell, with dates as dates", () => {
    const ws = sheetOf(first.wb, "Timeline (plan)");
    expect(ws.getRow(4).values).toEqual(expect.arrayContaining(["ID", "Area", "Action", "Source", "Clash"]));
    expect(ws.getCell("A5").value).toBe("W1");
    expect(ws.getCell("K5").value).toEqual({ text: "'Workforce planning'!D4", hyperlink: "#'Workforce planning'!D4" });
    expect(ws.getCell("E5").value).toEqual(new Date(Date.UTC(2009, 8, 7)));
    expect(ws.getCell("E5").numFmt).toBe("dd/mm/yyyy");
    expect(ws.getCell("M4").value).toEqual(new Date(Date.UTC(2009, 8, 7)));
  });

  test("the Timeline's Gantt is five rules over whole columns, plus seven RAG rules", () => {
    const rules = rulesOf(sheetOf(first.wb, "Timeline (plan)"));
    expect(rules).toHaveLength(12);
    expect(rules.slice(0, 4).every((r) => /^M5:[A-Z]+1048576$/.test(r.ref))).toBe(true);
  });

  test("the Load sheet holds the engine's numbers, real week dates, peak, capacity and overloaded weeks", () => {
    const ws = sheetOf(first.wb, "Load");
    const analysis = first.result.analysis;
    const jane = analysis.load.find((o) => o.owner === "Jane Smith");
    const row = ws.getColumn(1).values.indexOf("Jane Smith");
    expect(jane).toBeDefined();
    const weeks = jane?.weeks ?? [];
    const values = ws.getRow(row).values as unknown[];
    expect(values.slice(2, 2 + weeks.length)).toEqual(weeks);
    expect(values.slice(2 + weeks.length, 5 + weeks.length)).toEqual([jane?.peak, 2, jane?.overloadedWeeks]);
    expect(ws.getCell("B5").value).toBeInstanceOf(Date);
    expect(rulesOf(ws).map((r) => r.formula)).toEqual([
      expect.stringMatching(/^B6>\$[A-Z]+6$/),
      "colorScale",
      expect.any(String),
    ]);
  });

  test("one marked flag rule on each source sheet, the user's rule kept and moved below it", () => {
    const wf = rulesOf(sheetOf(first.wb, "Workforce planning"));
    expect(wf).toHaveLength(2);
    expect(wf[0].formula).toMatch(
      /^AND\(N\("Implementation Planner"\)=0,AND\(\$A4<>"",COUNTIFS\(Planner_FlagSheets,"Workforce planning",Planner_FlagIDs,\$A4\)>0\)\)$/,
    );
    expect(wf[0].ref).toBe("F4:F1048576");
    expect(wf[1]).toEqual({ ref: "B4:B100", formula: '$B4="x"', priority: 2 });
  });

  test("flagged Owner cells get a note (after the user's own), and the blank ID is filled", () => {
    const wf = sheetOf(first.wb, "Workforce planning");
    const worst = first.result.analysis.overloads
      .filter((o) => o.owner === "Jane Smith" && o.actions.includes("W2"))
      .sort((a, b) => b.load - a.load)[0];
    const week = worst.week;
    const text = `Jane Smith is overloaded in the week of ${ukOf(week)}: ${worst.load} actions against capacity 2 (${worst.actions.join(", ")})`;
    expect(wf.getCell("F5").note).toContain(`[Implementation Planner]\n${text}`);
    expect(wf.getCell("F6").note).toMatch(
      /^Check with Tom first\n\n\[Implementation Planner\]\nJane Smith is overloaded/,
    );
    expect(wf.getCell("F4").note).toBeUndefined();
    const tr = sheetOf(first.wb, "Transport");
    expect(tr.getCell("A4").value).toBe("T1");
  });

  test("the Dashboard says where the chart would be and why this file has none", () => {
    const ws = sheetOf(first.wb, "Dashboard");
    const cells = ws.getRow(12).values as unknown[];
    expect(cells).toContain(NO_CHART_TEXT);
  });

  test("defined names point at the Load sheet's flagged list and the Dashboard's area table", () => {
    const names = (first.wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
    const byName = Object.fromEntries(names.map((n) => [n.name, n.ranges]));
    expect(byName.Planner_FlagIDs[0]).toMatch(/^'?Load'?!\$B\$\d+:\$B\$\d+$/);
    expect(byName.Planner_AreaSheets[0]).toMatch(/^'?Dashboard'?!/);
  });

  test("consolidating the output again gives the same cells and the same rule count", async () => {
    const second = await consolidate(await roundTrip(first.wb));
    for (const sheet of first.wb.worksheets) {
      const again = sheetOf(second.wb, sheet.name);
      expect(cellDump(again)).toEqual(cellDump(sheet));
      expect(rulesOf(again)).toEqual(rulesOf(sheet));
    }
    expect(second.wb.worksheets.map((s) => s.name)).toEqual(first.wb.worksheets.map((s) => s.name));
  });
});
