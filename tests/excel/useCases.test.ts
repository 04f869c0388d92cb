/** The pane's use cases through the fake Excel: new plan, add area, structure, capacity, go to cell, clear flags. */
import { dayFromIso } from "../../src/core/days";
import {
  addArea,
  applyStructure,
  clearFlags,
  consolidateWorkbook,
  goToCell,
  newPlan,
  proposeStructure,
  setOwnerCapacity,
} from "../../src/excel";
import { NOTE_MARK, RULE_MARK } from "../../src/sheets/marks";
import { createFakeExcel, sheetOf, sheetValues } from "../../testkit/excelFake/workbook";
import { fakeFromFixture } from "./support";

const START = dayFromIso("2009-09-01") as number;

describe("New plan and Add area", () => {
  test("a new plan adds Plan, People, the areas and Risks, leaving a user's sheet of the same name alone", async () => {
    const fake = createFakeExcel([sheetOf("Transport", [["My own notes"]])]);
    const result = await newPlan(
      { name: "Northside", start: START, areas: ["Transport", "Workforce planning"], ragScale: 3 },
      fake.run,
    );
    expect(result.sheets[0]).toBe("Plan");
    expect(result.sheets).toContain("Transport (2)");
    expect(result.messages.join(" ")).toMatch(/‘Transport’ is on the sheet ‘Transport \(2\)’/);
    expect(sheetValues(fake, "Transport")).toEqual([["My own notes"]]);
    expect(sheetValues(fake, "Plan")[0].slice(0, 2)).toEqual(["Plan name", "Northside"]);
    // Names and sheets, the template, then the short function names in a trip of their own.
    expect(fake.syncs).toBe(3);
  });

  test("a second plan in the same workbook is refused with what to do", async () => {
    const fake = createFakeExcel([sheetOf("Plan", [["Plan name", "Existing"]])]);
    await expect(newPlan({ name: "X", start: START, areas: [], ragScale: 3 }, fake.run)).rejects.toThrow(
      /already has a ‘Plan’ sheet/,
    );
    expect(fake.state.sheets.map((s) => s.name)).toEqual(["Plan"]);
  });

  test("Add area writes the area sheet and lists it on Plan under the last area", async () => {
    const fake = createFakeExcel();
    await newPlan({ name: "Northside", start: START, areas: ["Transport"], ragScale: 5 }, fake.run);
    const result = await addArea("Quality assurance", fake.run);
    expect(result.sheets).toEqual(["Quality assurance"]);
    const plan = sheetValues(fake, "Plan");
    expect(plan[10].slice(0, 3)).toEqual(["Transport", "Transport", "High"]);
    expect(plan[11].slice(0, 3)).toEqual(["Quality assurance", "Quality assurance", "High"]);
    // Five-point RAG from the plan's settings reaches the new sheet's drop-down.
    const qa = fake.state.sheets.find((s) => s.name === "Quality assurance");
    expect(JSON.stringify(qa?.validations)).toContain("Amber/Green");
  });
});

describe("Structure this sheet", () => {
  const old = [
    ["Curriculum working group"],
    [],
    ["Task", "Responsible", "Deadline", "Status colour", "Budget code"],
    ["Map functional skills", "Head of IAG", 40116, "G", "C-01"],
    ["=SUM(A1) is not a formula", "Careers lead", 40165, "A", "C-02"],
  ];

  test("proposes the header row and mapping with a preview, dates as dd/mm/yyyy", async () => {
    const fake = createFakeExcel([sheetOf("Old plan", old)]);
    const proposal = await proposeStructure(fake.run);
    expect(proposal.headerRow).toBe(3);
    expect(proposal.columns.map((c) => [c.column, c.field])).toEqual([
      ["A", "action"],
      ["B", "owner"],
      ["C", "due"],
      ["D", "rag"],
      ["E", null],
    ]);
    expect(proposal.preview[0]).toEqual(["Map functional skills", "Head of IAG", "30/10/2009", "G", "C-01"]);
    expect(proposal.rowCount).toBe(2);
  });

  test("writes a template area sheet with the rows, text kept as text, the original untouched", async () => {
    const fake = createFakeExcel([sheetOf("Old plan", old)]);
    const before = JSON.stringify(sheetValues(fake, "Old plan"));
    const result = await applyStructure(await proposeStructure(fake.run), fake.run);
    expect(result.sheets).toEqual(["Old plan (2)"]);
    const written = sheetValues(fake, result.sheets[0]);
    expect(written[2][3]).toBe("Action");
    expect(written[4][3]).toBe("=SUM(A1) is not a formula");
    expect(fake.state.sheets.find((s) => s.name === result.sheets[0])?.cells.get("D5")?.formula).toBeUndefined();
    expect(JSON.stringify(sheetValues(fake, "Old plan"))).toBe(before);
    expect(result.messages[0]).toMatch(/Moved 2 rows; ‘Old plan’ is kept as it was/);
  });

  test("an area column splits the rows into one area sheet per area, listed on Plan", async () => {
    const fake = createFakeExcel([
      sheetOf("Delivery plan", [
        ["Section", "What", "Leading", "By when"],
        ["IAG", "Train tutors", "Head of IAG", 40116],
        [null, "Publish prospectus", "Careers lead", 40165],
        ["Transport", "Agree a bus route", "LA transport officer", 40144],
      ]),
    ]);
    await newPlan({ name: "Eastbrook", start: START, areas: [], ragScale: 3 }, fake.run);
    fake.state.active = "Delivery plan";
    const result = await applyStructure(await proposeStructure(fake.run), fake.run);
    expect(result.sheets).toEqual(["IAG", "Transport"]);
    expect(
      sheetValues(fake, "IAG")
        .slice(3)
        .map((row) => row[3]),
    ).toEqual(["Train tutors", "Publish prospectus"]);
    expect(
      sheetValues(fake, "Transport")
        .slice(3)
        .map((row) => row[3]),
    ).toEqual(["Agree a bus route"]);
    expect(
      sheetValues(fake, "Plan")
        .slice(10, 12)
        .map((row) => row.slice(0, 2)),
    ).toEqual([
      ["IAG", "IAG"],
      ["Transport", "Transport"],
    ]);
  });

  test("a sheet without a header says what the planner looks for", async () => {
    const fake = createFakeExcel([sheetOf("Notes", [["Just some notes"]])]);
    await expect(proposeStructure(fake.run)).rejects.toThrow(/No header row was found in the first 20 rows of ‘Notes’/);
  });
});

describe("People, cells and flags", () => {
  test("a capacity is written on the owner's row of People, or a new row for a new owner", async () => {
    const fake = createFakeExcel([
      sheetOf("People", [
        ["Name", "Role", "Group", "Capacity"],
        ["Jane Smith", "Manager", "Ops", 2],
      ]),
    ]);
    await setOwnerCapacity("jane smith", 4, fake.run);
    await setOwnerCapacity("Tom Patel", 3, fake.run);
    expect(sheetValues(fake, "People").slice(1)).toEqual([
      ["Jane Smith", "Manager", "Ops", 4],
      ["Tom Patel", "", "", 3],
    ]);
    await expect(setOwnerCapacity("Jane Smith", 0, fake.run)).rejects.toThrow(/whole number of actions from 1 to 100/);
  });

  test("go to cell activates the sheet and selects the cell; a missing sheet is explained", async () => {
    const fake = createFakeExcel([sheetOf("Plan"), sheetOf("Transport")]);
    await goToCell({ sheet: "Transport", cell: "I7" }, fake.run);
    expect([fake.state.active, fake.state.selection]).toEqual(["Transport", "Transport!I7"]);
    await expect(goToCell({ sheet: "Gone", cell: "A1" }, fake.run)).rejects.toThrow(/missing or was renamed/);
  });

  test("clear flags removes the planner's rules and notes and keeps the user's own", async () => {
    const fake = await fakeFromFixture("consolidate-plan.xlsx");
    await consolidateWorkbook({ run: fake.run, notes: true, now: new Date(2009, 10, 16) });
    const flagged = fake.state.sheets.find((s) => s.rules.some((r) => r.formula?.includes(RULE_MARK)));
    if (!flagged) throw new Error("the fixture should flag someone");
    flagged.rules.push({ type: "Custom", range: "A1:A9", formula: '=$A1="mine"' });
    const [cell] = [...flagged.notes.keys()];
    flagged.notes.set(cell, `Ask Tom first\n\n${flagged.notes.get(cell)}`);
    flagged.notes.set("Z1", "A user's own note");
    await clearFlags(fake.run, true);
    expect(flagged.rules.map((r) => r.formula)).toEqual(['=$A1="mine"']);
    expect(flagged.notes.get(cell)).toBe("Ask Tom first");
    expect(flagged.notes.get("Z1")).toBe("A user's own note");
    expect([...flagged.notes.values()].some((n) => n.includes(NOTE_MARK))).toBe(false);
  });
});
