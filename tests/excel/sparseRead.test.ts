/**
 * A stray value at XFD1048576 through the fake Excel: the used range is
 * seventeen thousand million cells, over Excel's 5,000,000-cell read limit,
 * so the host finds the blocks that hold cells by halving the range and reads
 * only those — a few round trips, the plan read whole, the stray cell kept.
 */
import { consolidateWorkbook } from "../../src/excel";
import { createFakeExcel, sheetOf } from "../../testkit/excelFake/workbook";

const NOW = new Date(2009, 10, 16, 9, 30);
const HEADER = ["ID", "Action", "Owner", "Start", "Due"];
const rows = Array.from({ length: 6 }, (_, i) => [`Q${i + 1}`, `Action ${i + 1}`, "Jane Smith", 40119, 40144]);

test("a plan with one stray far cell is read in a few round trips, and nothing of the user's is lost", async () => {
  const plan = sheetOf("Quality", [HEADER, ...rows]);
  plan.cells.set("XFD1048576", { value: "stray on the plan sheet" });
  const notes = sheetOf("Notes", [["notes"]]);
  notes.cells.set("XFD1048576", { value: "far" });
  notes.cells.set("A1048576", { value: "bottom" });
  const fake = createFakeExcel([plan, notes]);
  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW });
  expect(outcome.analysis.timeline.map((a) => a.id)).toEqual(["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"]);
  // Each halving is one trip: 20 halvings take a million rows down to one; far fewer are needed here.
  expect(fake.syncs).toBeLessThan(30);
  expect(plan.cells.get("XFD1048576")?.value).toBe("stray on the plan sheet");
  expect(notes.cells.get("XFD1048576")?.value).toBe("far");
});
