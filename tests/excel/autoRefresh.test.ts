/**
 * Auto-refresh: changes settle for 1.5 s, then one reconsolidation; a
 * co-author's edits do not trigger it; it never starts in a workbook with no
 * plan; it waits for another writer; stop removes the listener.
 */
import { consolidateWorkbook, REFRESH_DELAY_MS, startAutoRefresh } from "../../src/excel";
import type { ConsolidateOutcome } from "../../src/contract/operations";
import { createFakeExcel, sheetOf } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

afterEach(() => jest.useRealTimers());

const NOW = new Date(2009, 10, 16, 9);
const PLAN_SHEET = "Workforce planning";

async function listening(consolidate = jest.fn(async () => ({ syncs: 4 }) as ConsolidateOutcome)) {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  const seen: ConsolidateOutcome[] = [];
  const errors: string[] = [];
  const refresh = await startAutoRefresh(
    (o) => seen.push(o),
    (e) => errors.push(e.message),
    fake.run,
    consolidate,
  );
  return { fake, seen, errors, refresh, consolidate };
}

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

test("a burst of the user's edits gives one refresh after the delay, and stop ends it", async () => {
  const { fake, seen, refresh, consolidate } = await listening();
  expect(fake.handlers).toHaveLength(1);
  jest.useFakeTimers();
  for (let i = 0; i < 5; i++) fake.userEdit(PLAN_SHEET, `B${i + 4}`, `Action ${i}`);
  await settle();
  jest.advanceTimersByTime(REFRESH_DELAY_MS - 1);
  expect(consolidate).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  await settle();
  expect(consolidate).toHaveBeenCalledTimes(1);
  expect(seen).toHaveLength(1);
  jest.useRealTimers();
  await refresh.stop();
  expect(fake.handlers).toHaveLength(0);
});

test("a co-author's change does not trigger a refresh", async () => {
  const { fake, consolidate } = await listening();
  jest.useFakeTimers();
  fake.userEdit(PLAN_SHEET, "B4", "Changed by a colleague", "Remote");
  await settle();
  jest.advanceTimersByTime(REFRESH_DELAY_MS * 2);
  await settle();
  expect(fake.events.raised.map((e) => e.source)).toEqual(["Remote"]);
  expect(consolidate).not.toHaveBeenCalled();
});

test("the refresh's own writes raise no change events, so it never triggers itself", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  const before = fake.events.raised.length;
  await consolidateWorkbook({ run: fake.run, now: NOW, notes: true, supports: fake.supports });
  expect(fake.events.raised.length).toBe(before);
  expect(fake.eventsEnabled).toBe(true);
});

test("a failed refresh reaches the error listener, not the console", async () => {
  const { fake, errors } = await listening(
    jest.fn(async (): Promise<ConsolidateOutcome> => {
      throw new Error("Excel is busy editing a cell.");
    }),
  );
  jest.useFakeTimers();
  fake.userEdit(PLAN_SHEET, "B4", "x");
  jest.advanceTimersByTime(REFRESH_DELAY_MS);
  await settle();
  expect(errors).toEqual(["Excel is busy editing a cell."]);
});

test("it does not start in a workbook with no plan", async () => {
  const fake = createFakeExcel([
    sheetOf("Budget", [
      ["Item", "Cost"],
      ["Minibus", 30000],
    ]),
  ]);
  await expect(
    startAutoRefresh(
      () => undefined,
      () => undefined,
      fake.run,
    ),
  ).rejects.toThrow(/no plan in this workbook/);
  expect(fake.handlers).toHaveLength(0);
});

test("while another writer holds the lock, the refresh waits its turn", async () => {
  const fake = await fakeFromFixture("consolidate-plan.xlsx");
  const order: string[] = [];
  const first = consolidateWorkbook({ run: fake.run, now: NOW, supports: fake.supports }).then(() =>
    order.push("click"),
  );
  const second = consolidateWorkbook({ run: fake.run, now: NOW, supports: fake.supports }).then(() =>
    order.push("refresh"),
  );
  await Promise.all([first, second]);
  expect(order).toEqual(["click", "refresh"]);
  expect(fake.state.sheets.filter((s) => s.name.startsWith("Dashboard"))).toHaveLength(1);
});
