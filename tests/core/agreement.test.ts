/**
 * One cell, one meaning. A single table of typed cells goes through the
 * engine's parser (what `implan check`, Consolidate and the pane show), the
 * custom functions (called as Excel calls them, blanks as null, "" or 0) and
 * the pane's capacity editor; each must read every cell the same way.
 * Expected readings come from the README's promises, written out by hand.
 */
import { parseWorkbook } from "../../src/core/parse";
import type { CellValue, Grid } from "../../src/core/types";
import { columnArg } from "../../src/functions/args";
import { capacityArg } from "../../src/functions/capacity";
import { ragsummary, timeline } from "../../src/functions/functions";
import { readLoadItems } from "../../src/functions/loadItems";
import { percentAt } from "../../src/functions/ragStatus";
import { parseUkDate } from "../../src/taskpane/format";
import { capacityProblem } from "../../src/taskpane/views/CapacityEditor";

type Reading = string;
const BAD = "unreadable";
const BLANK = "blank";
const BLANKS: CellValue[] = [null, "", 0];

/** 1900-system serial of a date, computed here. */
const serial = (iso: string) => (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000;
const isoOfSerial = (n: number) => new Date(Date.UTC(1899, 11, 30) + n * 86_400_000).toISOString().slice(0, 10);

/** The engine's reading of one action row with `column` holding `typed`. */
function engineRow(column: string, typed: CellValue, people: CellValue[][] = [["Name"], ["Jane Smith"]]) {
  const header = ["ID", "Action", "Owner", "Start", "Due", "Status", "% complete", "RAG"];
  const row: CellValue[] = ["Q1", "Audit", "Jane Smith", serial("2009-09-01"), serial("2009-12-01"), "", "", ""];
  row[header.indexOf(column)] = typed;
  const grids: Grid[] = [
    { sheet: "People", topLeft: "A1", values: people },
    { sheet: "QA", topLeft: "A1", values: [header, row] },
  ];
  const { plan, problems } = parseWorkbook({ grids });
  const cell = `${String.fromCharCode(65 + header.indexOf(column))}2`;
  const bad = problems.some(
    (p) => p.sheet === "QA" && p.cell === cell && /cannot be read|not a|expected|error/.test(p.message),
  );
  return { action: plan.actions[0], bad, people: plan.people };
}

/** A function call's reading, or BAD for the #VALUE! it raises. */
function fn(read: () => Reading): Reading {
  try {
    return read();
  } catch (error) {
    if ((error as { code?: string }).code === "#VALUE!") return BAD;
    throw error;
  }
}

describe("dates typed as text, serials and blanks", () => {
  const cases: [CellValue, Reading][] = [
    ["01/09/2009", "2009-09-01"],
    ["1/9/09", "2009-09-01"],
    ["01.09.2009", "2009-09-01"],
    ["2009-09-01", "2009-09-01"],
    ["1 September 2009", "2009-09-01"],
    ["Sep 2009", "2009-09-30"],
    [serial("2009-09-01"), "2009-09-01"],
    ["TBC", BAD],
    ["31/09/2009", BAD],
    ["Summer term 2009", BAD],
    ["#N/A", BAD],
    ...BLANKS.map((b): [CellValue, Reading] => [b, BLANK]),
  ];
  test.each(cases)("a due date of %p reads as %s", (typed, expected) => {
    const { action, bad } = engineRow("Due", typed);
    const engine = bad ? BAD : action.due === null ? BLANK : isoOfSerial(serial("1970-01-01") + action.due);
    const viaFunction = fn(() => {
      const due = timeline([["QA"]], [["Audit"]], [["Jane Smith"]], [[null]], [[typed]])[1][4];
      return due === "" ? BLANK : isoOfSerial(due as number);
    });
    expect({ engine, function: viaFunction }).toEqual({ engine: expected, function: expected });
    // The pane reads what a person types (the new plan's start date): text only.
    if (typeof typed === "string" && typed !== "") {
      const day = parseUkDate(typed);
      const pane = day === null ? BAD : isoOfSerial(serial("1970-01-01") + day);
      expect(pane).toBe(expected);
    }
  });
});

describe("percent complete", () => {
  const cases: [CellValue, Reading][] = [
    ["40%", "40"],
    [0.4, "40"],
    [40, "40"],
    ["40", "40"],
    [1, "100"],
    ["lots", BAD],
    [140, BAD],
    [null, BLANK],
    ["", BLANK],
  ];
  test.each(cases)("%p reads as %s%%", (typed, expected) => {
    const { action, bad } = engineRow("% complete", typed);
    const engine = bad ? BAD : action.percentComplete === null ? BLANK : String(action.percentComplete);
    const viaFunction = fn(() => {
      const fraction = percentAt(columnArg("percent_complete", [[typed]]), 0);
      return fraction === null ? BLANK : String(Math.round(fraction * 10000) / 100);
    });
    expect({ engine, function: viaFunction }).toEqual({ engine: expected, function: expected });
  });
});

describe("RAG ratings", () => {
  const cases: [CellValue, Reading][] = [
    ["R", "Red"],
    ["red", "Red"],
    ["RED ", "Red"],
    ["A/R", "Amber/Red"],
    ["Amber-Red", "Amber/Red"],
    ["AR", "Amber/Red"],
    ["Amber / Green", "Amber/Green"],
    ["G", "Green"],
    ["Complete", "Complete"],
    ["Purple", BAD],
    ["#N/A", BAD],
    ...BLANKS.map((b): [CellValue, Reading] => [b, BLANK]),
  ];
  test.each(cases)("%p reads as %s", (typed, expected) => {
    const { action, bad } = engineRow("RAG", typed);
    const engine = bad ? BAD : action.rag === "Not rated" ? BLANK : action.rag;
    const viaFunction = fn(() => {
      const table = ragsummary([[typed]], "column") as [string, number][];
      const rated = table.find(([, n]) => n === 1);
      return rated === undefined || rated[0] === "Not rated" ? BLANK : rated[0];
    });
    expect({ engine, function: viaFunction }).toEqual({ engine: expected, function: expected });
  });
});

describe("statuses", () => {
  const cases: [CellValue, Reading][] = [
    ["Complete", "Complete"],
    ["done", "Complete"],
    ["in progress", "In progress"],
    ["Blocked", "Blocked"],
    ["Sort of", BAD],
    ...BLANKS.map((b): [CellValue, Reading] => [b, BLANK]),
  ];
  test.each(cases)("%p reads as %s", (typed, expected) => {
    const { action, bad } = engineRow("Status", typed);
    // The engine shows a blank status as Not started; the functions as blank.
    const engine = bad ? BAD : typed === null || typed === "" || typed === 0 ? BLANK : action.status;
    const viaFunction = fn(() => {
      const shown = timeline([["QA"]], [["Audit"]], [["Jo"]], [[null]], [[40000]], [[typed]])[1][5];
      return shown === "" ? BLANK : String(shown);
    });
    expect(action.status).toBe(expected === BLANK || expected === BAD ? "Not started" : expected);
    expect({ engine, function: viaFunction }).toEqual({ engine: expected, function: expected });
  });
});

describe("owners", () => {
  const cases: [CellValue, Reading][] = [
    ["Jane Smith", "jane smith"],
    ["jane  smith ", "jane smith"],
    ["JANE SMITH", "jane smith"],
    ["Tom Patel and Jane Smith", "tom patel|jane smith"],
    ["Amira Khan & Jane Smith", "amira khan|jane smith"],
    ["A; B", "a|b"],
    ...BLANKS.map((b): [CellValue, Reading] => [b, BLANK]),
  ];
  const key = (names: string[]) => (names.length === 0 ? BLANK : names.map((n) => n.toLowerCase()).join("|"));
  test.each(cases)("%p reads as %s", (typed, expected) => {
    const { action } = engineRow("Owner", typed);
    const { items } = readLoadItems({ owners: columnArg("owners", [[typed]]), dues: columnArg("dues", [[40000]]) });
    expect({ engine: key(action.owners), function: key(items[0]?.owners ?? []) }).toEqual({
      engine: expected,
      function: expected,
    });
  });
});

describe("capacities", () => {
  const cases: [CellValue, Reading][] = [
    [3, "3"],
    ["4", "4"],
    [100, "100"],
    [2.5, BAD],
    [101, BAD],
    [-1, BAD],
    ["lots", BAD],
    ...BLANKS.map((b): [CellValue, Reading] => [b, BLANK]),
  ];
  test.each(cases)("%p reads as %s", (typed, expected) => {
    const people: CellValue[][] = [
      ["Name", "Capacity"],
      ["Jane Smith", typed],
    ];
    const { people: listed, bad } = (() => {
      const run = engineRow("Owner", "Jane Smith", people);
      const { problems } = parseWorkbook({ grids: [{ sheet: "People", topLeft: "A1", values: people }] });
      return { people: run.people, bad: problems.some((p) => p.cell === "B2") };
    })();
    const engine = bad ? BAD : listed[0].capacity === null ? BLANK : String(listed[0].capacity);
    const viaFunction = fn(() => {
      const capacity = capacityArg([
        ["Name", "Capacity"],
        ["Jane Smith", typed],
      ])("jane smith");
      return capacity === 3 && expected !== "3" ? BLANK : String(capacity);
    });
    // The pane's editor takes what a person types into it; a blank there is "nothing typed yet".
    const pane =
      typed === null || typed === "" || typed === 0 ? BLANK : capacityProblem(String(typed)) ? BAD : String(typed);
    expect({ engine, function: viaFunction, pane }).toEqual({ engine: expected, function: expected, pane: expected });
  });
});
