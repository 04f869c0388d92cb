/**
 * Fill in missing action IDs, through the fake Excel: on by default (the
 * blank ID cells of the fixture get T2 and T3, and the user is told), off
 * from the Timeline view's switch (kept in the workbook as a name, so the
 * next Consolidate leaves the cells blank and says which actions go by sheet
 * and row), and on again.
 */
import { consolidateWorkbook, setFillIds } from "../../src/excel";
import { sheetValues } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

const NOW = new Date(2009, 10, 16, 9, 0);
const idsOnTransport = (fake: Awaited<ReturnType<typeof fakeFromFixture>>) =>
  sheetValues(fake, "Transport")
    .slice(1)
    .map((r) => r[0]);

test("on by default, off from the switch (kept in the workbook), and on again", async () => {
  const off = await fakeFromFixture("consolidate-plan.xlsx");
  const blank = idsOnTransport(off);
  expect(blank.filter((v) => v === "")).toHaveLength(2);

  const result = await setFillIds(false, off.run);
  expect(result.messages[0]).toMatch(/^Blank action IDs will be left blank/);
  expect(off.state.names.get("Planner_FillIds")).toBe("=FALSE");
  const left = await consolidateWorkbook({ run: off.run, now: NOW, notes: true });
  expect(left.fillIds).toBe(false);
  expect(idsOnTransport(off)).toEqual(blank);
  expect(left.messages.join("\n")).toMatch(
    /2 actions have no ID and go by sheet and row \(Transport!\d+\); your ID cells were left blank/,
  );
  // Consolidating again keeps the switch: it is the user's choice, not one of the planner's names to replace.
  await consolidateWorkbook({ run: off.run, now: NOW, notes: true });
  expect(off.state.names.get("Planner_FillIds")).toBe("=FALSE");

  await setFillIds(true, off.run);
  expect(off.state.names.has("Planner_FillIds")).toBe(false);
  const filled = await consolidateWorkbook({ run: off.run, now: NOW, notes: true });
  expect(filled.fillIds).toBe(true);
  expect(filled.messages).toContain("Filled in 2 missing action IDs.");
  expect(idsOnTransport(off).filter((v) => v === "")).toHaveLength(0);
});
