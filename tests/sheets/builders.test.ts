/** The pure builders: names, IDs, rule sets whose size never depends on the plan's size. */
import { analysePlan } from "../../src/core/compute";
import { ownedSheetName } from "../../src/sheets/consolidationSpec";
import { dashboardSheet, RAG_BY_AREA_HEADER_ROW } from "../../src/sheets/dashboardSheet";
import { flagPatches } from "../../src/sheets/flagPatches";
import { idPrefix, planIdFills } from "../../src/core/compute";
import { loadSheet } from "../../src/sheets/loadSheet";
import { ragRules } from "../../src/sheets/ragRules";
import { timelineSheet } from "../../src/sheets/timelineSheet";
import { action, d, samplePlan } from "./samplePlan";

const NOW = new Date(2009, 10, 16, 9, 0);

test.each([
  ["Information, advice and guidance", "IAG"],
  ["Transport", "T"],
  ["Strategic planning, leadership and management", "SPL"],
  ["Arrangements with higher education", "AHE"],
  ["", "A"],
])("idPrefix(%p) = %p", (area, prefix) => {
  expect(idPrefix(area)).toBe(prefix);
});

test("blank IDs are numbered after the highest used with the same prefix", () => {
  const plan = samplePlan();
  plan.actions.push(
    action({ id: "T7", sheet: "Transport", row: 9 }),
    action({ id: "Transport!10", generatedId: true, sheet: "Transport", row: 10, cells: { id: "A10", owner: "F10" } }),
    action({ id: "Transport!11", generatedId: true, sheet: "Transport", row: 11, cells: { owner: "F11" } }),
  );
  const fills = planIdFills(plan);
  expect(fills.bySheet.get("Transport")).toEqual([
    { cell: "A4", value: "T8" },
    { cell: "A10", value: "T9" },
  ]);
  expect(fills.ids.has("Transport!11")).toBe(false);
});

test.each([
  [[], "Timeline", undefined],
  [[{ name: "Timeline", a1: "Implementation Planner — Timeline" }], "Timeline", undefined],
  [[{ name: "timeline", a1: "Board meetings" }], "Timeline (plan)", /is yours/],
  [
    [
      { name: "Timeline", a1: null },
      { name: "Timeline (plan)", a1: "Mine too" },
    ],
    "Timeline (plan 2)",
    /is yours/,
  ],
])("ownedSheetName with %p → %p", (existing, name, message) => {
  const chosen = ownedSheetName("Timeline", existing);
  expect(chosen.name).toBe(name);
  if (message) expect(chosen.message).toMatch(message);
  else expect(chosen.message).toBeUndefined();
});

test("RAG rules: seven, Complete first, every one stops later rules", () => {
  const rules = ragRules("E2:E1048576", { activeColumn: "B" });
  expect(rules).toHaveLength(7);
  expect(rules.every((r) => r.stopIfTrue && r.range === "E2:E1048576")).toBe(true);
  expect(rules[0].formula).toContain('"COMPLETE"');
  expect(rules[6].formula).toContain("$B2");
});

/** The sample plan with `copies` copies of every action. */
function bigger(copies: number) {
  const plan = samplePlan();
  const extra = plan.actions.flatMap((a) =>
    Array.from({ length: copies }, (_, i) => ({
      ...a,
      id: `${a.id}-${i}`,
      row: a.row + 10 * (i + 1),
      generatedId: false,
    })),
  );
  return { ...plan, actions: [...plan.actions, ...extra] };
}

test.each([1, 50])("the rule count of owned sheets and flags does not grow with rows (x%p)", (copies) => {
  const small = samplePlan();
  const big = bigger(copies);
  const [a, b] = [analysePlan(small, d("2009-11-16")), analysePlan(big, d("2009-11-16"))];
  expect(timelineSheet(b, { now: NOW }).conditionalFormats).toHaveLength(
    timelineSheet(a, { now: NOW }).conditionalFormats.length,
  );
  expect(loadSheet(b, { now: NOW }).conditionalFormats).toHaveLength(
    loadSheet(a, { now: NOW }).conditionalFormats.length,
  );
  const patches = flagPatches(big, b);
  expect(patches.length).toBeGreaterThan(0);
  for (const p of patches) expect(p.conditionalFormats).toHaveLength(1);
});

test("a flag note says who, which week, and load against capacity", () => {
  const plan = samplePlan();
  const analysis = analysePlan(plan, d("2009-11-16"));
  const notes = flagPatches(plan, analysis).flatMap((p) => p.notes);
  expect(notes.length).toBeGreaterThan(0);
  for (const n of notes)
    expect(n.text).toMatch(
      /^Jane Smith is overloaded in the week of \d\d\/\d\d\/\d{4}: \d+ actions against capacity 2 \(/,
    );
});

test("the Dashboard's layout rows are where its rows put them: headline figures from row 4, RAG by area at its header row", () => {
  const analysis = analysePlan(samplePlan(), d("2009-11-16"));
  const sheet = dashboardSheet(analysis, [], { now: new Date(2009, 10, 16, 9) });
  expect(sheet.rows[3][0]).toBe("Overall RAG");
  expect(sheet.rows[RAG_BY_AREA_HEADER_ROW - 1][0]).toBe("Area");
  expect(sheet.formats).toEqual(expect.arrayContaining([{ range: `A4:A${RAG_BY_AREA_HEADER_ROW - 3}`, bold: true }]));
});
