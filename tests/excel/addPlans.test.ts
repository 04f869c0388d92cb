/**
 * Add plans from files, through the fake Excel: three partners' workbooks
 * (written as real .xlsx packages and read with the pane's reader) share
 * Jane Smith, spelt three ways, with capacity 3 in one People sheet and 2 in
 * another. Each arrives as its own sheet; no plan alone overloads her, the
 * consortium does (counted by hand: 4 open actions in each week from
 * 02/11/2009 to 23/11/2009 against 2). A plan added again replaces its copy
 * in place and says what changed; a copy four weeks old is flagged.
 */
import { addPlans, consolidateWorkbook } from "../../src/excel";
import { dayFromIso } from "../../src/core/days";
import type { PlanFile } from "../../src/contract/operations";
import { readWorkbookBytes } from "../../src/reader/readPackage";
import { busy, partnerPlan } from "../../testkit/partnerPlans";
import { rawXlsx, serialOf, type RawValue } from "../../testkit/rawXlsx";
import { createFakeExcel, sheetOf, sheetValues } from "../../testkit/excelFake/workbook";

const NOW = new Date(2009, 10, 16, 9, 30);
async function planFile(
  file: string,
  name: string,
  people: [string, number][] | null,
  rows: RawValue[][],
): Promise<PlanFile> {
  const sheets = partnerPlan(name, people, rows, "2009-11-13");
  return { file, input: readWorkbookBytes(await rawXlsx({ sheets })).input };
}

/** The consortium's own workbook: its Plan sheet and a People sheet in the template's columns, with one person. */
function consortium(asOf = "2009-11-16") {
  return createFakeExcel([
    sheetOf("Plan", [
      ["Plan name", "Thurrock 14-19 consortium"],
      ["As of", serialOf(asOf)],
    ]),
    sheetOf("People", [
      ["Name", "Role", "Group", "Capacity", "Days per week"],
      ["Sam Patel", "Consortium manager", "LA", 4, null],
    ]),
  ]);
}

const partners = async () => [
  await planFile("north.xlsx", "Northside", [["Jane Smith", 3]], [busy("W1", "Jane Smith"), busy("W2", "Jane Smith")]),
  await planFile("east.xlsx", "Eastside", [["jane  smith", 2]], [busy("W1", "jane  smith")]),
  await planFile("west.xlsx", "Westside", null, [busy("W1", "JANE SMITH")]),
];

test("three partners' plans arrive as sheets; together they overload Jane Smith, named with her plans", async () => {
  const fake = consortium();
  const result = await addPlans(await partners(), { run: fake.run, now: NOW });
  expect(result.sheets).toEqual(["Northside", "Eastside", "Westside"]);
  expect(result.plans.map((p) => [p.plan, p.actions, p.replaced])).toEqual([
    ["Northside", 2, false],
    ["Eastside", 1, false],
    ["Westside", 1, false],
  ]);
  expect(result.messages).toContain("Added Eastside from east.xlsx as the sheet Eastside: 1 action.");
  // The partners disagree on her capacity: the lower, 2, is brought in, and the user is told which cells differ.
  expect(
    result.messages.some((m) =>
      /Jane Smith.s capacity is 3 in Northside \(People!A2\) and 2 in Eastside \(People!A2\): the roll-up uses 2/.test(
        m,
      ),
    ),
  ).toBe(true);
  expect(sheetValues(fake, "People")[2]).toEqual(["Jane Smith", "", "", 2, ""]);
  // IDs repeat across plans and stay apart as plan + ID; where each came from is on its row.
  const east = sheetValues(fake, "Eastside");
  const col = (h: string) => east[0].indexOf(h);
  expect([
    east[1][col("ID")],
    east[1][col("Plan")],
    east[1][col("From file")],
    east[1][col("From sheet")],
    east[1][col("From cell")],
  ]).toEqual(["Eastside/W1", "Eastside", "east.xlsx", "Workforce planning", "B2"]);

  const outcome = await consolidateWorkbook({ run: fake.run, now: NOW, notes: true });
  expect(outcome.analysis.plans?.map((p) => [p.plan, p.actions, p.file])).toEqual([
    ["Northside", 2, "north.xlsx"],
    ["Eastside", 1, "east.xlsx"],
    ["Westside", 1, "west.xlsx"],
  ]);
  const weeks = ["2009-11-02", "2009-11-09", "2009-11-16", "2009-11-23"].map((d) => dayFromIso(d));
  expect(outcome.analysis.overloads.map((o) => [o.owner, o.week, o.load, o.capacity])).toEqual(
    weeks.map((w) => ["Jane Smith", w, 4, 2]),
  );
  const dashboard = sheetValues(fake, "Dashboard");
  const plansAt = dashboard.findIndex((r) => r[0] === "Plans (3): RAG by plan");
  expect(dashboard.slice(plansAt + 2, plansAt + 5).map((r) => [r[0], r[1]])).toEqual([
    ["Northside", 2],
    ["Eastside", 1],
    ["Westside", 1],
  ]);
  const overloaded = dashboard.findIndex((r) => r[0] === "Overloaded owners (1)");
  const head = dashboard[overloaded + 1];
  expect(dashboard[overloaded + 2][head.indexOf("Plans")]).toBe("Eastside, Northside, Westside");
});

test("a plan added again replaces its copy in place and counts what was added, removed and moved", async () => {
  const fake = consortium();
  await addPlans(await partners(), { run: fake.run, now: NOW });
  const again = await planFile(
    "east-v2.xlsx",
    "Eastside",
    [["Jane Smith", 2]],
    [
      busy("W1", "Jane Smith", "2009-12-11"), // moved: due a fortnight later
      busy("W3", "Jane Smith"), // added
      busy("W4", "Jane Smith"), // added
    ],
  );
  const tabs = fake.state.sheets.map((s) => s.name);
  const result = await addPlans([again], { run: fake.run, now: new Date(2009, 10, 20, 10, 0) });
  expect(fake.state.sheets.map((s) => s.name)).toEqual(tabs);
  expect(result.plans[0]).toMatchObject({
    plan: "Eastside",
    sheet: "Eastside",
    replaced: true,
    actions: 3,
    added: 2,
    removed: 0,
    moved: 1,
  });
  expect(result.messages[0]).toBe(
    "Replaced Eastside (the copy of 16/11/2009) from east-v2.xlsx: 2 actions added, 0 removed, 1 moved; 3 actions in all.",
  );
  const east = sheetValues(fake, "Eastside");
  expect(east.filter((r) => typeof r[0] === "string" && r[0].startsWith("Eastside/")).map((r) => r[0])).toEqual([
    "Eastside/W1",
    "Eastside/W3",
    "Eastside/W4",
  ]);
  // Nobody new in People: Jane Smith is there once.
  expect(sheetValues(fake, "People").filter((r) => r[0] === "Jane Smith")).toHaveLength(1);

  const third = await planFile("east-v3.xlsx", "Eastside", null, [busy("W3", "Jane Smith")]);
  const removed = await addPlans([third], { run: fake.run, now: NOW });
  expect(removed.plans[0]).toMatchObject({ added: 0, removed: 2, moved: 0, actions: 1 });
});

test("a copy read four weeks or more before the As of date is flagged at its Read cell", async () => {
  const fake = consortium("2009-12-14");
  await addPlans(await partners(), { run: fake.run, now: NOW });
  const outcome = await consolidateWorkbook({ run: fake.run, now: new Date(2009, 11, 14, 9, 0), notes: true });
  const stale = outcome.analysis.problems.filter((p) => /weeks before this plan's As of/.test(p.message));
  expect(stale.map((p) => [p.sheet, p.message.slice(0, 60)])).toEqual([
    ["Northside", "Northside was read from north.xlsx on 16/11/2009, 4 weeks be"],
    ["Eastside", "Eastside was read from east.xlsx on 16/11/2009, 4 weeks befo"],
    ["Westside", "Westside was read from west.xlsx on 16/11/2009, 4 weeks befo"],
  ]);
  expect(stale[0].cell).toBe(`${String.fromCharCode(64 + sheetValues(fake, "Northside")[0].indexOf("Read") + 1)}2`);
  expect(outcome.analysis.plans?.every((p) => p.staleDays === 28)).toBe(true);
});

test("a consortium workbook is refused as a partner's plan, and so are two files of one plan", async () => {
  const fake = consortium();
  await addPlans(await partners(), { run: fake.run, now: NOW });
  const grids = fake.state.sheets.map((s) => ({ sheet: s.name, topLeft: "A1", values: sheetValues(fake, s.name) }));
  await expect(addPlans([{ file: "consortium.xlsx", input: { grids } }], { run: fake.run, now: NOW })).rejects.toThrow(
    /consortium\.xlsx is a consortium workbook \(it holds copies of Northside, Eastside, Westside\): add the partners' own files instead/,
  );
  const [north] = await partners();
  await expect(addPlans([north, { ...north, file: "north-copy.xlsx" }], { run: fake.run, now: NOW })).rejects.toThrow(
    /Two of the files chosen are both the plan "Northside"/,
  );
});
