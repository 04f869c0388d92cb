import { prepareConsolidation } from "../../src/core/compute";
import { parseWorkbook } from "../../src/core/parse";
import { consolidationSpec } from "../../src/sheets/consolidationSpec";
import { demoPlan } from "../../src/sheets/demo/demoPlan";
import { templateWorkbook } from "../../src/sheets/templateWorkbook";
import {
  isMarkedFormula,
  isOwnName,
  isOwnedTitle,
  markFormula,
  markNote,
  ownedTitle,
  userPartOfNote,
} from "../../src/sheets/marks";

test("a marked formula is found again and still tests the same condition", () => {
  const marked = markFormula('=$A4="x"');
  expect(marked).toBe('=AND(N("Implementation Planner")=0,$A4="x")');
  expect(isMarkedFormula(marked.slice(1))).toBe(true);
  expect(isMarkedFormula('$A4="x"')).toBe(false);
});

test.each([
  [null, "Jane is overloaded", null],
  ["Check with Tom", "Jane is overloaded", "Check with Tom"],
])("a note beside the user's note %p comes off again leaving theirs", (user, own, left) => {
  const text = markNote(own, user);
  expect(text).toContain(own);
  expect(userPartOfNote(text)).toBe(left);
});

test("a user's note without the mark is all theirs", () => {
  expect(userPartOfNote("Mine")).toBe("Mine");
});

test.each([
  ["Implementation Planner — Timeline", "Timeline", true],
  ["Implementation Planner — Timeline", "Load", false],
  ["Implementation Planner — Load", undefined, true],
  ["Implementation Planner rollout", undefined, false],
  ["Timeline", "Timeline", false],
  [42, undefined, false],
])("isOwnedTitle(%p, %p) is %p", (a1, kind, owned) => {
  expect(isOwnedTitle(a1, kind)).toBe(owned);
});

test("ownedTitle names the kind", () => {
  expect(ownedTitle("Dashboard")).toBe("Implementation Planner — Dashboard");
});

describe("the planner's own defined names", () => {
  test.each([
    ["Planner_Sheet_Load", true],
    ["Planner_FlagIDs", true],
    ["Planner_AreaOverall", true],
    ["Planner_Budget", false],
    ["planner_sheet_load", false],
    ["TaxRate", false],
  ])("%s → %s", (name, own) => {
    expect(isOwnName(name)).toBe(own);
  });

  test("every name the template, the demo and a consolidation write is the planner's own", () => {
    const specs = [
      templateWorkbook({ name: "Northside", start: 14488, areas: ["Transport", "IAG"], ragScale: 5 }),
      demoPlan(),
      consolidationSpec(prepareConsolidation(parseWorkbook({ grids: [] }), 14564), [], new Date(2009, 10, 16)).spec,
    ];
    const names = specs.flatMap((spec) => spec.names.map((n) => n.name));
    expect(names.length).toBeGreaterThan(6);
    expect(names.filter((name) => !isOwnName(name))).toEqual([]);
  });
});
