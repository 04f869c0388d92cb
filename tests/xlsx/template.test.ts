/**
 * The template rendered to .xlsx and read back with ExcelJS: sheets, banded
 * seven-step header, table, validations with input messages, formats, rules.
 */
import type ExcelJS from "exceljs";
import { dayFromIso } from "../../src/core/days";
import { TEMPLATE_COLUMNS } from "../../src/sheets/templateColumns";
import { templateWorkbook } from "../../src/sheets/templateWorkbook";
import { TYPICAL_AREAS } from "../../src/sheets/typicalAreas";
import { compactValidations } from "../../src/xlsx/compactValidations";
import { validationsOf } from "../../src/xlsx/exceljsInternals";
import { newWorkbook } from "../../src/xlsx/writeWorkbook";
import { roundTrip, rulesOf, sheetOf, validationAt } from "./support";

const start = dayFromIso("2009-09-01") as number;

async function template(areas: string[], ragScale: 3 | 5): Promise<ExcelJS.Workbook> {
  return roundTrip(newWorkbook(templateWorkbook({ name: "Northside", start, areas, ragScale })));
}

describe("a template with the fourteen typical areas", () => {
  let wb: ExcelJS.Workbook;
  beforeAll(async () => {
    wb = await template([...TYPICAL_AREAS], 3);
  });

  test("has Plan, People, one sheet per area (names made safe) and Risks", () => {
    const names = wb.worksheets.map((s) => s.name);
    expect(names[0]).toBe("Plan");
    expect(names[1]).toBe("People");
    expect(names[names.length - 1]).toBe("Risks");
    expect(names).toHaveLength(TYPICAL_AREAS.length + 3);
    expect(names).toContain("Strategic planning, leadership");
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  test("an area sheet has the title, the seven step bands and the header row in a table", () => {
    const ws = sheetOf(wb, "Workforce planning");
    expect(ws.getCell("A1").value).toBe("Workforce planning");
    const bands = [1, 4, 6, 8, 11, 14, 16, 18].map((c) => ws.getCell(2, c).value);
    expect(bands).toEqual([
      "1 Objectives",
      "2 Actions",
      "3 Responsibility",
      "4 Timescales",
      "5 Resources",
      "6 Monitoring",
      "7 Outcomes",
      "Progress",
    ]);
    expect(ws.getCell("B2").isMerged).toBe(true);
    expect(TEMPLATE_COLUMNS.map((_, i) => ws.getCell(3, i + 1).value)).toEqual(TEMPLATE_COLUMNS.map((c) => c.header));
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toEqual(["Actions_Workforce_planning"]);
  });

  test("validations: Status and RAG lists, Owner from People, dates, and an input message on every column", () => {
    const ws = sheetOf(wb, "Workforce planning");
    expect(validationAt(ws, "R4")?.formulae).toEqual(['"Not started,In progress,Complete,Blocked"']);
    expect(validationAt(ws, "T100")?.formulae).toEqual(['"Red,Amber,Green"']);
    expect(validationAt(ws, "F4")?.formulae).toEqual(["People!$A$2:$A$501"]);
    expect(validationAt(ws, "I4")?.type).toBe("date");
    TEMPLATE_COLUMNS.forEach((c, i) => {
      const v = validationAt(ws, ws.getCell(4, i + 1).address);
      expect(v?.showInputMessage).toBe(true);
      expect(v?.prompt).toBe(c.prompt);
    });
    expect(validationAt(ws, "R503")).toBeDefined();
  });

  test("formats, widths and the frozen header", () => {
    const ws = sheetOf(wb, "Workforce planning");
    expect(ws.getColumn(9).numFmt).toBe("dd/mm/yyyy");
    expect(ws.getColumn(4).numFmt).toBe("@");
    expect(ws.getColumn(4).width).toBe(36);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3, xSplit: 1 });
  });

  test("eight rules colour RAG cells (Complete blue first, Not rated grey) and past-due rows", () => {
    const rules = rulesOf(sheetOf(wb, "Workforce planning"));
    expect(rules).toHaveLength(8);
    expect(rules[0].formula).toContain('"COMPLETE"');
    expect(rules[0].formula).toContain("$R4");
    expect(rules.slice(0, 7).every((r) => r.ref === "T4:T1048576")).toBe(true);
    expect(rules[6].formula).toContain('"NOTRATED"');
    expect(rules[7]).toMatchObject({ ref: "A4:U1048576" });
    expect(rules[7].formula).toContain("TODAY()");
  });

  test("the Plan sheet holds the settings and the areas with lookups from the last consolidation", () => {
    const ws = sheetOf(wb, "Plan");
    expect(ws.getCell("A1").value).toBe("Plan name");
    expect(ws.getCell("B1").value).toBe("Northside");
    expect(ws.getCell("B2").value).toEqual(new Date(Date.UTC(2009, 8, 1)));
    expect(ws.getCell("B6").value).toBe("3-point");
    expect(ws.getCell("A11").value).toBe(TYPICAL_AREAS[0]);
    expect(ws.getCell("B11").value).toBe("Strategic planning, leadership");
    expect((ws.getCell("F11").value as { formula: string }).formula).toContain("Planner_AreaActions");
    expect(validationAt(ws, "B7")?.formulae).toEqual(['"worst,majority,score"']);
  });

  test("People and Risks are tables with their drop-downs", () => {
    const people = sheetOf(wb, "People");
    expect(people.getRow(1).values).toEqual([undefined, "Name", "Role", "Group", "Capacity", "Days per week"]);
    expect(validationAt(people, "D2")?.type).toBe("whole");
    const risks = sheetOf(wb, "Risks");
    expect(validationAt(risks, "A2")?.formulae).toEqual(["Plan!$A$11:$A$70"]);
    expect(rulesOf(risks)).toHaveLength(7);
  });
});

test("a five-point template offers both amber halves", async () => {
  const wb = await template(["Transport", "transport"], 5);
  expect(wb.worksheets.map((s) => s.name)).toEqual(["Plan", "People", "Transport", "transport (2)", "Risks"]);
  expect(validationAt(sheetOf(wb, "Transport"), "T4")?.formulae).toEqual(['"Red,Amber/Red,Amber,Amber/Green,Green"']);
  expect(sheetOf(wb, "Plan").getCell("B6").value).toBe("5-point");
});

test("validations ExcelJS reads cell by cell are written back as their ranges, unchanged", async () => {
  const wb = await template(["Transport"], 3);
  compactValidations(wb);
  const model = validationsOf(sheetOf(wb, "Transport")).model;
  expect(Object.keys(model).filter((k) => model[k] !== undefined)).toContain("R4:R503");
  const again = await roundTrip(wb);
  expect(validationAt(sheetOf(again, "Transport"), "R200")?.formulae).toEqual([
    '"Not started,In progress,Complete,Blocked"',
  ]);
  expect(validationAt(sheetOf(again, "Transport"), "R504")).toBeUndefined();
});
