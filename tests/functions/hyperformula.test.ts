/**
 * The =PLAN.* functions inside a real formula engine (HyperFormula), over the
 * fixture plan: every result must equal what the engine — `parseWorkbook` then
 * `analysePlan`, i.e. what `implan check` reports — finds in the same plan.
 */
import type { HyperFormula } from "hyperformula";
import type { Analysis } from "../../src/core/analysisTypes";
import { analysePlan } from "../../src/core/compute";
import { mondayOf, serialOf } from "../../src/core/days";
import { parseWorkbook } from "../../src/core/parse";
import type { Day, ParseResult, RagValue } from "../../src/core/types";
import { AREAS, COMBINED_ROWS, planInput, workbookWithCombined } from "./fixturePlan";
import { planEngine } from "./hyperformulaHost";

type Cell = string | number | boolean | null;

const LAST = 40; // ranges run past the last row, as users write them
const range = (column: string, sheet = "Combined") => `${sheet}!${column}2:${column}${LAST}`;
const OWNERS = range("C");
const STARTS = range("D");
const DUES = range("E");
const STATUSES = range("F");

let parsed: ParseResult;
let analysis: Analysis;
let hf: HyperFormula;
let asOf: Day;

beforeAll(() => {
  parsed = parseWorkbook(planInput());
  asOf = parsed.plan.settings.asOf as Day;
  analysis = analysePlan(parsed.plan, asOf);
});

/** Put a formula on a fresh sheet and read back what it shows (the whole spill, trailing blanks trimmed). */
function evaluate(formula: string): Cell[][] {
  const name = `Check${hf.countSheets()}`;
  hf.addSheet(name);
  const sheet = hf.getSheetId(name) as number;
  hf.setCellContents({ sheet, row: 0, col: 0 }, [[formula]]);
  const values = hf.getSheetValues(sheet) as unknown[][];
  const cells = values.map((row) => row.map(shown));
  // An error fills the whole predicted spill; the formula's own cell is what Excel shows.
  if (typeof cells[0]?.[0] === "string" && cells[0][0].startsWith("#")) return [[cells[0][0]]];
  while (cells.length > 0 && cells[cells.length - 1].every((c) => c === null || c === "")) cells.pop();
  return cells.map((row) => {
    const out = [...row];
    while (out.length > 0 && (out[out.length - 1] === null || out[out.length - 1] === "")) out.pop();
    return out;
  });
}

/** A cell's value, or its error text with message for error values. */
function shown(value: unknown): Cell {
  if (value !== null && typeof value === "object" && "value" in value) {
    const error = value as { value: string; message?: string };
    return `${error.value} ${error.message ?? ""}`.trim();
  }
  return value as Cell;
}

test("the fixture plan parses cleanly and has overloads and a clash to find", () => {
  expect(parsed.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(parsed.plan.actions).toHaveLength(COMBINED_ROWS - 1);
  expect(analysis.overloads.length).toBeGreaterThan(0);
  expect(analysis.clashes.length).toBeGreaterThan(0);
});

// Excel hands a custom function a blank cell as null (the web), 0 (desktop) or "" (office-js #4702, #5262):
// every function must read all three as blank.
describe.each<null | 0 | "">([null, 0, ""])("with blank cells arriving as %p", (blankAs) => {
  beforeAll(() => {
    hf = planEngine(workbookWithCombined(), { blankAs });
  });

  afterAll(() => hf.destroy());

  describe.each(Object.keys(AREAS))("=PLAN.RAGSUMMARY over the %s sheet", (area) => {
    const ratings = `'${area}'!T4:T${LAST}`;

    test("column form spills the engine's counts for the area", () => {
      const summary = analysis.areas.find((a) => a.name === area);
      const cells = evaluate(`=PLAN.RAGSUMMARY(${ratings}, "column")`);
      const counted = Object.fromEntries(cells.map(([rag, n]) => [rag as string, n as number]));
      for (const rag of ["Red", "Amber", "Green", "Complete"] as RagValue[])
        expect(counted[rag]).toBe(summary?.rag[rag]);
    });

    test("text form reads as the engine's counts", () => {
      const c = analysis.areas.find((a) => a.name === area)?.rag as Record<RagValue, number>;
      const expected = [
        `R ${c.Red}`,
        `A ${c.Amber}`,
        `G ${c.Green}`,
        ...(c.Complete ? [`Complete ${c.Complete}`] : []),
      ];
      expect(evaluate(`=PLAN.RAGSUMMARY(${ratings})`)).toEqual([[expected.join(" · ")]]);
    });
  });

  test("=PLAN.RAGROLLUP by worst gives the engine's overall status", () => {
    expect(evaluate(`=PLAN.RAGROLLUP(${range("H")}, "worst")`)).toEqual([[analysis.overall.status]]);
  });

  test("=PLAN.OVERLOADED with People!A1:B20 (fewer people, trailing blank rows) spills the owners, peaks and weeks the engine finds", () => {
    const expected = analysis.load
      .filter((l) => l.overloadedWeeks > 0)
      .map((l) => {
        const first = Math.min(...analysis.overloads.filter((o) => o.owner === l.owner).map((o) => o.week));
        return [l.owner, l.peak, l.capacity, serialOf(first), l.overloadedWeeks];
      });
    const cells = evaluate(`=PLAN.OVERLOADED(${OWNERS}, ${STARTS}, ${DUES}, People!A1:B20, ${STATUSES})`);
    expect(cells[0]).toEqual(["Owner", "Peak load", "Capacity", "First overloaded week", "Overloaded weeks"]);
    expect(cells.slice(1)).toEqual(expect.arrayContaining(expected));
    expect(cells.slice(1)).toHaveLength(expected.length);
  });

  test("=PLAN.CLASHES spills the deadline clashes the engine finds", () => {
    const threshold = parsed.plan.settings.clashThreshold;
    const expected = analysis.clashes.map((c) => [c.owner, serialOf(c.week), c.deadlines]);
    const cells = evaluate(`=PLAN.CLASHES(${OWNERS}, ${DUES}, ${threshold}, ${STATUSES})`);
    expect(cells[0]).toEqual(["Owner", "Week", "Deadlines"]);
    expect(cells.slice(1)).toEqual(expect.arrayContaining(expected));
    expect(cells.slice(1)).toHaveLength(expected.length);
  });

  test("=PLAN.OWNERLOAD gives each owner's load in the as-of week, as the engine does", () => {
    const week = mondayOf(asOf);
    for (const l of analysis.load) {
      const index = (week - analysis.loadSpan.firstWeek) / 7;
      const formula = `=PLAN.OWNERLOAD(${OWNERS}, ${STARTS}, ${DUES}, "${l.owner}", Plan!B3, ${STATUSES})`;
      expect([l.owner, evaluate(formula)]).toEqual([l.owner, [[l.weeks[index] ?? 0]]]);
    }
  });

  test("=PLAN.RAGSTATUS spills the engine's derived RAG for every action", () => {
    const cells = evaluate(`=PLAN.RAGSTATUS(${range("D")}, ${range("E")}, ${range("G")}, ${range("F")}, Plan!B3)`);
    const ids = Object.values(AREAS).flatMap((list) => list.map((a) => a.id));
    expect(cells.slice(0, ids.length).map((row) => row[0])).toEqual(ids.map((id) => analysis.derivedRag[id]));
  });

  test("=PLAN.TIMELINE spills the actions in the engine's timeline order", () => {
    const cells = evaluate(`=PLAN.TIMELINE(${range("A")}, ${range("B")}, ${OWNERS}, ${STARTS}, ${DUES}, ${STATUSES})`);
    expect(cells[0]).toEqual(["Area", "Action", "Owner", "Start", "Due", "Status"]);
    expect(cells.slice(1).map((row) => [row[0], row[1]])).toEqual(analysis.timeline.map((a) => [a.area, a.action]));
  });

  test("=PLAN.WEEK of the as-of date is its Monday", () => {
    expect(evaluate("=PLAN.WEEK(Plan!B3)")).toEqual([[serialOf(mondayOf(asOf))]]);
  });

  test("a bad cell shows #VALUE! with the message naming the argument and row", () => {
    hf.setCellContents({ sheet: hf.getSheetId("Combined") as number, row: 39, col: 4 }, [["TBC"]]);
    expect(evaluate(`=PLAN.CLASHES(${OWNERS}, ${DUES})`)).toEqual([
      ["#VALUE! dues: row 39 is text 'TBC', expected a date"],
    ]);
    hf.setCellContents({ sheet: hf.getSheetId("Combined") as number, row: 39, col: 4 }, [[null]]);
  });

  test("mismatched heights show #VALUE! naming the ranges", () => {
    expect(evaluate(`=PLAN.CLASHES(${OWNERS}, Combined!E2:E10)`)).toEqual([
      ["#VALUE! dues has 9 rows but owners has 39 rows; give owners, dues ranges of the same height"],
    ]);
  });
});
