import { analysePlan } from "../../../src/core/compute";
import { isoOf } from "../../../src/core/days";
import { action, d, person, plan, risk } from "./factory";

const asOf = d("2009-03-10");
const week = { start: "2009-03-09", due: "2009-03-13" };

describe("analysePlan: capacity", () => {
  const actions = ["A1", "A2", "A3"].flatMap((id) => [
    action({ id: `${id}j`, owners: ["Jo Bloggs"], ...week }),
    action({ id: `${id}s`, owners: ["Sam"], ...week }),
  ]);
  test.each([
    ["People's capacity, matched case-insensitively", [person("JO BLOGGS", 2)], {}, ["Jo Bloggs 2", "Sam 3"]],
    [
      "the plan default where People gives none",
      [person("Jo Bloggs", null)],
      { defaultCapacity: 2 },
      ["Jo Bloggs 2", "Sam 2"],
    ],
    ["3 when the default is unusable", [], { defaultCapacity: 0 }, ["Jo Bloggs 3", "Sam 3"]],
  ])("%s", (_name, people, settings, expected) => {
    const analysis = analysePlan(plan({ actions, people, settings }), asOf);
    expect(analysis.load.map((l) => `${l.owner} ${l.capacity}`)).toEqual(expected);
    const overloaded = analysis.overloads.map((o) => o.owner);
    expect(overloaded).toEqual(analysis.load.filter((l) => l.capacity < 3).map((l) => l.owner));
  });

  test("days per week come from People", () => {
    const analysis = analysePlan(
      plan({ actions: [action({ owners: ["Sam"], staffDays: 10, ...week })], people: [person("sam", null, 1)] }),
      asOf,
    );
    expect(analysis.load[0]).toMatchObject({ daysPerWeek: 1, daysNeeded: [10] });
    expect(analysis.daysOverloads).toMatchObject([{ owner: "Sam", daysNeeded: 10, daysAvailable: 1 }]);
  });
});

describe("analysePlan: the whole plan", () => {
  const actions = [
    action({ id: "L1", owners: ["Jo"], start: "2009-03-02", due: "2009-03-06", rag: "Amber" }),
    action({ id: "D1", owners: ["Jo"], start: "2009-03-02", due: "2009-03-20", percentComplete: 0 }),
    action({ id: "C1", owners: ["Jo"], due: "2009-03-03", status: "Complete", rag: "Green" }),
    action({ id: "T1", area: "Transport", sheet: "Transport", owners: ["Jo"], start: "2009-02-20", due: "2009-03-12" }),
    action({ id: "X1", area: "Unlisted", owners: ["Jo"], due: "2009-03-11", percentComplete: 100 }),
  ];
  const areas = [
    { name: "IAG", sheet: "IAG" },
    { name: "transport", sheet: "Transport" },
  ];
  const analysis = analysePlan(
    plan({ actions, areas, risks: [risk()], settings: { clashThreshold: 2, defaultCapacity: 2 } }),
    asOf,
  );

  test("timeline, overdue and derived RAG", () => {
    expect(analysis.timeline.map((a) => a.id)).toEqual(["T1", "L1", "D1", "C1", "X1"]);
    expect(analysis.overdue.map((a) => a.id)).toEqual(["L1"]);
    expect(analysis.derivedRag).toEqual({ L1: "Red", D1: "Amber", C1: "Complete", T1: "Amber", X1: "Green" });
  });

  test("areas count typed RAG, or derived where none was typed", () => {
    expect(analysis.areas.map(({ name, actions: n, rag, overall, rule }) => ({ name, n, rag, overall, rule }))).toEqual(
      [
        {
          name: "IAG",
          n: 3,
          rag: { Red: 0, "Amber/Red": 0, Amber: 2, "Amber/Green": 0, Green: 1, Complete: 0, "Not rated": 0 },
          overall: "Amber",
          rule: "worst",
        },
        {
          name: "transport",
          n: 1,
          rag: { Red: 0, "Amber/Red": 0, Amber: 1, "Amber/Green": 0, Green: 0, Complete: 0, "Not rated": 0 },
          overall: "Amber",
          rule: "worst",
        },
      ],
    );
    expect(analysis.overall).toEqual({
      rag: { Red: 0, "Amber/Red": 0, Amber: 3, "Amber/Green": 0, Green: 2, Complete: 0, "Not rated": 0 },
      status: "Amber",
      rule: "worst",
    });
  });

  test("load, overloads in timeline order, and clashes", () => {
    expect(isoOf(analysis.loadSpan.firstWeek)).toBe("2009-02-16");
    expect(analysis.load.map((l) => `${l.owner}: ${l.weeks.join(" ")}`)).toEqual(["Jo: 1 1 3 3 1"]);
    expect(analysis.overloads.map((o) => `${isoOf(o.week)} ${o.actions.join(",")}`)).toEqual([
      "2009-03-02 T1,L1,D1",
      "2009-03-09 T1,D1,X1",
    ]);
    expect(analysis.clashes.map((c) => `${isoOf(c.week)} ${c.actions.join(",")}`)).toEqual(["2009-03-09 T1,X1"]);
  });

  test("quality warnings come with the analysis", () => {
    expect(analysis.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual(["Transport!A1"]);
  });
});

describe("analysePlan: an empty plan", () => {
  test.each([
    ["the week of the plan start", { start: d("2009-09-01") }, "2009-08-31"],
    ["else the week of as-of", {}, "2009-03-09"],
  ])("spans %s", (_name, settings, first) => {
    const analysis = analysePlan(plan({ settings }), asOf);
    expect({ first: isoOf(analysis.loadSpan.firstWeek), weeks: analysis.loadSpan.weeks }).toEqual({ first, weeks: 1 });
    expect(analysis.overall.status).toBe("Not rated");
  });
});

describe("analysePlan: a blank RAG cell", () => {
  test("stays Not rated where the sheet has a RAG column, and is derived where it has none", () => {
    const late = { owners: ["Jo"], start: "2009-02-02", due: "2009-02-27" };
    const rated = action({ id: "R1", ...late, cells: { rag: "T4" } });
    const unrated = action({ id: "U1", ...late, area: "Transport", sheet: "Transport" });
    const areas = [
      { name: "IAG", sheet: "IAG" },
      { name: "Transport", sheet: "Transport" },
    ];
    const result = analysePlan(plan({ actions: [rated, unrated], areas }), asOf);
    expect(result.areas.map((a) => [a.name, a.overall])).toEqual([
      ["IAG", "Not rated"],
      ["Transport", "Red"],
    ]);
  });
});
