/**
 * Hand-built consolidation outcomes for the pane's tests: small enough to
 * read, with every list the views show (overloads, clashes, problems,
 * reviews, overdue actions), and an empty one for the empty states.
 */
import type { Analysis, OwnerLoad } from "../../src/core/analysisTypes";
import { dayFromIso } from "../../src/core/days";
import type { Action, RagValue } from "../../src/core/types";
import type { ConsolidateOutcome } from "../../src/contract/operations";

export const day = (iso: string): number => {
  const d = dayFromIso(iso);
  if (d === null) throw new Error(`bad date ${iso}`);
  return d;
};

const counts = (partial: Partial<Record<RagValue, number>>): Record<RagValue, number> => ({
  Red: 0,
  "Amber/Red": 0,
  Amber: 0,
  "Amber/Green": 0,
  Green: 0,
  Complete: 0,
  "Not rated": 0,
  ...partial,
});

/** An action on `sheet` row `row`, with template cells (owner F, due I, review N). */
export function makeAction(id: string, sheet: string, row: number, partial: Partial<Action> = {}): Action {
  return {
    id,
    generatedId: false,
    area: sheet,
    sheet,
    row,
    objective: "",
    step: 1,
    action: `Action ${id}`,
    purpose: "",
    owners: ["Jane Smith"],
    involved: [],
    start: day("2009-09-07"),
    due: day("2009-10-02"),
    horizon: "",
    resources: "",
    staffDays: null,
    cost: null,
    reviewDate: null,
    reviewer: "",
    outcomeMeasure: "",
    target: "",
    status: "In progress",
    percentComplete: 0.5,
    rag: "Amber",
    notes: "",
    cells: { id: `A${row}`, action: `D${row}`, owner: `F${row}`, due: `I${row}`, reviewDate: `N${row}` },
    ...partial,
  };
}

const W1 = makeAction("W1", "Workforce planning", 4, { action: "Audit staff skills", rag: "Red" });
const W2 = makeAction("W2", "Workforce planning", 5, { action: "Agree the training plan" });
const E1 = makeAction("E1", "Employer engagement", 4, { action: "Sign placement agreements", rag: "Green" });
const T1 = makeAction("T1", "Transport", 4, { action: "Tender the minibus", owners: ["Tom Patel"], rag: "Green" });

function ownerLoad(owner: string, capacity: number, weeks: number[]): OwnerLoad {
  return {
    owner,
    capacity,
    weeks,
    peak: Math.max(...weeks),
    overloadedWeeks: weeks.filter((n) => n > capacity).length,
    daysPerWeek: null,
    daysNeeded: null,
  };
}

/** Jane Smith overloaded (worst 5 against 3), Tom Patel within capacity; a clash, problems, reviews, overdue. */
export function sampleAnalysis(): Analysis {
  return {
    asOf: day("2009-10-19"),
    timeline: [W1, W2, E1, T1],
    derivedRag: { W1: "Red", W2: "Amber", E1: "Green", T1: "Green" },
    loadSpan: { firstWeek: day("2009-09-07"), lastWeek: day("2009-10-26"), weeks: 8 },
    planSpan: { firstWeek: day("2009-09-07"), lastWeek: day("2009-10-26"), weeks: 8 },
    load: [ownerLoad("Tom Patel", 2, [1, 1, 1, 2, 2, 1, 0, 0]), ownerLoad("Jane Smith", 3, [2, 3, 4, 5, 3, 2, 1, 0])],
    overloads: [
      { owner: "Jane Smith", week: day("2009-09-21"), load: 4, capacity: 3, actions: ["W1", "W2", "E1", "T1"] },
      { owner: "Jane Smith", week: day("2009-09-28"), load: 5, capacity: 3, actions: ["W1", "W2", "E1"] },
    ],
    daysOverloads: [],
    clashes: [{ owner: "Jane Smith", week: day("2009-09-28"), deadlines: 3, actions: ["W1", "W2", "E1"] }],
    areas: [
      {
        name: "Workforce planning",
        sheet: "Workforce planning",
        actions: 2,
        rag: counts({ Red: 1, Amber: 1 }),
        overall: "Red",
        rule: "worst",
        completeness: blankCompleteness(),
      },
      {
        name: "Employer engagement",
        sheet: "Employer engagement",
        actions: 1,
        rag: counts({ Green: 1 }),
        overall: "Green",
        rule: "worst",
        completeness: blankCompleteness(),
      },
      {
        name: "Transport",
        sheet: "Transport",
        actions: 1,
        rag: counts({ Green: 1 }),
        overall: "Green",
        rule: "worst",
        completeness: blankCompleteness(),
      },
    ],
    overall: { rag: counts({ Red: 1, Amber: 1, Green: 2 }), status: "Red", rule: "worst" },
    overdue: [W1, W2],
    reviews: [
      { kind: "action", label: "W2", sheet: "Workforce planning", cell: "N5", due: day("2009-10-12"), overdue: true },
      {
        kind: "risk",
        label: "Minibus tender attracts no bids",
        sheet: "Risks",
        cell: "H2",
        due: day("2009-10-30"),
        overdue: false,
      },
    ],
    problems: [
      {
        sheet: "Transport",
        cell: "I4",
        severity: "warning",
        message: "T1 runs 20 weeks: break it into shorter steps.",
      },
    ],
  };
}

function blankCompleteness() {
  return {
    objectives: 1,
    actions: 1,
    responsibility: 1,
    timescales: 1,
    resources: 0,
    monitoring: 0,
    outcomes: 0,
    risks: 0,
  };
}

/** The sample with a reading problem as well, as Consolidate returns it. */
export function sampleOutcome(): ConsolidateOutcome {
  return {
    sheets: ["Timeline", "Load", "Dashboard"],
    messages: [],
    analysis: sampleAnalysis(),
    parseProblems: [
      {
        sheet: "Workforce planning",
        cell: "T10",
        severity: "error",
        message: "RAG 'Amberish' is not a RAG value: type Red, Amber or Green.",
      },
      {
        sheet: "Workforce planning",
        cell: "I9",
        severity: "error",
        message: "Due date 'TBC' is not a date: type it as dd/mm/yyyy.",
      },
    ],
    elapsedMs: 1234,
    syncs: 4,
  };
}

/** A plan that reads cleanly and strains no one. */
export function cleanOutcome(): ConsolidateOutcome {
  const analysis = sampleAnalysis();
  return {
    ...sampleOutcome(),
    parseProblems: [],
    analysis: {
      ...analysis,
      load: [ownerLoad("Tom Patel", 2, [1, 1, 0])],
      overloads: [],
      clashes: [],
      overdue: [],
      reviews: [],
      problems: [],
    },
  };
}
