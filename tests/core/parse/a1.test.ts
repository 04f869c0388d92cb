/** A1 addresses and references, against what Excel itself writes in the formula bar. */
import { cellReference, colLetters, parseA1, sheetReference } from "../../../src/core/parse";

test.each([
  [0, "A"],
  [25, "Z"],
  [26, "AA"],
  [701, "ZZ"],
  [702, "AAA"],
  [16383, "XFD"],
])("column %i is %s", (index, letters) => {
  expect(colLetters(index)).toBe(letters);
  expect(parseA1(`${letters}7`)).toEqual({ col: index, row: 7 });
});

// Excel quotes a sheet name in a reference when it holds anything but letters,
// digits, `_` and `.`, starts with a digit, or could be read as a cell (A1 or R1C1).
test.each([
  ["Load", "Load"],
  ["Workforce_planning", "Workforce_planning"],
  ["Plan.2009", "Plan.2009"],
  ["Workforce planning", "'Workforce planning'"],
  ["Information, advice and guidanc", "'Information, advice and guidanc'"],
  ["Bob's plan", "'Bob''s plan'"],
  ["2009 plan", "'2009 plan'"],
  ["A1", "'A1'"],
  ["R1C1", "'R1C1'"],
  ["R", "'R'"],
  ["Étape", "Étape"],
  ["Risk-log", "'Risk-log'"],
])("sheet %s is referenced as %s", (name, reference) => {
  expect(sheetReference(name)).toBe(reference);
});

test("a cell on a sheet with a comma in its name", () => {
  expect(cellReference("Information, advice and guidanc", "T5")).toBe("'Information, advice and guidanc'!T5");
});
