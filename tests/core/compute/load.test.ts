import { computeLoad, type LoadItem } from "../../../src/core/compute";
import { isoOf } from "../../../src/core/days";
import { d } from "./factory";

/** A load item with ISO dates. */
function item(id: string, owners: string[], start: string | null, due: string | null, extra: Partial<LoadItem> = {}) {
  return {
    id,
    owners,
    start: start === null ? null : d(start),
    due: due === null ? null : d(due),
    complete: false,
    ...extra,
  };
}

/** Each owner's weekly load as text, from the span's first Monday. */
function table(items: LoadItem[], capacity = 9, options = {}) {
  const { span, load } = computeLoad(items, () => capacity, options);
  return { first: isoOf(span.firstWeek), weeks: span.weeks, rows: load.map((l) => `${l.owner}: ${l.weeks.join(" ")}`) };
}

// 2009-03-02 is a Monday; 2009-03-01 a Sunday.
describe("computeLoad: which weeks an action is active in", () => {
  test.each([
    ["Monday to Friday of one week", [item("W1", ["Jo"], "2009-03-02", "2009-03-06")], "2009-03-02", ["Jo: 1"]],
    ["Sunday to Monday touches two weeks", [item("W1", ["Jo"], "2009-03-01", "2009-03-02")], "2009-02-23", ["Jo: 1 1"]],
    ["no start: the week of its due date", [item("W1", ["Jo"], null, "2009-03-04")], "2009-03-02", ["Jo: 1"]],
    ["start after due: the due week only", [item("W1", ["Jo"], "2009-04-20", "2009-03-04")], "2009-03-02", ["Jo: 1"]],
    [
      "complete items carry no load",
      [item("W1", ["Jo"], "2009-03-02", "2009-03-06", { complete: true })],
      "1969-12-29",
      [],
    ],
    ["items with no due carry no load", [item("W1", ["Jo"], "2009-03-02", null)], "1969-12-29", []],
    [
      "joint owners each carry it",
      [item("W1", ["Jo", "Al"], "2009-03-02", "2009-03-09")],
      "2009-03-02",
      ["Al: 1 1", "Jo: 1 1"],
    ],
    ["a name given twice counts once", [item("W1", ["Jo", "Jo"], "2009-03-02", "2009-03-02")], "2009-03-02", ["Jo: 1"]],
    [
      "weeks between actions are zero",
      [item("W1", ["Jo"], "2009-03-02", "2009-03-02"), item("W2", ["Jo"], "2009-03-16", "2009-03-17")],
      "2009-03-02",
      ["Jo: 1 0 1"],
    ],
    [
      "owners sort by name, case-insensitively",
      [
        item("W1", ["bob"], null, "2009-03-02"),
        item("W2", ["Alice"], null, "2009-03-02"),
        item("W3", ["Carl"], null, "2009-03-02"),
      ],
      "2009-03-02",
      ["Alice: 1", "bob: 1", "Carl: 1"],
    ],
    [
      "concurrent actions add up",
      [item("W1", ["Jo"], "2009-03-02", "2009-03-20"), item("W2", ["Jo"], "2009-03-10", "2009-03-11")],
      "2009-03-02",
      ["Jo: 1 2 1"],
    ],
  ])("%s", (_name, items, first, rows) => {
    expect(table(items)).toMatchObject({ first, rows });
  });
});

describe("computeLoad: the span", () => {
  const items = [item("W1", ["Jo"], "2009-03-02", "2009-03-30"), item("W2", ["Al"], "2009-03-23", "2009-03-24")];
  test.each([
    ["earliest to latest active week", {}, "2009-03-02", 5, ["Al: 0 0 0 1 0", "Jo: 1 1 1 1 1"]],
    ["from and to clamp both ends", { from: d("2009-03-11"), to: d("2009-03-18") }, "2009-03-09", 2, ["Jo: 1 1"]],
    ["to before any action", { to: d("2009-02-10") }, "2009-02-09", 1, []],
    ["from after every action", { from: d("2009-05-01") }, "2009-04-27", 1, []],
    ["an action nobody owns still sets the span", {}, "2009-03-02", 6, ["Al: 0 0 0 1 0 0", "Jo: 1 1 1 1 1 0"], true],
    ["from before every action", { from: d("2009-02-25") }, "2009-02-23", 6, ["Al: 0 0 0 0 1 0", "Jo: 0 1 1 1 1 1"]],
  ])("%s", (_name, options, first, weeks, rows, unowned = false) => {
    const all = unowned ? [...items, item("W9", [], "2009-04-06", "2009-04-06")] : items;
    expect(table(all, 9, options)).toEqual({ first, weeks, rows });
  });

  test.each([
    ["nothing active and no limits: the empty week", {}, "1969-12-29"],
    ["nothing active: the given empty week", { emptyWeek: d("2009-09-03") }, "2009-08-31"],
  ])("%s", (_name, options, first) => {
    expect(table([], 9, options)).toEqual({ first, weeks: 1, rows: [] });
  });

  test("to before from is misuse", () => {
    expect(() => computeLoad([], () => 1, { from: d("2009-03-10"), to: d("2009-03-01") })).toThrow(
      "The load cannot run to 01/03/2009, before it starts (10/03/2009)",
    );
  });
});

describe("computeLoad: overloads", () => {
  const items = [
    item("W1", ["Jo"], "2009-03-02", "2009-03-16"),
    item("W2", ["Jo", "Al"], "2009-03-09", "2009-03-10"),
    item("W3", ["Al"], "2009-03-09", "2009-03-20"),
    item("W4", ["Jo"], "2009-03-04", "2009-03-13"),
  ];
  test.each([
    [1, ["Al 2009-03-09 2 W2,W3", "Jo 2009-03-02 2 W1,W4", "Jo 2009-03-09 3 W1,W2,W4"]],
    [2, ["Jo 2009-03-09 3 W1,W2,W4"]],
    [3, []],
  ])("capacity %p", (capacity, expected) => {
    const { overloads } = computeLoad(items, () => capacity);
    expect(overloads.map((o) => `${o.owner} ${isoOf(o.week)} ${o.load} ${o.actions.join(",")}`)).toEqual(expected);
  });

  test("peak, overloaded weeks and capacity per owner", () => {
    const { load } = computeLoad(items, (owner) => (owner === "Jo" ? 2 : 1));
    expect(
      load.map(({ owner, capacity, peak, overloadedWeeks }) => ({ owner, capacity, peak, overloadedWeeks })),
    ).toEqual([
      { owner: "Al", capacity: 1, peak: 2, overloadedWeeks: 1 },
      { owner: "Jo", capacity: 2, peak: 3, overloadedWeeks: 1 },
    ]);
  });

  test("capacity is asked once per owner", () => {
    const asked: string[] = [];
    computeLoad(items, (owner) => (asked.push(owner), 1));
    expect(asked).toEqual(["Al", "Jo"]);
  });
});

describe("computeLoad: staff days", () => {
  const daysPerWeekOf = (owner: string) => (owner === "Al" ? null : 3);
  test.each([
    [
      "10 days over two working weeks",
      [item("W1", ["Jo"], "2009-03-02", "2009-03-13", { staffDays: 10 })],
      "Jo",
      [5, 5],
    ],
    ["weekends carry none", [item("W1", ["Jo"], "2009-03-05", "2009-03-10", { staffDays: 4 })], "Jo", [2, 2]],
    [
      "joint owners share the days",
      [item("W1", ["Jo", "Al"], "2009-03-02", "2009-03-06", { staffDays: 3 })],
      "Jo",
      [1.5],
    ],
    ["rounded to two places", [item("W1", ["Jo"], "2009-03-02", "2009-03-04", { staffDays: 1 })], "Jo", [1]],
    ["a third of a day", [item("W1", ["Jo"], "2009-03-06", "2009-03-09", { staffDays: 2 / 3 })], "Jo", [0.33, 0.33]],
    [
      "a weekend-only action spreads over its days",
      [item("W1", ["Jo"], "2009-03-07", "2009-03-08", { staffDays: 2 })],
      "Jo",
      [2],
    ],
    ["no staff days: none needed", [item("W1", ["Jo"], "2009-03-02", "2009-03-06")], "Jo", null],
    [
      "days needed even where days available are unknown",
      [item("W1", ["Al"], "2009-03-02", "2009-03-06", { staffDays: 2 })],
      "Al",
      [2],
    ],
  ])("%s", (_name, items, owner, needed) => {
    const { load } = computeLoad(items, () => 9, { daysPerWeekOf });
    expect(load.find((l) => l.owner === owner)?.daysNeeded).toEqual(needed);
  });

  test("days overloads: more days needed than available, listing the actions giving days", () => {
    const items = [
      item("W1", ["Jo"], "2009-03-02", "2009-03-13", { staffDays: 4 }),
      item("W2", ["Jo"], "2009-03-09", "2009-03-13", { staffDays: 2 }),
      item("W3", ["Jo"], "2009-03-09", "2009-03-13"),
      item("W4", ["Al"], "2009-03-09", "2009-03-13", { staffDays: 20 }),
    ];
    const { daysOverloads, load } = computeLoad(items, () => 9, { daysPerWeekOf });
    expect(daysOverloads.map((o) => ({ ...o, week: isoOf(o.week) }))).toEqual([
      { owner: "Jo", week: "2009-03-09", daysNeeded: 4, daysAvailable: 3, actions: ["W1", "W2"] },
    ]);
    expect(load.map((l) => l.daysPerWeek)).toEqual([null, 3]);
  });
});
