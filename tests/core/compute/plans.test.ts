/**
 * A consortium workbook's plans, by hand: which plan each action belongs to
 * (by its sheet), RAG by plan under the workbook's rule, a copy's age against
 * the As of date (27 days is fresh, 28 is four weeks), and what changed when a
 * plan is added again (matched by ID without regard to case).
 */
import { copyChanges, planOfAction, stalePlanProblems, summarisePlans } from "../../../src/core/compute";
import type { PlanCopy } from "../../../src/core/types";
import { action, d, plan } from "./factory";

const copy = (name: string, read: string): PlanCopy => ({
  plan: name,
  sheet: name,
  file: `${name.toLowerCase()}.xlsx`,
  planAsOf: d("2009-11-13"),
  read: d(read),
  readCell: "V2",
});

function consortium(readEast: string) {
  const p = plan({
    actions: [
      action({ id: "C1", sheet: "Transport", rag: "Green" }),
      action({ id: "Eastside/W1", sheet: "Eastside", rag: "Red" }),
      action({ id: "Eastside/W2", sheet: "eastside", rag: "Green" }),
      action({ id: "Westside/W1", sheet: "Westside", rag: "Amber" }),
    ],
  });
  p.settings = { ...p.settings, name: "Thurrock consortium", rollupRule: "worst" };
  p.copies = [copy("Eastside", readEast), copy("Westside", "2009-11-16")];
  return p;
}

test("each plan's actions and RAG under the workbook's rule; the workbook's own plan first", () => {
  const p = consortium("2009-11-16");
  const plans = summarisePlans(p, (a) => a.rag, d("2009-11-16"));
  expect(plans?.map((s) => [s.plan, s.sheet, s.actions, s.rag.Red, s.rag.Green, s.overall])).toEqual([
    ["Thurrock consortium", null, 1, 0, 1, "Green"],
    ["Eastside", "Eastside", 2, 1, 1, "Red"],
    ["Westside", "Westside", 1, 0, 0, "Amber"],
  ]);
  const planOf = planOfAction(p.actions, plans ?? []);
  expect(["C1", "Eastside/W1", "Eastside/W2", "Westside/W1"].map(planOf)).toEqual([
    "Thurrock consortium",
    "Eastside",
    "Eastside",
    "Westside",
  ]);
  expect(summarisePlans({ ...p, copies: undefined }, (a) => a.rag, d("2009-11-16"))).toBeUndefined();
});

test.each([
  ["2009-11-17", null], // 27 days before 14/12/2009
  ["2009-11-16", 28],
  ["2009-10-01", 74],
])("a copy read on %s is %s days stale on 14/12/2009", (read, days) => {
  const p = consortium(read);
  const asOf = d("2009-12-14");
  const plans = summarisePlans(p, (a) => a.rag, asOf);
  expect(plans?.find((s) => s.plan === "Eastside")?.staleDays).toBe(days);
  const problems = stalePlanProblems(p, plans, asOf).filter((x) => x.sheet === "Eastside");
  expect(problems.map((x) => x.cell)).toEqual(days === null ? [] : ["V2"]);
  if (days !== null)
    expect(problems[0].message).toContain(`${Math.floor(days / 7)} weeks before this plan's As of (14/12/2009)`);
});

test("added again: added, removed and moved (start or due) by ID, whatever the case", () => {
  const before = [
    action({ id: "E/W1", start: "2009-11-02", due: "2009-11-27" }),
    action({ id: "E/W2", due: "2009-11-27" }),
    action({ id: "E/W3", due: "2009-11-27" }),
  ];
  const after = [
    action({ id: "e/w1", start: "2009-11-09", due: "2009-11-27" }),
    action({ id: "E/W2", due: "2009-11-27" }),
    action({ id: "E/W4", due: "2009-11-27" }),
  ];
  expect(copyChanges(before, after)).toEqual({ added: ["E/W4"], removed: ["E/W3"], moved: ["e/w1"] });
});
