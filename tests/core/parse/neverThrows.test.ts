/** Property: reading a workbook never throws, whatever its cells hold, and problems point at real cells. */
import fc from "fast-check";
import { parseWorkbook } from "../../../src/core/parse";
import type { CellValue } from "../../../src/core/types";

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.string(),
  fc.constantFrom(
    "#N/A",
    "#REF!",
    "#VALUE!",
    "TBC",
    "31/09/2009",
    "In 6 months",
    "R",
    "Done",
    "Action",
    "Owner",
    "Due",
    "Start",
    "Lead",
    "Deadline",
    "Area",
    "Jane & Tom",
    "=SUM(A1)",
    "Implementation Planner — Load",
  ),
  fc.double(),
  fc.integer({ min: -100, max: 3_000_000 }),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(NaN)),
);
const rows = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 });
const header = fc.shuffledSubarray(
  [
    "ID",
    "Action",
    "Owner",
    "Start",
    "Due",
    "Horizon",
    "RAG",
    "Status",
    "% complete",
    "Area",
    "Objective",
    "Step",
    "Review date",
  ],
  { minLength: 2 },
);
const sheetName = fc.constantFrom("Plan", "People", "Risks", "Transport", "Sheet 1", "IAG");
const topLeft = fc.constantFrom("A1", "B3", "AA10", "not an address", "");

test("parseWorkbook never throws and every problem names a sheet it was given and an A1 cell", () => {
  fc.assert(
    fc.property(
      fc.array(fc.tuple(sheetName, topLeft, header, rows), { maxLength: 5 }),
      fc.boolean(),
      (sheets, date1904) => {
        const grids = sheets.map(([sheet, tl, head, body]) => ({
          sheet,
          topLeft: tl,
          values: [head as CellValue[], ...body],
        }));
        const { plan, problems } = parseWorkbook({ grids, date1904 });
        const names = new Set<string>(grids.map((g) => g.sheet));
        for (const p of problems) {
          expect(names.has(p.sheet)).toBe(true);
          expect(p.cell).toMatch(/^[A-Z]{1,3}\d+$/);
          expect(p.message.length).toBeGreaterThan(10);
        }
        for (const a of plan.actions) expect(a.action).not.toBe("");
      },
    ),
    { numRuns: Number(process.env.FC_RUNS ?? 300) },
  );
});

test("ragged, empty and strange grids", () => {
  expect(() => parseWorkbook({ grids: [] })).not.toThrow();
  expect(() => parseWorkbook({ grids: [{ sheet: "X", topLeft: "A1", values: [] }] })).not.toThrow();
  expect(() =>
    parseWorkbook({ grids: [{ sheet: "X", topLeft: "A1", values: [["Action", "Owner"], [], [null]] }] }),
  ).not.toThrow();
});
