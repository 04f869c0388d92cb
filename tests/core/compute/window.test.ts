/** The five years the sheets show, and the warnings at dates outside them (expected windows counted by hand). */
import { ukOf } from "../../../src/core/days";
import { MAX_WEEKS, planWindow } from "../../../src/core/compute";
import { outsideWindow } from "../../../src/core/compute/window";
import { action, d } from "./factory";

const plan = (dues: string[]) =>
  dues.map((due, i) => action({ id: `A${i + 1}`, start: "2009-09-07", due, cells: { due: `E${i + 2}` }, row: i + 2 }));

test("a plan within five years needs no window", () => {
  expect(planWindow(plan(["2009-10-01", "2014-08-31"]))).toBeNull();
});

test("260 weeks is the most shown: Monday 07/09/2009 plus 259 weeks is Monday 25/08/2014, to Sunday 31/08/2014", () => {
  expect(MAX_WEEKS).toBe(260);
  expect(planWindow(plan(["2014-08-31"]))).toBeNull();
  const window = planWindow(plan(["2014-09-01"]))!;
  expect([ukOf(window.from), ukOf(window.to)]).toEqual(["07/09/2009", "31/08/2014"]);
});

test.each([
  ["one open-ended action", ["2009-10-01", "2010-06-30", "9999-12-31"], "07/09/2009"],
  ["a typo decades late", ["2009-10-01", "2010-06-30", "2059-12-31"], "07/09/2009"],
])("%s: the window holds the plan's dates, not the stray one", (_, dues, from) => {
  const actions = plan(dues);
  const window = planWindow(actions)!;
  expect(ukOf(window.from)).toBe(from);
  const problems = outsideWindow(actions, window);
  expect(problems.map((p) => p.cell)).toEqual(["E4"]);
  expect(problems[0].message).toMatch(/is far from the rest of the plan — is the year right\?/);
});

test("a typo decades early moves the window to where most dates are", () => {
  const actions = [
    action({ id: "T", start: "1909-09-07", due: "1909-09-30", cells: { start: "D2" }, row: 2 }),
    ...plan(["2009-10-01", "2010-06-30"]),
  ];
  const window = planWindow(actions)!;
  expect(ukOf(window.from)).toBe("07/09/2009");
  // The 1909 action's start and due are both outside; its due has no column, so the warning falls back to its row.
  expect(outsideWindow(actions, window)).toHaveLength(2);
  expect(window.to).toBeGreaterThan(d("2014-08-01"));
});
