/** Whole workbooks: the template, plans people already have, and every problem at its own cell. */
import { dayFromIso, isoOf, serialOf } from "../../../src/core/days";
import { parseWorkbook } from "../../../src/core/parse";
import type { CellValue, Grid, ParseResult } from "../../../src/core/types";
import { TEMPLATE_COLUMNS } from "../../../src/sheets/templateColumns";

const s = (iso: string) => serialOf(dayFromIso(iso) as number);
const grid = (sheet: string, values: CellValue[][], topLeft = "A1"): Grid => ({ sheet, topLeft, values });
const HEADERS = TEMPLATE_COLUMNS.map((c) => c.header);
const row = (v: Record<string, CellValue>) => HEADERS.map((h) => v[h] ?? null);
const at = (result: ParseResult) => result.problems.map((p) => `${p.sheet}!${p.cell} ${p.severity}`);

const template = () =>
  parseWorkbook({
    grids: [
      grid("Plan", [
        ["Plan name", "Northside"],
        ["Plan start", s("2009-09-01")],
        ["As of", s("2009-11-16")],
        ["Default capacity", 2],
        ["Clash threshold", 3],
        ["RAG scale", "5-point"],
        ["Roll-up rule", "majority"],
        [],
        ["Development areas"],
        ["Development area", "Sheet"],
        ["Information, advice and guidance", "IAG"],
      ]),
      grid("People", [
        ["Name", "Role", "Group", "Capacity", "Days per week"],
        ["Jane Smith", "Manager", "Ops", 3, 5],
      ]),
      grid("IAG", [
        ["Information, advice and guidance"],
        ["1 Objectives"],
        HEADERS,
        row({
          ID: "I1",
          Action: "Train tutors",
          Owner: "jane smith",
          Start: s("2009-09-07"),
          Due: s("2009-10-30"),
          Status: "Done",
          RAG: "G",
          "% complete": 1,
        }),
        row({
          ID: "I2",
          Action: "=SUM(A1) stays text",
          Owner: "Jane Smith & Tom Patel",
          Horizon: "In 6 months",
          "% complete": 0.4,
          RAG: "A/G",
        }),
        row({ Action: "No ID here", Owner: "Tom Patel", Due: "Mar 2010" }),
      ]),
      grid("Timeline", [
        ["Implementation Planner — Timeline"],
        ["ID", "Action", "Owner", "Due"],
        ["I1", "Train tutors", "Jane Smith", 1],
      ]),
    ],
  });

describe("the template", () => {
  const { plan, problems } = template();

  test("settings come from the Plan sheet", () => {
    expect(plan.settings).toMatchObject({ name: "Northside", defaultCapacity: 2, ragScale: 5, rollupRule: "majority" });
    expect(isoOf(plan.settings.start as number)).toBe("2009-09-01");
  });

  test("the area takes its name from the Plan sheet's list; owned sheets are skipped", () => {
    expect(plan.areas).toEqual([{ name: "Information, advice and guidance", sheet: "IAG" }]);
    expect(plan.actions.map((a) => a.id)).toEqual(["I1", "I2", "IAG!6"]);
  });

  test("owners are split and spelt as on People; statuses, percentages and RAGs normalised", () => {
    const [i1, i2, i3] = plan.actions;
    expect(i1.owners).toEqual(["Jane Smith"]);
    expect(i2.owners).toEqual(["Jane Smith", "Tom Patel"]);
    expect([i1.status, i1.percentComplete, i1.rag]).toEqual(["Complete", 100, "Green"]);
    expect([i2.percentComplete, i2.rag]).toEqual([40, "Amber/Green"]);
    expect(i2.action).toBe("=SUM(A1) stays text");
    expect(i3.generatedId).toBe(true);
    expect(isoOf(i3.due as number)).toBe("2010-03-31");
  });

  test("a horizon resolves from the plan start", () => {
    const i2 = plan.actions[1];
    expect([isoOf(i2.start as number), isoOf(i2.due as number)]).toEqual(["2009-09-01", "2010-03-01"]);
  });

  test("an owner not on People is one warning at the first cell naming them", () => {
    expect(problems).toEqual([
      expect.objectContaining({
        sheet: "IAG",
        cell: "F5",
        severity: "warning",
        message: expect.stringMatching(/Owner 'Tom Patel' \(and 1 more action\) is not on the People sheet/),
      }),
    ]);
  });
});

test("a plan people already have: title rows, synonyms, an area column filled down, no People sheet", () => {
  const result = parseWorkbook({
    grids: [
      grid(
        "Delivery plan",
        [
          ["Eastbrook Partnership — delivery plan"],
          [],
          ["Section", "What", "Leading", "By when", "RAG rating"],
          ["IAG", "Train tutors", "Head of IAG", "30/10/2009", "green"],
          [null, "Publish prospectus", "Careers lead", "18/12/2009", "A"],
          ["Transport", null, null, null, null],
          [null, "Agree a bus route", "LA transport officer", "27/11/2009", "RED "],
        ],
        "B2",
      ),
    ],
  });
  expect(result.plan.areas.map((a) => a.name)).toEqual(["IAG", "Transport"]);
  expect(result.plan.actions.map((a) => [a.area, a.action, a.rag, a.row])).toEqual([
    ["IAG", "Train tutors", "Green", 5],
    ["IAG", "Publish prospectus", "Amber", 6],
    ["Transport", "Agree a bus route", "Red", 8],
  ]);
  expect(result.plan.actions[0].cells.owner).toBe("D5");
  expect(result.problems).toEqual([]);
});

test("settings overrides win over the Plan sheet", () => {
  const { plan } = parseWorkbook({ grids: [grid("Plan", [["Default capacity", 2]])] }, { defaultCapacity: 5 });
  expect(plan.settings.defaultCapacity).toBe(5);
});

const HEAD = ["ID", "Action", "Owner", "Start", "Due", "RAG", "Status", "% complete"];
const messy = (...rows: CellValue[][]) =>
  parseWorkbook({
    grids: [
      grid("People", [
        ["Name", "Capacity"],
        ["Jane Smith", 2],
      ]),
      grid("QA", [HEAD, ...rows]),
    ],
  });

test.each<[string, CellValue[], string, RegExp]>([
  [
    "an unreadable due date is an error",
    ["Q1", "Visit", "Jane Smith", s("2009-09-07"), "TBC"],
    "QA!E2 error",
    /Due 'TBC' cannot be read/,
  ],
  [
    "an impossible date says why",
    ["Q1", "Visit", "Jane Smith", null, "31/09/2009"],
    "QA!E2 error",
    /September 2009 has 30 days/,
  ],
  [
    "an unreadable start is a warning",
    ["Q1", "Visit", "Jane Smith", "Summer term 2009", s("2009-12-04")],
    "QA!D2 warning",
    /placed on its due date/,
  ],
  [
    "a due date before its start",
    ["Q1", "Visit", "Jane Smith", s("2009-12-01"), s("2009-11-02")],
    "QA!E2 error",
    /Due 02\/11\/2009 is before the start 01\/12\/2009/,
  ],
  ["no owner", ["Q1", "Visit", null, s("2009-10-05"), s("2009-10-30")], "QA!C2 warning", /no owner/],
  ["an error value", ["Q1", "Visit", "Jane Smith", s("2009-10-05"), "#REF!"], "QA!E2 error", /#REF!/],
  ["an unknown RAG", ["Q1", "Visit", "Jane Smith", null, s("2009-10-30"), "Purple"], "QA!F2 warning", /RAG 'Purple'/],
  [
    "an unknown status",
    ["Q1", "Visit", "Jane Smith", null, s("2009-10-30"), "G", "Sort of"],
    "QA!G2 warning",
    /Status 'Sort of'/,
  ],
  [
    "a percentage out of range",
    ["Q1", "Visit", "Jane Smith", null, s("2009-10-30"), "G", "", 140],
    "QA!H2 warning",
    /% complete is 140/,
  ],
  ["no due date at all", ["Q1", "Visit", "Jane Smith"], "QA!E2 error", /no due date/],
  ["entries but no action", ["Q1", null, "Jane Smith", null, s("2009-10-30")], "QA!B2 error", /no action/],
])("%s", (_, cells, where, message) => {
  const result = messy(cells);
  expect(at(result)).toEqual([where]);
  expect(result.problems[0].message).toMatch(message);
});

test("a duplicate ID is a warning at the second ID cell", () => {
  const result = messy(
    ["Q7", "One", "Jane Smith", null, s("2009-10-30")],
    ["Q7", "Two", "Jane Smith", null, s("2009-11-06")],
  );
  expect(at(result)).toEqual(["QA!A3 warning"]);
  expect(result.problems[0].message).toMatch(/already used by row 2/);
});

test("a horizon without a plan start is an error at the horizon cell", () => {
  const result = parseWorkbook({
    grids: [
      grid("Sheet1", [
        ["Action", "Owner", "Milestone"],
        ["Bus route", "Jo", "In 6 months"],
      ]),
    ],
  });
  expect(at(result)).toEqual(["Sheet1!C2 error"]);
  expect(result.problems[0].message).toMatch(/plan start/);
});

test("an offset grid reports problems at worksheet addresses", () => {
  const result = parseWorkbook({
    grids: [
      grid(
        "QA",
        [
          ["Action", "Owner", "Due"],
          ["Visit", "Jo", "TBC"],
        ],
        "C4",
      ),
    ],
  });
  expect(at(result)).toEqual(["QA!E5 error"]);
  expect(result.plan.actions[0]).toMatchObject({ row: 5, id: "QA!5" });
});

test("the 1904 date system", () => {
  const result = parseWorkbook({
    grids: [
      grid("QA", [
        ["Action", "Owner", "Due"],
        ["Visit", "Jo", 38411],
      ]),
    ],
    date1904: true,
  });
  expect(isoOf(result.plan.actions[0].due as number)).toBe("2009-03-01");
});
