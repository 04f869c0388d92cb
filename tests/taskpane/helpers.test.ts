/** The pane's pure helpers: dates typed by people, error advice, ordering and scaling. */
import { describeError } from "../../src/taskpane/errors";
import { duration, parseUkDate, plural } from "../../src/taskpane/format";
import { duplicateFields } from "../../src/taskpane/views/fieldOptions";
import { loadStrip } from "../../src/taskpane/views/loadStripBars";
import { checkDraft, draftReducer, initialDraft } from "../../src/taskpane/views/newPlanDraft";
import { ownerRows } from "../../src/taskpane/views/ownerRows";
import { groupProblems } from "../../src/taskpane/views/problemGroups";
import { day, sampleAnalysis } from "./outcomes";

describe("parseUkDate (the engine's date reader)", () => {
  test.each([
    ["01/09/2009", "2009-09-01"],
    ["1/9/2009", "2009-09-01"],
    ["1/9/09", "2009-09-01"],
    ["2009-09-01", "2009-09-01"],
    ["1 September 2009", "2009-09-01"],
    [" 29/02/2008 ", "2008-02-29"],
  ])("reads %s", (text, iso) => expect(parseUkDate(text)).toBe(day(iso)));

  test.each(["31/09/2009", "29/02/2009", "09/01", "TBC", ""])("rejects %p", (text) =>
    expect(parseUkDate(text)).toBeNull(),
  );
});

describe("describeError", () => {
  test.each([
    ["InvalidOperationInCellEditMode", /Finish editing the cell/],
    ["AccessDenied", /Unprotect it/],
    ["ItemAlreadyExists", /Rename it/],
    ["SomethingNew", /then try again\.$/],
  ])("%s gets advice", (code, advice) => {
    const error = Object.assign(new Error("Excel said no."), { code });
    const described = describeError("Consolidate", error, 7);
    expect(described).toEqual({
      id: 7,
      title: "Consolidate failed: Excel said no.",
      advice: expect.stringMatching(advice),
    });
  });

  test("a protected sheet is explained once: what happened in the title, what to do in the advice", () => {
    const error = Object.assign(
      new Error("Consolidate could not finish on sheet ‘Transport’: a sheet the planner writes to is protected."),
      { code: "AccessDenied", advice: "Unprotect it (Review › Unprotect Sheet), then try again." },
    );
    const described = describeError("Consolidate", error, 3);
    expect(described.title).toBe(
      "Consolidate could not finish on sheet ‘Transport’: a sheet the planner writes to is protected.",
    );
    expect(`${described.title} ${described.advice}`.match(/Review › Unprotect Sheet/g)).toHaveLength(1);
  });

  test("a thrown string is shown as it is", () => {
    expect(describeError("Add area", "Sheet locked", 1).title).toBe("Add area failed: Sheet locked.");
  });
});

test.each([
  [1, "week", "1 week"],
  [2, "week", "2 weeks"],
  [0, "problem", "0 problems"],
])("plural(%d, %s)", (n, word, expected) => expect(plural(n, word)).toBe(expected));

test.each([
  [420, "420 ms"],
  [1234, "1.2 s"],
])("duration(%d)", (ms, text) => expect(duration(ms)).toBe(text));

describe("new plan draft", () => {
  test("a custom area is added once, chosen, and typical names are matched ignoring case", () => {
    let draft = draftReducer(initialDraft, { type: "customText", value: "  transport " });
    draft = draftReducer(draft, { type: "addCustom" });
    draft = draftReducer(draft, { type: "customText", value: "Sixth form" });
    draft = draftReducer(draft, { type: "addCustom" });
    expect(draft.offered.filter((a) => a.toLowerCase() === "transport")).toEqual(["Transport"]);
    expect(draft.chosen).toEqual(["Transport", "Sixth form"]);
  });

  test("areas keep the offered order whatever order they were ticked in", () => {
    let draft = { ...initialDraft, name: "N", startText: "01/09/2009" };
    draft = draftReducer(draft, { type: "toggle", area: "Transport", on: true });
    draft = draftReducer(draft, { type: "toggle", area: "Workforce planning", on: true });
    expect(checkDraft(draft).options?.areas).toEqual(["Workforce planning", "Transport"]);
  });

  test("an empty draft names every missing thing", () => {
    const check = checkDraft(initialDraft);
    expect(check.options).toBeNull();
    expect(Object.keys(check).sort()).toEqual(["areas", "name", "options", "start"]);
  });
});

test("duplicateFields finds fields mapped twice", () => {
  expect(
    duplicateFields([
      { column: "A", field: "id" },
      { column: "C", field: "owner" },
      { column: "D", field: null },
      { column: "E", field: "owner" },
    ]),
  ).toEqual([{ field: "owner", columns: ["C", "E"] }]);
});

describe("loadStrip", () => {
  test.each([
    [{ weeks: [1, 4, 0], capacity: 2, peak: 4 }, [25, 100, 0], 50, [false, true, false]],
    [{ weeks: [1, 1], capacity: 4, peak: 1 }, [25, 25], 100, [false, false]],
    [{ weeks: [0, 0], capacity: 0, peak: 0 }, [0, 0], 0, [false, false]],
  ])("%j", (load, heights, capacityPct, over) => {
    const strip = loadStrip(load);
    expect(strip.bars.map((b) => b.heightPct)).toEqual(heights);
    expect(strip.bars.map((b) => b.over)).toEqual(over);
    expect(strip.capacityPct).toBe(capacityPct);
  });
});

test("ownerRows: overloaded owners first, each owner's weeks worst first", () => {
  const rows = ownerRows(sampleAnalysis());
  expect(rows.map((r) => r.load.owner)).toEqual(["Jane Smith", "Tom Patel"]);
  expect(rows[0].overloads.map((o) => o.load)).toEqual([5, 4]);
  expect(rows[0].worstExcess).toBe(2);
  expect(rows[1].overloads).toEqual([]);
});

test("groupProblems keeps sheets in order met and rows top to bottom (B10 after B9)", () => {
  const p = (sheet: string, cell: string) => ({ sheet, cell, severity: "warning" as const, message: cell });
  const groups = groupProblems([p("A", "B10"), p("Z", "C1"), p("A", "B9"), p("A", "AA9")]);
  expect(groups.map((g) => [g.sheet, g.problems.map((x) => x.cell)])).toEqual([
    ["A", ["B9", "AA9", "B10"]],
    ["Z", ["C1"]],
  ]);
});
