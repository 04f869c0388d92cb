/**
 * A template-form plan as grids (what a host hands the core), with overloads
 * and a deadline clash, and the same workbook as HyperFormula sheets plus a
 * "Combined" sheet whose formulas stack every area's columns, as a manager
 * might to point the =PLAN.* functions at the whole plan.
 *
 * Northside consortium, as of Monday 16/11/2009: Jane Smith (capacity 2) has
 * five actions live that week and three deadlines in it; Tom Patel
 * (capacity 1) overlaps two actions in late October.
 */
import { dayFromIso, serialOf } from "../../src/core/days";
import type { WorkbookInput } from "../../src/core/types";
import { TEMPLATE_COLUMNS } from "../../src/sheets/templateColumns";

type Cell = string | number | boolean | null;

/** Excel serial of an ISO date. */
export const serial = (iso: string): number => serialOf(dayFromIso(iso) as number);

export const AS_OF = "2009-11-16";

/** The seven-step template's headings (columns A to U), as the add-in writes them. */
export const HEADERS = TEMPLATE_COLUMNS.map((c) => c.header);
const BANDS = ["1 Objectives", null, null, "2 Actions", null, "3 Responsibility", null, "4 Timescales"];

interface FixtureAction {
  id: string;
  objective: string;
  action: string;
  owner: string;
  start: string | null;
  due: string | null;
  status: string;
  percent: number | null;
  rag: string | null;
}

export const AREAS: Record<string, FixtureAction[]> = {
  "Workforce planning": [
    a("W1", "Staff ready", "Audit staff skills", "Tom Patel", "2009-09-07", "2009-10-16", "Complete", 1, "G"),
    a(
      "W2",
      "Staff ready",
      "Plan CPD programme",
      "Tom Patel and Jane Smith",
      "2009-10-19",
      "2009-11-27",
      "In progress",
      0.4,
      "A",
    ),
    a("W3", "Staff ready", "Deliver CPD sessions", "Jane Smith", "2009-11-02", "2009-12-18", "Not started", null, "A"),
    a(
      "W4",
      "Shared staffing",
      "Agree cross-site timetabling",
      "jane smith",
      "2009-11-09",
      "2009-11-20",
      "In progress",
      0.2,
      "R",
    ),
    a(
      "W5",
      "Shared staffing",
      "Staffing model costed",
      "Tom Patel",
      "2009-10-12",
      "2009-10-30",
      "In progress",
      0.9,
      "G",
    ),
  ],
  "Employer engagement": [
    a(
      "E1",
      "Placements",
      "Recruit employer champions",
      "Amira Khan",
      "2009-09-14",
      "2009-11-20",
      "In progress",
      0.5,
      "Amber",
    ),
    a(
      "E2",
      "Placements",
      "Placement agreements signed",
      "Amira Khan & Jane Smith",
      "2009-11-16",
      "2009-11-19",
      "Not started",
      null,
      "green",
    ),
    a("E3", "Placements", "Employer event", "Jane Smith", "2009-11-16", "2009-11-18", "Not started", null, "G"),
    a("E4", "Placements", "Placement handbook", "Operations group", null, "2010-01-29", "Not started", null, null),
    a("E5", "Placements", "Thank-you letters", "Jane Smith", "2009-11-16", "2009-11-20", "Complete", 1, "Complete"),
  ],
};

function a(
  id: string,
  objective: string,
  action: string,
  owner: string,
  start: string | null,
  due: string | null,
  status: string,
  percent: number | null,
  rag: string | null,
): FixtureAction {
  return { id, objective, action, owner, start, due, status, percent, rag };
}

const date = (iso: string | null): Cell => (iso === null ? null : serial(iso));

/** One area's sheet in template form: title, step bands, headings, then actions from row 4. */
function areaGrid(name: string, actions: FixtureAction[]): Cell[][] {
  const rows = actions.map((x, i) => {
    const row: Cell[] = HEADERS.map(() => null);
    row[0] = x.id;
    row[1] = x.objective;
    row[2] = i + 1;
    row[3] = x.action;
    row[5] = x.owner;
    row[7] = date(x.start);
    row[8] = date(x.due);
    row[17] = x.status;
    row[18] = x.percent;
    row[19] = x.rag;
    return row;
  });
  return [[name], BANDS, HEADERS, ...rows];
}

/** Every sheet of the plan as plain cells (dates as serials, as Office.js reads them). */
export function planSheets(): Record<string, Cell[][]> {
  return {
    Plan: [
      ["Plan name", "Northside 14-19 Consortium"],
      ["Plan start", serial("2009-09-01")],
      ["As of", serial(AS_OF)],
      ["Default capacity", 3],
      ["Clash threshold", 3],
      ["RAG scale", "3-point"],
      ["Roll-up rule", "worst"],
    ],
    People: [
      ["Name", "Capacity", "Role", "Group"],
      ["Jane Smith", 2, "Consortium manager", "Operations group"],
      ["Tom Patel", 1, "Workforce lead", "Workforce working group"],
      ["Amira Khan", null, "Employer engagement officer", "Employer working group"],
      ["Operations group", 4, "Group", "Operations group"],
    ],
    ...Object.fromEntries(Object.entries(AREAS).map(([name, actions]) => [name, areaGrid(name, actions)])),
  };
}

/** The plan as the core reads it. */
export function planInput(): WorkbookInput {
  return {
    grids: Object.entries(planSheets()).map(([sheet, values]) => ({ sheet, topLeft: "A1", values })),
  };
}

/** Columns of the Combined sheet, each a formula onto the area sheets' template column. */
export const COMBINED = {
  area: "A",
  action: "B",
  owner: "C",
  start: "D",
  due: "E",
  status: "F",
  percent: "G",
  rag: "H",
};
const SOURCE_COLUMN: Record<keyof typeof COMBINED, string | null> = {
  area: null,
  action: "D",
  owner: "F",
  start: "H",
  due: "I",
  status: "R",
  percent: "S",
  rag: "T",
};

/**
 * The plan's sheets plus "Combined": a heading row, then one row per action of
 * every area, each cell a formula such as `='Workforce planning'!F4`.
 */
export function workbookWithCombined(): Record<string, Cell[][]> {
  const combined: Cell[][] = [Object.keys(COMBINED).map((k) => k[0].toUpperCase() + k.slice(1))];
  for (const [area, actions] of Object.entries(AREAS)) {
    actions.forEach((_, i) => {
      combined.push(
        (Object.keys(COMBINED) as (keyof typeof COMBINED)[]).map((field) => {
          const column = SOURCE_COLUMN[field];
          return column === null ? area : `='${area}'!${column}${i + 4}`;
        }),
      );
    });
  }
  return { ...planSheets(), Combined: combined };
}

/** Rows used on the Combined sheet (heading included), for building ranges such as C2:C40. */
export const COMBINED_ROWS = 1 + Object.values(AREAS).reduce((n, list) => n + list.length, 0);
