/** Requests stay under the byte budget: the write splits by rows, and syncs grow only past the budget. */
import { bytesOf, rowChunks, writeSyncs, WRITE_BYTE_BUDGET } from "../../src/excel/budget";
import { consolidateWorkbook } from "../../src/excel";
import { sheetValues } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

test.each([
  [0, 2],
  [1, 2],
  [WRITE_BYTE_BUDGET, 2],
  [WRITE_BYTE_BUDGET + 1, 3],
  [2.5 * WRITE_BYTE_BUDGET, 4],
])("%d bytes of values take %d write syncs", (bytes, syncs) => {
  expect(writeSyncs(bytes)).toBe(syncs);
});

test("row chunks cover every row once and each fits the budget", () => {
  const rows = Array.from({ length: 500 }, (_, i) => [`Action ${i}`, i, "Jane Smith"]);
  const chunks = rowChunks(rows, 2_000);
  expect(chunks[0][0]).toBe(0);
  expect(chunks[chunks.length - 1][1]).toBe(500);
  chunks.forEach(([start, end], i) => {
    if (i > 0) expect(start).toBe(chunks[i - 1][1]);
    expect(bytesOf(rows.slice(start, end))).toBeLessThanOrEqual(2_000);
  });
});

test("a small budget splits the write over more syncs and writes the same cells", async () => {
  const NOW = new Date(2009, 10, 16, 9);
  const whole = await fakeFromFixture("consolidate-plan.xlsx");
  const one = await consolidateWorkbook({ run: whole.run, now: NOW, notes: true });
  const split = await fakeFromFixture("consolidate-plan.xlsx");
  const many = await consolidateWorkbook({ run: split.run, now: NOW, notes: true, byteBudget: 1_500 });
  // Four for the sheets and flags, one for the short function names a first run adds.
  expect(one.syncs).toBe(5);
  expect(many.syncs).toBeGreaterThan(5);
  for (const name of one.sheets) expect(sheetValues(split, name)).toEqual(sheetValues(whole, name));
});
