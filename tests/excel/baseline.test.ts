/**
 * Set baseline through the fake Excel: a Baseline sheet of plain values with
 * the plan's As of, blank IDs filled so every action can be matched, the next
 * Consolidate comparing with it, a second baseline appended below the first,
 * and the same date twice refused with what to do.
 */
import { consolidateWorkbook, setBaseline } from "../../src/excel";
import { serialOf, dayFromIso } from "../../src/core/days";
import { sheetValues } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

const NOW = new Date(2009, 10, 16, 9, 0);
const serial = (iso: string) => serialOf(dayFromIso(iso) as number);

test("set a baseline, move a due date, and the next Consolidate says what slipped", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  const result = await setBaseline({ run: fake.run, now: NOW });
  expect(result.sheets).toEqual(["Baseline"]);
  expect(result.messages[0]).toMatch(/^Set the baseline of 16\/11\/2009: \d+ actions recorded on the Baseline sheet\./);
  expect(result.messages[1]).toMatch(/^Filled in \d+ missing action IDs?/);
  const rows = sheetValues(fake, "Baseline");
  expect(rows[0][0]).toBe("Implementation Planner — Baseline");
  expect(rows[3].slice(0, 3)).toEqual(["Baseline date", "Plan", "ID"]);
  const w2 = rows.findIndex((r) => r[2] === "W2");
  expect(rows[w2][0]).toBe(serial("2009-11-16"));
  expect(rows[w2][7]).toBe(serial("2009-11-27"));
  // Every row has an ID: the blank ones were filled on the plan sheet first.
  expect(rows.slice(4).every((r) => typeof r[2] === "string" && !String(r[2]).includes("!"))).toBe(true);

  // W2 (row 5 of Workforce planning; Due in column I) moves a week later.
  fake.userEdit("Workforce planning", "I5", serial("2009-12-04"));
  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  expect(outcome.baseline?.date).toBe(dayFromIso("2009-11-16"));
  expect(outcome.baseline?.slipped.map((m) => [m.id, m.days])).toEqual([["W2", 7]]);
  const dashboard = sheetValues(fake, "Dashboard");
  expect(dashboard.some((r) => r[0] === "Since the baseline of 16/11/2009 (1 change)")).toBe(true);
});

test("a second baseline goes below the first; the same date twice is refused with what to do", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  await setBaseline({ run: fake.run, now: NOW });
  const first = sheetValues(fake, "Baseline").length;
  await expect(setBaseline({ run: fake.run, now: NOW })).rejects.toThrow(
    /already has a baseline of 16\/11\/2009\. Change the Plan sheet's As of/,
  );
  fake.userEdit("Plan", "B3", serial("2009-11-23"));
  const second = await setBaseline({ run: fake.run, now: NOW });
  expect(second.messages[0]).toMatch(/\(1 earlier baseline kept\)/);
  const rows = sheetValues(fake, "Baseline");
  expect(rows.length).toBe(first + (first - 4));
  expect(rows[first][0]).toBe(serial("2009-11-23"));
  expect(rows[first - 1][0]).toBe(serial("2009-11-16"));
  const latest = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  expect(latest.baselines).toEqual([dayFromIso("2009-11-16"), dayFromIso("2009-11-23")]);
  expect(latest.baseline?.date).toBe(dayFromIso("2009-11-23"));
  const chosen = await consolidateWorkbook({
    run: fake.run,
    now: NOW,
    notes: true,
    baseline: dayFromIso("2009-11-16"),
  });
  expect(chosen.baseline?.date).toBe(dayFromIso("2009-11-16"));
  // A day with no baseline (deleted since it was chosen) falls back to the latest.
  const gone = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true, baseline: dayFromIso("2009-10-01") });
  expect(gone.baseline?.date).toBe(dayFromIso("2009-11-23"));
});
