/**
 * The demo plan, shared by `npm run demo` (all six areas, written to .xlsx)
 * and the pane's walkthrough page (the first four areas, read from memory).
 */
import { dayFromIso } from "../../core/days";
import type { CellValue, WorkbookInput } from "../../core/types";
import type { NewPlanOptions } from "../../contract/operations";
import { templateWorkbook } from "../templateWorkbook";
import type { SpecValue, WorkbookSpec } from "../types";
import { DEMO_ROWS, serial } from "./demoRows";

/** The date the demo is judged on: a Monday in January, with overdue items and overloads ahead. */
export const DEMO_AS_OF = "2010-01-18";

export const DEMO_AREAS = Object.keys(DEMO_ROWS);

const PEOPLE: SpecValue[][] = [
  ["Jane Smith", "Consortium manager", "Operations group", 3, 5],
  ["Tom Patel", "Workforce lead", "Workforce working group", 3, 2],
  ["Amira Khan", "Employer engagement officer", "Employer working group", 3, 4],
  ["David Owen", "Curriculum lead", "Curriculum working group", 3, 3],
  ["Sarah Hughes", "Head of sixth form, Northside High", "Curriculum working group", 2, 1],
  ["Mark Lewis", "Vice-principal, Northside College", "Strategy group", 2, 1],
  ["Priya Shah", "IAG co-ordinator", "IAG working group", 3, 3],
  ["Gareth Jones", "LA transport officer", "Local authority", 2, 2],
  ["Helen Carter", "Quality lead", "Operations group", 3, 2],
  ["Operations group", "Group", "Operations group", 6, null],
  ["Strategy group", "Group", "Strategy group", 4, null],
  ["Employer working group", "Group", "Employer working group", 4, null],
];

const RISKS: SpecValue[][] = [
  [
    "Workforce planning",
    "Too few staff released for CPD",
    "Medium",
    "High",
    "Amber",
    "Agree cover with heads",
    "Tom Patel",
    serial("2010-01-22"),
    "Open",
  ],
  [
    "Employer engagement",
    "Recession reduces placements",
    "High",
    "High",
    "Red",
    "Widen to public sector employers",
    "Amira Khan",
    serial("2010-01-08"),
    "Open",
  ],
  [
    "Curriculum planning",
    "Sites cannot agree common blocks",
    "Medium",
    "High",
    "Amber",
    "Strategy group to arbitrate",
    "David Owen",
    serial("2010-01-29"),
    "Open",
  ],
  [
    "Transport",
    "Bus route costs exceed budget",
    "Medium",
    "Medium",
    "Amber",
    "Share costs with the LA",
    "Gareth Jones",
    serial("2010-02-05"),
    "Open",
  ],
  [
    "Information, advice and guidance",
    "Advice seen as partial to one provider",
    "Low",
    "High",
    "Green",
    "Independent adviser reviews materials",
    "Priya Shah",
    serial("2010-03-05"),
    "Open",
  ],
];

/**
 * The demo as a template workbook, before consolidation.
 * @example demoPlan().sheets.map((s) => s.name).slice(0, 2) // ["Plan", "People"]
 */
export function demoPlan(areas: readonly string[] = DEMO_AREAS): WorkbookSpec {
  const options: NewPlanOptions = {
    name: "Northside 14-19 Consortium",
    start: dayFromIso("2009-09-01") as number,
    areas: [...areas],
    ragScale: 3,
  };
  return templateWorkbook(options, {
    people: PEOPLE,
    actions: Object.fromEntries(areas.map((a) => [a, DEMO_ROWS[a]])),
    risks: RISKS.filter((r) => areas.includes(r[0] as string)),
    asOf: dayFromIso(DEMO_AS_OF) as number,
  });
}

/**
 * A workbook description as the grids a host would read back (formulas blank, links as their text).
 * @example specInput(demoPlan()).grids[0].sheet // "Plan"
 */
export function specInput(spec: WorkbookSpec): WorkbookInput {
  const cell = (v: SpecValue): CellValue => (v === null || typeof v !== "object" ? v : "text" in v ? v.text : null);
  return { grids: spec.sheets.map((s) => ({ sheet: s.name, topLeft: "A1", values: s.rows.map((r) => r.map(cell)) })) };
}
