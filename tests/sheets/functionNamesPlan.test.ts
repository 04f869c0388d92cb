import { FUNCTION_NAMES_SWITCH, functionNames } from "../../src/sheets/functionNames";
import { planFunctionNames, type ExistingName } from "../../src/sheets/functionNamesPlan";

const ALL = functionNames();
const own = (name: string, formula = "=LAMBDA(x,x)"): ExistingName => ({
  name,
  formula,
  comment: `Implementation Planner: wraps PLAN.${name}. older version`,
});
const current = ALL.map((f) => ({ name: f.name, formula: f.formula, comment: f.comment }));
const currentInFile = ALL.map((f) => ({ name: f.name, formula: f.stored, comment: f.comment }));
const offSwitch = { name: FUNCTION_NAMES_SWITCH, formula: "=FALSE" };

test.each<[string, ExistingName[], boolean | undefined, { add: number; remove: string[]; switchTo: string | null }]>([
  ["a new workbook gets all eight", [], undefined, { add: 8, remove: [], switchTo: null }],
  [
    "names as this version writes them stay (Office.js spelling)",
    current,
    undefined,
    { add: 0, remove: [], switchTo: null },
  ],
  [
    "names as this version writes them stay (file spelling)",
    currentInFile,
    undefined,
    { add: 0, remove: [], switchTo: null },
  ],
  ["an older version's name is replaced", [own("CLASHES")], undefined, { add: 8, remove: ["CLASHES"], switchTo: null }],
  [
    "--no-names removes only the planner's and turns the switch off",
    [own("CLASHES"), { name: "Budget", formula: "=A1" }],
    false,
    { add: 0, remove: ["CLASHES"], switchTo: "off" },
  ],
  ["with the switch off nothing comes back by itself", [offSwitch], undefined, { add: 0, remove: [], switchTo: null }],
  [
    "the switch is read in any case and spacing",
    [{ name: "PLANNER_FUNCTIONNAMES", formula: "= false" }],
    undefined,
    { add: 0, remove: [], switchTo: null },
  ],
  ["--names brings them back and clears the switch", [offSwitch], true, { add: 8, remove: [], switchTo: "on" }],
  ["--no-names twice changes nothing the second time", [offSwitch], false, { add: 0, remove: [], switchTo: null }],
])("%s", (_case, existing, choice, expected) => {
  const plan = planFunctionNames(existing, choice);
  expect(plan.add.length).toBe(expected.add);
  expect(plan.remove).toEqual(expected.remove);
  expect(plan.switchTo).toBe(expected.switchTo);
});

test("a name of the user's is never replaced, in any case, and the planner says which it left alone", () => {
  const plan = planFunctionNames([
    { name: "ragsummary", formula: "=COUNTA(Sheet1!$A:$A)", comment: "mine" },
    { name: "Clashes", formula: "=Sheet1!$B$2" },
  ]);
  expect(plan.leftAlone).toEqual(["RAGSUMMARY", "CLASHES"]);
  expect(plan.add.map((f) => f.name)).not.toContain("RAGSUMMARY");
  expect(plan.add).toHaveLength(6);
  expect(plan.remove).toEqual([]);
  expect(plan.messages).toEqual([
    "Kept your own names RAGSUMMARY and CLASHES: the planner's functions are there as =PLAN.RAGSUMMARY(…) and =PLAN.CLASHES(…).",
  ]);
});

test("removing says what still works, and a user's name of the same spelling is not counted as the planner's", () => {
  const plan = planFunctionNames([...current.slice(1), { name: "RAGSUMMARY", formula: "=1", comment: "mine" }], false);
  expect(plan.remove).toEqual(ALL.slice(1).map((f) => f.name));
  expect(plan.messages[0]).toMatch(/^Removed the short function names .*=PLAN\.RAGSUMMARY\(…\) .* still work/);
});
