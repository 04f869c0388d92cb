import { reviewsDue } from "../../../src/core/compute";
import { isoOf } from "../../../src/core/days";
import { action, d, risk } from "./factory";

describe("reviewsDue", () => {
  const asOf = d("2009-03-10");
  test.each([
    [
      "an overdue action review",
      [action({ id: "W1", reviewDate: "2009-03-09", cells: { reviewDate: "N5" } })],
      [],
      ["action W1 IAG!N5 2009-03-09 overdue"],
    ],
    ["one within the window", [action({ id: "W1", reviewDate: "2009-03-24" })], [], ["action W1 IAG!A5 2009-03-24"]],
    ["today is not overdue", [action({ id: "W1", reviewDate: "2009-03-10" })], [], ["action W1 IAG!A5 2009-03-10"]],
    ["beyond the window", [action({ id: "W1", reviewDate: "2009-03-25" })], [], []],
    ["complete actions need none", [action({ reviewDate: "2009-03-01", status: "Complete" })], [], []],
    ["no review date", [action()], [], []],
    [
      "open risks, soonest first",
      [action({ id: "W1", reviewDate: "2009-03-20" })],
      [
        risk({ risk: "Funding", reviewDate: "2009-03-01", cells: { reviewDate: "H2" } }),
        risk({ reviewDate: "2009-03-01", status: "Closed" }),
      ],
      ["risk Funding Risks!H2 2009-03-01 overdue", "action W1 IAG!A5 2009-03-20"],
    ],
    [
      "a risk with no text",
      [],
      [risk({ risk: "", row: 7, reviewDate: "2009-03-12" })],
      ["risk The risk in row 7 Risks!A7 2009-03-12"],
    ],
  ])("%s", (_name, actions, risks, expected) => {
    const found = reviewsDue(actions, risks, asOf, 14);
    expect(
      found.map((r) => `${r.kind} ${r.label} ${r.sheet}!${r.cell} ${isoOf(r.due)}${r.overdue ? " overdue" : ""}`),
    ).toEqual(expected);
  });
});
