import { clashes, overloaded, ownerload } from "../../src/functions/functions";
import { ownerLoad } from "../../src/functions/ownerLoad";
import { dayFromIso } from "../../src/core/days";
import { col, excelError, serial, thrown } from "./support";

// A small plan around the week of Monday 16/11/2009, with joint owners typed
// three ways, a blank row (as null, 0 and ""), and a complete action.
const owners = col(
  "Jane Smith",
  "Tom Patel and Jane Smith",
  "Amira Khan & jane smith",
  "Jane Smith",
  null,
  "Tom Patel",
  "Jane Smith",
);
const starts = col(
  serial("2009-11-02"),
  serial("2009-11-09"),
  serial("2009-11-16"),
  serial("2009-11-16"),
  0,
  serial("2009-11-16"),
  serial("2009-11-30"),
);
const dues = col(
  serial("2009-11-27"),
  serial("2009-11-20"),
  serial("2009-11-19"),
  serial("2009-11-18"),
  "",
  serial("2009-12-04"),
  serial("2009-12-11"),
);
const statuses = col("In progress", "in progress", "Not started", "Complete", null, "", "Not started");
const week = serial("2009-11-18"); // a Wednesday: the week is 16–22/11/2009

describe("PLAN.OWNERLOAD", () => {
  test.each([
    ["Jane Smith", week, null, 4],
    ["Jane Smith", week, statuses, 3],
    ["JANE SMITH ", week, statuses, 3],
    ["Tom Patel", week, statuses, 2],
    ["Amira Khan", week, statuses, 1],
    ["Jane Smith", serial("2009-11-23"), statuses, 1],
    ["Jane Smith", serial("2010-06-01"), statuses, 0],
  ])("%s in the week of %p (statuses: %p) has %p", (owner, when, st, n) => {
    expect(ownerload(owners, starts, dues, owner as string, when as number, st as unknown[][] | undefined)).toBe(n);
  });

  test("without a week it counts the week holding today", () => {
    const today = dayFromIso("2009-11-20") as number;
    expect(ownerLoad(owners, starts, dues, "Jane Smith", null, statuses, today)).toBe(3);
  });

  test("an owner nobody named is #N/A", () => {
    const error = thrown(() => ownerload(owners, starts, dues, "Bob Unknown", week));
    expect([error.code, error.message]).toEqual(["#N/A", "owner: 'Bob Unknown' is not named in owners"]);
  });

  test("mismatched heights are #VALUE!", () => {
    const error = thrown(() => ownerload(owners, starts, dues.slice(1), "Jane Smith", week));
    expect(error.message).toBe(
      "dues has 6 rows but owners has 7 rows; give owners, starts, dues ranges of the same height",
    );
  });
});

describe("PLAN.OVERLOADED", () => {
  const header = ["Owner", "Peak load", "Capacity", "First overloaded week", "Overloaded weeks"];

  test("one capacity for everyone; complete actions left out", () => {
    expect(overloaded(owners, starts, dues, [[2]], statuses)).toEqual([
      header,
      ["Jane Smith", 3, 2, serial("2009-11-16"), 1],
    ]);
  });

  test("without statuses the complete action counts", () => {
    expect(overloaded(owners, starts, dues, [[2]])).toEqual([header, ["Jane Smith", 4, 2, serial("2009-11-16"), 1]]);
  });

  test("a name and capacity table, heading row skipped, others at the default 3", () => {
    const capacity = [
      ["Name", "Capacity"],
      ["Jane Smith", 3],
      ["tom patel", 1],
      [null, null],
    ];
    expect(overloaded(owners, starts, dues, capacity, statuses)).toEqual([
      header,
      ["Tom Patel", 2, 1, serial("2009-11-16"), 1],
    ]);
  });

  test("from and to limit the weeks; nobody overloaded is #N/A", () => {
    const error = thrown(() => overloaded(owners, starts, dues, [[2]], statuses, serial("2009-11-23")));
    expect(error.code).toBe("#N/A");
  });

  test.each([
    [[["lots"]], "capacity: found text 'lots', expected a whole number of actions from 1 to 100 a week"],
    [
      [["Jane Smith", 2, 5]],
      "capacity: expected one number or two columns (name, capacity), found 1 rows by 3 columns",
    ],
    [
      [
        ["Jane Smith", 2],
        ["Tom Patel", "two"],
      ],
      "capacity: row 2, column 2 is text 'two', expected a whole number of actions from 1 to 100 a week",
    ],
  ])("a bad capacity is #VALUE! (%#)", (capacity, message) => {
    expect(thrown(() => overloaded(owners, starts, dues, capacity)).message).toBe(message);
  });

  test("an error value in dues is #VALUE! naming the row", () => {
    const broken = dues.map((row, i) => (i === 2 ? [excelError("#N/A")] : row));
    expect(thrown(() => overloaded(owners, starts, broken, [[2]])).message).toBe(
      "dues: row 3 is the error #N/A, expected a date",
    );
  });

  test("text that is not a date is #VALUE! naming the row", () => {
    const tbc = dues.map((row, i) => (i === 6 ? ["TBC"] : row));
    expect(thrown(() => overloaded(owners, starts, tbc, [[2]])).message).toBe(
      "dues: row 7 is text 'TBC', expected a date",
    );
  });
});

describe("PLAN.CLASHES", () => {
  test("three deadlines for one owner in one week, counting joint owners", () => {
    expect(clashes(owners, dues)).toEqual([
      ["Owner", "Week", "Deadlines"],
      ["Jane Smith", serial("2009-11-16"), 3],
    ]);
  });

  test("complete actions are left out; nothing left is #N/A", () => {
    expect(thrown(() => clashes(owners, dues, 3, statuses)).code).toBe("#N/A");
    expect(clashes(owners, dues, 2, statuses)).toEqual([
      ["Owner", "Week", "Deadlines"],
      ["Jane Smith", serial("2009-11-16"), 2],
    ]);
  });

  test("a threshold below 1 is #VALUE!", () => {
    expect(thrown(() => clashes(owners, dues, 0)).message).toBe(
      "threshold: found the number 0, expected a number of at least 1",
    );
  });

  test("an unknown status is #VALUE! naming the row", () => {
    const odd = statuses.map((row, i) => (i === 1 ? ["Sort of"] : row));
    expect(thrown(() => clashes(owners, dues, 3, odd)).message).toMatch(
      /^statuses: row 2 is text 'Sort of', expected a status/,
    );
  });
});

test("OVERLOADED with an open-ended due date of 31/12/9999 stays within the plan's five years", () => {
  // From 02/11/2009 Jane (capacity 1) carries three actions; two of them are "open-ended".
  const who = col("Jane Smith", "Jane Smith", "Jane Smith");
  const from = col(serial("2009-11-02"), serial("2009-11-02"), serial("2009-11-02"));
  const to = col(serial("2009-11-27"), serial("9999-12-31"), serial("9999-12-31"));
  const table = overloaded(who, from, to, [[1]]) as (string | number)[][];
  // Peak 3 in the weeks of 02/11 to 23/11; two live, so over 1, every week to the five-year edge: 260 weeks, not 416,907.
  expect(table[1]).toEqual(["Jane Smith", 3, 1, serial("2009-11-02"), 260]);
});
