import { completeness, groupByArea, qualityWarnings } from "../../../src/core/compute";
import type { Action, Risk } from "../../../src/core/types";
import { action, plan, risk } from "./factory";

/** Warnings for one area's actions (with a risk, so the no-risk warning stays out unless asked). */
function warnings(actions: Action[], risks = [risk()]) {
  const p = plan({ actions, risks });
  return qualityWarnings(groupByArea(p), p.settings).map((w) => `${w.sheet}!${w.cell} ${w.message}`);
}

const cells = { objective: "B5", action: "D5", start: "H5", due: "I5", reviewDate: "N5" };

describe("qualityWarnings", () => {
  test.each([
    [
      "an action longer than the plan allows, at its due cell",
      [action({ id: "W3", start: "2009-03-02", due: "2009-07-20", cells, outcomeMeasure: "x" })],
      [
        "IAG!I5 Action W3 runs 20 weeks (02/03/2009 to 20/07/2009); the plan asks for actions of at most 12 weeks — split it into shorter steps.",
      ],
    ],
    ["exactly twelve weeks is fine", [action({ start: "2009-03-02", due: "2009-05-25", cells })], []],
    [
      "twelve weeks and a day is too long",
      [action({ id: "W1", start: "2009-03-02", due: "2009-05-26", cells })],
      [
        "IAG!I5 Action W1 runs 13 weeks (02/03/2009 to 26/05/2009); the plan asks for actions of at most 12 weeks — split it into shorter steps.",
      ],
    ],
    [
      "a review after the due date, at the review cell",
      [action({ id: "W2", due: "2009-03-20", reviewDate: "2009-04-01", cells })],
      [
        "IAG!N5 Action W2 is reviewed on 01/04/2009, after its due date (20/03/2009) — review it on or before the due date, so slippage is caught in time.",
      ],
    ],
    [
      "an objective with no outcome measure, once, at its first action",
      [
        action({ id: "W1", row: 5, objective: "Raise attendance", cells }),
        action({ id: "W2", row: 6, objective: "raise attendance ", cells: { objective: "B6" } }),
        action({ id: "W3", row: 7, objective: "Train tutors", outcomeMeasure: "Tutors trained" }),
      ],
      [
        'IAG!B5 Objective "Raise attendance" has no measurable outcome: none of its 2 actions give an outcome measure — add one, with a target, so progress can be judged.',
      ],
    ],
    [
      "falls back to the action cell, then column A",
      [
        action({ id: "W1", row: 8, objective: "A", cells: { action: "D8" } }),
        action({ id: "W2", row: 9, objective: "B", generatedId: true }),
      ],
      [
        'IAG!D8 Objective "A" has no measurable outcome: none of its action gives an outcome measure — add one, with a target, so progress can be judged.',
        'IAG!A9 Objective "B" has no measurable outcome: none of its action gives an outcome measure — add one, with a target, so progress can be judged.',
      ],
    ],
    [
      "a step that starts before the step before it is due, at its start cell",
      [
        action({
          id: "W4",
          row: 5,
          objective: "O",
          step: 1,
          outcomeMeasure: "m",
          start: "2009-03-02",
          due: "2009-04-15",
        }),
        action({ id: "W6", row: 6, objective: "O", step: 1, start: "2009-03-02", due: "2009-03-20" }),
        action({
          id: "W5",
          row: 7,
          objective: "O",
          step: 2,
          start: "2009-04-01",
          due: "2009-05-01",
          cells: { start: "H7" },
        }),
        action({ id: "W7", row: 8, objective: "O", step: 3, start: "2009-05-01", due: "2009-05-20" }),
      ],
      [
        'IAG!H7 Step 2 of objective "O" (action W5) starts on 01/04/2009, before step 1 (action W4) is due on 15/04/2009 — start it once step 1 is due, or bring step 1\'s due date forward.',
      ],
    ],
    [
      "steps of different objectives may overlap",
      [
        action({ objective: "O", step: 1, outcomeMeasure: "m", start: "2009-03-02", due: "2009-04-15" }),
        action({ objective: "P", step: 2, outcomeMeasure: "m", start: "2009-03-02", due: "2009-04-15" }),
      ],
      [],
    ],
    [
      "an area with no risks, at A1 of its sheet",
      [],
      [
        'IAG!A1 Area "IAG" has no risk assessment — add its risks, each rated red, amber or green with what will be done to reduce it.',
      ],
      [] as Risk[],
    ],
  ])("%s", (_name, actions, expected, risks = [risk()]) => {
    expect(warnings(actions, risks)).toEqual(expected);
  });

  test("warnings are in reading order and marked as warnings", () => {
    const p = plan({
      actions: [
        action({ id: "W2", row: 9, due: "2009-03-20", reviewDate: "2009-04-01" }),
        action({ id: "W1", row: 6, start: "2009-01-01", due: "2009-12-01" }),
      ],
    });
    const found = qualityWarnings(groupByArea(p), p.settings);
    expect(found.map((w) => [w.cell, w.severity])).toEqual([
      ["A1", "warning"],
      ["A6", "warning"],
      ["A9", "warning"],
    ]);
  });
});

describe("completeness", () => {
  const full = action({
    objective: "O",
    action: "Do it",
    owners: ["Jo"],
    start: "2009-03-02",
    due: "2009-03-20",
    cost: 100,
    reviewDate: "2009-03-10",
    reviewer: "Ops group",
    outcomeMeasure: "Attendance",
    target: "95%",
  });
  test.each([
    [
      "a full action",
      [full],
      [risk()],
      {
        objectives: 1,
        actions: 1,
        responsibility: 1,
        timescales: 1,
        resources: 1,
        monitoring: 1,
        outcomes: 1,
        risks: 1,
      },
    ],
    [
      "nothing",
      [],
      [],
      {
        objectives: 0,
        actions: 0,
        responsibility: 0,
        timescales: 0,
        resources: 0,
        monitoring: 0,
        outcomes: 0,
        risks: 0,
      },
    ],
    [
      "half-filled steps",
      [
        full,
        action({ due: "2009-03-20", staffDays: 2, reviewDate: "2009-03-10", outcomeMeasure: "x", objective: " " }),
      ],
      [risk(), risk({ rag: "Not rated" }), risk({ mitigation: "" }), risk({ rag: "Red" })],
      {
        objectives: 0.5,
        actions: 0.5,
        responsibility: 0.5,
        timescales: 0.5,
        resources: 1,
        monitoring: 0.5,
        outcomes: 0.5,
        risks: 0.5,
      },
    ],
  ])("%s", (_name, actions, risks, expected) => {
    expect(completeness(actions, risks)).toEqual(expected);
  });
});
