/**
 * How the planner's sheets print: thresholds computed by hand from Excel's
 * column widths (w characters ≈ 7w + 5 pixels) against A4 landscape inside
 * Normal margins (10.29 in × 96 = 988 pixels), footers, the Dashboard's page
 * and its heat strip.
 */
import { analysePlan } from "../../src/core/compute";
import { dashboardSheet } from "../../src/sheets/dashboardSheet";
import { heatStripSection } from "../../src/sheets/heatStrip";
import { BAND_SCALE, columnPixels, planFooter, weekGridPrint } from "../../src/sheets/printSetup";
import { emptySheet } from "../../src/sheets/types";
import { action, d, samplePlan } from "./samplePlan";

const NOW = new Date(2009, 10, 16, 9, 0);

/** A sheet of one 24-character column and `weeks` week columns of 6 (the Load's shape without its end columns). */
function grid(weeks: number) {
  const sheet = emptySheet("Load", true);
  sheet.columns = [{ width: 24 }, ...Array.from({ length: weeks }, () => ({ width: 6 }))];
  return sheet;
}

test.each([
  // 173 + 47n pixels; one page wide while 988 / width ≥ 0.55, i.e. width ≤ 1796: n ≤ 34.
  [10, { wide: 1, tall: 0 }],
  [34, { wide: 1, tall: 0 }],
  [35, { scale: BAND_SCALE }],
  [260, { scale: BAND_SCALE }],
])("a week grid of %p weeks prints %p", (weeks, fit) => {
  expect(columnPixels({ width: 24 })).toBe(173);
  expect(columnPixels({ width: 6 })).toBe(47);
  const print = weekGridPrint(grid(weeks), "$4:$5", "$A:$A");
  expect(print).toEqual({ orientation: "landscape", fit, titleRows: "$4:$5", titleColumns: "$A:$A" });
});

test.each([
  ["Northside", { left: "Northside — &A", center: "As of 16/11/2009", right: "Page &P of &N" }],
  // A single & starts a code in a footer: the plan's own is doubled.
  ["Schools & Colleges", { left: "Schools && Colleges — &A", center: "As of 16/11/2009", right: "Page &P of &N" }],
])("the footer of %p", (name, footer) => {
  expect(planFooter(name, "As of 16/11/2009")).toEqual(footer);
});

test("a plan name too long for a footer is cut, and the footer stays within Excel's 255 characters", () => {
  const footer = planFooter("N".repeat(400), "As of 16/11/2009");
  expect(footer.left).toBe(`${"N".repeat(79)}… — &A`);
  expect(footer.left.length + footer.center.length + footer.right.length + 6).toBeLessThanOrEqual(255);
});

describe("the Dashboard's page", () => {
  const plan = samplePlan();
  const analysis = analysePlan(plan, d("2009-11-16"));
  const sheet = dashboardSheet(analysis, [], { now: NOW });

  test("is one landscape page, down to the row before the problems", () => {
    const problemsRow = sheet.rows.findIndex((r) => typeof r[0] === "string" && r[0].startsWith("Problems (")) + 1;
    expect(problemsRow).toBeGreaterThan(0);
    expect(sheet.print?.orientation).toBe("landscape");
    expect(sheet.print?.fit).toEqual({ wide: 1, tall: 1 });
    const [, end] = /^A1:[A-Z]+(\d+)$/.exec(sheet.print?.area ?? "") ?? [];
    // The section before the problems ends two rows up (its last row, then a blank one).
    expect(Number(end)).toBe(problemsRow - 2);
    expect(sheet.rows[Number(end) - 1]?.length).toBeGreaterThan(0);
  });

  test("has a data bar on each RAG count column, on one scale", () => {
    const bars = sheet.conditionalFormats.filter((r) => r.kind === "dataBar");
    expect(bars.length).toBeGreaterThanOrEqual(3);
    const most = Math.max(...analysis.areas.flatMap((a) => Object.values(a.rag)));
    for (const bar of bars) expect(bar.kind === "dataBar" && bar.max).toBe(Math.max(1, most));
  });
});

test("the heat strip shows each overloaded owner's twelve weeks around their worst, with the load as the label", () => {
  const plan = samplePlan();
  // Four actions at once for Jane Smith (capacity 3) in the weeks of 16 and 23 November 2009.
  for (const n of [1, 2, 3, 4]) {
    plan.actions.push(
      action({
        id: `X${n}`,
        owners: ["Jane Smith"],
        start: d("2009-11-16"),
        due: d("2009-11-27"),
        status: "In progress",
      }),
    );
  }
  const analysis = analysePlan(plan, d("2009-11-16"));
  const strip = heatStripSection(analysis);
  expect(strip).not.toBeNull();
  const jane = analysis.load.find((o) => o.owner === "Jane Smith");
  const worst = analysis.overloads.filter((o) => o.owner === "Jane Smith").sort((a, b) => b.load - a.load)[0];
  expect(strip?.header.slice(0, 2)).toEqual(["Owner", "Capacity"]);
  // Four weeks before the worst, kept inside the load's span so all twelve weeks exist.
  const { firstWeek, weeks } = analysis.loadSpan;
  const first = Math.min(firstWeek + 7 * Math.max(0, weeks - 12), Math.max(firstWeek, worst.week - 28));
  const offset = (first - analysis.loadSpan.firstWeek) / 7;
  const row = strip?.rows.find((r) => r[0] === "Jane Smith");
  expect(row?.slice(2)).toEqual(jane?.weeks.slice(offset, offset + (strip?.header.length ?? 0) - 2));
  expect(strip?.rules?.(20, 22).map((r) => r.range)).toEqual([
    `C20:${String.fromCharCode(66 + (strip?.header.length ?? 0) - 2)}22`,
    `C20:${String.fromCharCode(66 + (strip?.header.length ?? 0) - 2)}22`,
  ]);
});

test("nobody overloaded, no strip", () => {
  const plan = samplePlan();
  plan.actions = plan.actions.slice(0, 1);
  expect(heatStripSection(analysePlan(plan, d("2009-11-16")))).toBeNull();
});
