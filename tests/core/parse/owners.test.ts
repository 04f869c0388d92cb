/** Joint owners split, one spelling per person; horizons resolved from the plan start. */
import { dayFromIso, isoOf } from "../../../src/core/days";
import { horizonMonths, OwnerDirectory, resolveHorizons, splitOwners } from "../../../src/core/parse";

test.each([
  ["Jane Smith", ["Jane Smith"]],
  ["Tom Patel and Jane Smith", ["Tom Patel", "Jane Smith"]],
  ["Head of IAG & Careers lead", ["Head of IAG", "Careers lead"]],
  ["Amira Khan; Jane Smith", ["Amira Khan", "Jane Smith"]],
  ["LA transport officer, Careers lead", ["LA transport officer", "Careers lead"]],
  ["Careers lead + Head of IAG", ["Careers lead", "Head of IAG"]],
  ["  Jane    Smith  ", ["Jane Smith"]],
  ["Jane Smith\nTom Patel", ["Jane Smith", "Tom Patel"]],
  ["Sandra Andrews", ["Sandra Andrews"]],
  ["Brand and Marketing lead", ["Brand", "Marketing lead"]],
  ["", []],
  [" , ; ", []],
])("%p → %p", (text, names) => {
  expect(splitOwners(text)).toEqual(names);
});

describe("names People lists whole are never split; Surname, First is one person", () => {
  const people = new OwnerDirectory(["Head of Teaching and Learning", "Smith, Jane", "Tom Patel", "Amira Khan"]);
  test.each([
    ["Head of Teaching and Learning", ["Head of Teaching and Learning"]],
    ["head of teaching  and learning", ["Head of Teaching and Learning"]],
    ["Head of Teaching and Learning & Tom Patel", ["Head of Teaching and Learning", "Tom Patel"]],
    ["Tom Patel and Head of Teaching and Learning", ["Tom Patel", "Head of Teaching and Learning"]],
    ["Smith, Jane", ["Smith, Jane"]],
    ["Jane Smith", ["Smith, Jane"]],
    ["Jane\u200b Smith", ["Smith, Jane"]],
    ["\uff2a\uff41\uff4e\uff45 Smith", ["Smith, Jane"]],
    ["Smith, Jane; Tom Patel", ["Smith, Jane", "Tom Patel"]],
    ["Patel, Tom", ["Tom Patel"]],
    ["Tom Patel, Amira Khan", ["Tom Patel", "Amira Khan"]],
    ["Amira, Tom", ["Amira, Tom"]],
    ["Brand and Marketing lead", ["Brand", "Marketing lead"]],
  ])("%p → %p", (text, names) => {
    expect(people.split(text)).toEqual(names);
  });

  test("without People, a cell of just 'Surname, First' is one person; longer lists still split", () => {
    expect(splitOwners("Smith, Jane")).toEqual(["Smith, Jane"]);
    expect(splitOwners("LA transport officer, Careers lead")).toEqual(["LA transport officer", "Careers lead"]);
    expect(splitOwners("Smith, Jane, Patel")).toEqual(["Smith", "Jane", "Patel"]);
  });
});

test("the People sheet's spelling wins, case-insensitively; otherwise the first spelling seen", () => {
  const owners = new OwnerDirectory(["Jane Smith"]);
  expect(owners.canonical("JANE SMITH")).toBe("Jane Smith");
  expect(owners.canonical("careers lead")).toBe("careers lead");
  expect(owners.canonical("Careers Lead")).toBe("careers lead");
  expect(owners.isListed("jane smith")).toBe(true);
  expect(owners.isListed("Careers lead")).toBe(false);
});

test.each([
  ["In 6 months", 6],
  ["6 months", 6],
  ["12m", 12],
  ["In 24 months", 24],
  ["in 2 years", 24],
  ["Within 3 months", 3],
  ["Summer term", null],
  ["In 0 months", null],
])("horizon %p is %p months", (text, months) => {
  expect(horizonMonths(text)).toBe(months);
});

const d = (iso: string) => dayFromIso(iso) as number;

test.each([
  [
    "2009-09-01",
    [6, 12],
    [
      ["2009-09-01", "2010-03-01"],
      ["2010-03-02", "2010-09-01"],
    ],
  ],
  ["2009-08-31", [6], [["2009-08-31", "2010-02-28"]]],
  ["2008-01-31", [1], [["2008-01-31", "2008-02-29"]]],
  [
    "2009-09-01",
    [24, 6, 12],
    [
      ["2010-09-02", "2011-09-01"],
      ["2009-09-01", "2010-03-01"],
      ["2010-03-02", "2010-09-01"],
    ],
  ],
])(
  "from a plan start of %s, horizons %p run %p (month ends clamped; each starts after the shorter one)",
  (start, months, expected) => {
    expect(resolveHorizons(d(start), months).map((r) => [isoOf(r.start), isoOf(r.due)])).toEqual(expected);
  },
);
