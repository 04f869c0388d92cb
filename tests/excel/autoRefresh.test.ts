/** Auto-refresh: changes settle for 1.5 s, then one reconsolidation; stop removes the listener. */
import { REFRESH_DELAY_MS, startAutoRefresh } from "../../src/excel";
import type { ConsolidateOutcome } from "../../src/sheets/operations";
import { createFakeExcel, sheetOf } from "./fake/workbook";

afterEach(() => jest.useRealTimers());

test("a burst of changes gives one refresh after the delay, and stop ends it", async () => {
  const fake = createFakeExcel([sheetOf("Transport")]);
  const outcome = { syncs: 4 } as ConsolidateOutcome;
  const consolidate = jest.fn(async () => outcome);
  const seen: ConsolidateOutcome[] = [];
  const refresh = await startAutoRefresh(
    (o) => seen.push(o),
    () => undefined,
    fake.run,
    consolidate,
  );
  expect(fake.handlers).toHaveLength(1);

  jest.useFakeTimers();
  for (let i = 0; i < 5; i++) await fake.handlers[0]({ worksheetId: "sheet-1", address: `A${i + 1}` });
  jest.advanceTimersByTime(REFRESH_DELAY_MS - 1);
  expect(consolidate).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  await Promise.resolve();
  expect(consolidate).toHaveBeenCalledTimes(1);
  await Promise.resolve();
  expect(seen).toEqual([outcome]);

  jest.useRealTimers();
  await refresh.stop();
  expect(fake.handlers).toHaveLength(0);
});

test("a failed refresh reaches the error listener, not the console", async () => {
  const fake = createFakeExcel([sheetOf("Transport")]);
  const errors: string[] = [];
  await startAutoRefresh(
    () => undefined,
    (e) => errors.push(e.message),
    fake.run,
    async () => {
      throw new Error("Excel is busy editing a cell.");
    },
  );
  jest.useFakeTimers();
  await fake.handlers[0]({ worksheetId: "sheet-1", address: "A1" });
  jest.advanceTimersByTime(REFRESH_DELAY_MS);
  await Promise.resolve();
  await Promise.resolve();
  expect(errors).toEqual(["Excel is busy editing a cell."]);
});
