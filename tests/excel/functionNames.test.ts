/**
 * The short function names through the fake Excel: added by Consolidate and
 * New plan, the user's own names left alone, removed and restored from the
 * Plan view, and an Excel without LAMBDA (2021 and older) told once while
 * everything else is written.
 */
import { consolidateWorkbook, newPlan, setFunctionNames } from "../../src/excel";
import { dayFromIso } from "../../src/core/days";
import { NO_LAMBDA_MESSAGE } from "../../src/sheets/functionNamesPlan";
import { createFakeExcel } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

const NOW = new Date(2009, 10, 16, 9, 0);
const SHORT = ["RAGSUMMARY", "RAGROLLUP", "RAGSTATUS", "OWNERLOAD", "OVERLOADED", "CLASHES", "TIMELINE", "PLANWEEK"];
type Fake = Awaited<ReturnType<typeof fakeFromFixture>>;
const shortNames = (fake: Fake) => SHORT.filter((n) => fake.state.names.has(n));

test("Consolidate adds the eight names with their comments, and keeps a name of the user's", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  fake.state.names.set("ragsummary", "=Transport!$A$1");
  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  expect(fake.state.names.get("ragsummary")).toBe("=Transport!$A$1");
  expect(shortNames(fake)).toEqual(SHORT.slice(1));
  expect(fake.state.names.get("OWNERLOAD")).toMatch(/^=LAMBDA\(owners,starts,dues,owner,\[week\],\[statuses\],IF\(/);
  expect(fake.state.nameComments.get("PLANWEEK")).toMatch(/^Implementation Planner: wraps PLAN\.WEEK\./);
  expect(outcome.messages).toContain(
    "Kept your own name RAGSUMMARY: the planner's function is there as =PLAN.RAGSUMMARY(…).",
  );
});

test("where Excel refuses a LAMBDA name, the rest is written and the user is told once", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx", { lambda: false });
  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  expect(outcome.messages.filter((m) => m === NO_LAMBDA_MESSAGE)).toHaveLength(1);
  expect(shortNames(fake)).toEqual([]);
  expect(fake.state.names.has("Planner_Sheet_Timeline")).toBe(true);
  expect(String(fake.state.sheets.find((s) => s.name === "Load")?.cells.get("A1")?.value)).toMatch(
    /^Implementation Planner — Load/,
  );
  // A second run tries again (the user may have upgraded) and says it again, once.
  const again = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  expect(again.messages.filter((m) => m === NO_LAMBDA_MESSAGE)).toHaveLength(1);
});

test("the Plan view's switch removes only the planner's names and keeps them off, then brings them back", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  fake.state.names.set("MyTotal", "=Transport!$B$2");
  const off = await setFunctionNames(false, fake.run);
  expect(off.messages[0]).toMatch(/^Removed the short function names/);
  expect(shortNames(fake)).toEqual([]);
  expect(fake.state.names.get("MyTotal")).toBe("=Transport!$B$2");
  expect(fake.state.names.get("Planner_FunctionNames")).toBe("=FALSE");
  expect(fake.state.names.has("Planner_Sheet_Load")).toBe(true);

  await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  expect(shortNames(fake)).toEqual([]);

  const on = await setFunctionNames(true, fake.run);
  expect(on.messages[0]).toMatch(/^Added 8 short function names/);
  expect(shortNames(fake)).toEqual(SHORT);
  expect(fake.state.names.has("Planner_FunctionNames")).toBe(false);
});

test("a new plan carries the names", async () => {
  const fake = createFakeExcel();
  const start = dayFromIso("2009-09-01") as number;
  await newPlan({ name: "Northside", start, areas: ["Transport"], ragScale: 3 }, fake.run);
  expect(shortNames(fake)).toEqual(SHORT);
});
