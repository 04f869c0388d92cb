/** A small hand-built plan for the sheet builders' tests (no parser needed). */
import { dayFromIso } from "../../src/core/days";
import { DEFAULT_SETTINGS, type Action, type Plan } from "../../src/core/types";

export const d = (iso: string): number => dayFromIso(iso) as number;

let rowCounter = 4;
/** An action with the template's cells, defaults filled in. */
export function action(partial: Partial<Action> & { id: string; sheet?: string }): Action {
  const row = partial.row ?? rowCounter++;
  const sheet = partial.sheet ?? "Workforce planning";
  return {
    generatedId: false,
    area: sheet,
    sheet,
    row,
    objective: "",
    step: null,
    action: `Action ${partial.id}`,
    purpose: "",
    owners: ["Jane Smith"],
    involved: [],
    start: null,
    due: null,
    horizon: "",
    resources: "",
    staffDays: null,
    cost: null,
    reviewDate: null,
    reviewer: "",
    outcomeMeasure: "",
    target: "",
    status: "In progress",
    percentComplete: null,
    rag: "Not rated",
    notes: "",
    cells: {
      id: `A${row}`,
      action: `D${row}`,
      owner: `F${row}`,
      start: `H${row}`,
      due: `I${row}`,
      reviewDate: `N${row}`,
      rag: `T${row}`,
    },
    ...partial,
  };
}

/** Jane (capacity 2) overloaded in November 2009 with a deadline clash; text that looks like formulas. */
export function samplePlan(): Plan {
  rowCounter = 4;
  const actions = [
    action({
      id: "W1",
      start: d("2009-09-07"),
      due: d("2009-10-16"),
      status: "Complete",
      rag: "Green",
      owners: ["Tom Patel"],
    }),
    action({
      id: "W2",
      action: '=HYPERLINK("http://example.org")',
      start: d("2009-11-02"),
      due: d("2009-11-20"),
      rag: "Amber",
    }),
    action({
      id: "W3",
      action: "+44 helpline for learners",
      start: d("2009-11-09"),
      due: d("2009-11-20"),
      rag: "Red",
      reviewDate: d("2009-11-18"),
    }),
    action({ id: "W4", action: "-3 weeks slack", start: d("2009-11-16"), due: d("2009-11-20"), rag: "Amber/Red" }),
    action({
      id: "W5",
      action: "@home working policy",
      start: d("2009-10-05"),
      due: d("2009-10-30"),
      owners: ["Tom Patel", "Jane Smith"],
    }),
    action({
      id: "Transport!4",
      generatedId: true,
      sheet: "Transport",
      row: 4,
      start: d("2009-11-09"),
      due: d("2009-12-04"),
      cells: { id: "A4", action: "D4", owner: "F4", due: "I4" },
    }),
  ];
  return {
    settings: { ...DEFAULT_SETTINGS, name: "Sample plan", start: d("2009-09-01") },
    people: [
      {
        name: "Jane Smith",
        role: "Manager",
        group: "Ops",
        capacity: 2,
        daysPerWeek: 5,
        ref: { sheet: "People", cell: "A2" },
      },
      {
        name: "Tom Patel",
        role: "Lead",
        group: "WF",
        capacity: 3,
        daysPerWeek: 2,
        ref: { sheet: "People", cell: "A3" },
      },
    ],
    areas: [
      { name: "Workforce planning", sheet: "Workforce planning" },
      { name: "Transport", sheet: "Transport" },
    ],
    actions,
    risks: [],
  };
}
