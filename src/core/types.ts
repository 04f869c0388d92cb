/**
 * The plan model shared by every layer. Dates are whole days counted from
 * 1970-01-01 (see `days.ts`), so the core never depends on a time zone.
 */
import type { Baseline } from "./baselineTypes";

/** A whole day: days since 1970-01-01 (negative before). */
export type Day = number;

/** One cell value as Office.js or ExcelJS hands it over. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** One worksheet's used range. `topLeft` is an A1 address such as `"A1"` or `"C4"`. */
export interface Grid {
  sheet: string;
  topLeft: string;
  /**
   * Rows from `topLeft`. A sparse sheet may leave rows out and rows may be
   * short or have holes: a missing cell is blank. (Office.js hands over dense
   * rows; the file reader does not, so one stray far cell costs one cell.)
   */
  values: CellValue[][];
}

/** Everything the core reads from a workbook. */
export interface WorkbookInput {
  grids: Grid[];
  /** True when the workbook uses the 1904 date system (some Mac workbooks). */
  date1904?: boolean;
  /**
   * The sheets the planner's marks (its `Planner_Sheet_…` names) say it owns.
   * Given, only these are skipped as the planner's own; left out (a workbook
   * from before the marks), a sheet is the planner's when A1 is exactly one
   * of its titles — never because a user's title starts with the same words.
   */
  ownedSheets?: string[];
}

export type Severity = "error" | "warning";

/** Something wrong in the plan, at its own cell. */
export interface Problem {
  sheet: string;
  /** A1 address, e.g. `"F7"`. */
  cell: string;
  severity: Severity;
  message: string;
}

export const RAG_VALUES = ["Red", "Amber/Red", "Amber", "Amber/Green", "Green", "Complete", "Not rated"] as const;
export type RagValue = (typeof RAG_VALUES)[number];
/** The rated part of the scale, worst first. */
export type RatedRag = Exclude<RagValue, "Complete" | "Not rated">;

export const STATUSES = ["Not started", "In progress", "Complete", "Blocked"] as const;
export type Status = (typeof STATUSES)[number];

export type RollupRule = "worst" | "majority" | "score";
export type RagScale = 3 | 5;

export interface Settings {
  name: string;
  start: Day | null;
  asOf: Day | null;
  /** Concurrent actions per week an owner can carry when People gives no capacity. */
  defaultCapacity: number;
  /** Non-complete deadlines in one week for one owner that make a clash. */
  clashThreshold: number;
  ragScale: RagScale;
  rollupRule: RollupRule;
  /** Longest sensible action, in weeks (the guide asks for short timescales). */
  maxActionWeeks: number;
  /** Derived RAG turns Amber when elapsed share exceeds % complete by more than this many points. */
  amberLagPoints: number;
  /** Reviews due within this many days are listed as coming up. */
  reviewWindowDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  name: "Implementation plan",
  start: null,
  asOf: null,
  defaultCapacity: 3,
  clashThreshold: 3,
  ragScale: 3,
  rollupRule: "worst",
  maxActionWeeks: 12,
  amberLagPoints: 25,
  reviewWindowDays: 14,
};

/** Where a value came from. */
export interface CellRef {
  sheet: string;
  cell: string;
}

export interface Person {
  name: string;
  role: string;
  group: string;
  /** Concurrent actions per week; null = use the plan default. */
  capacity: number | null;
  daysPerWeek: number | null;
  ref: CellRef;
}

/** The fields of the seven-step actions table, in template order. */
export const ACTION_FIELDS = [
  "id",
  "objective",
  "step",
  "action",
  "purpose",
  "owner",
  "involved",
  "start",
  "due",
  "horizon",
  "resources",
  "staffDays",
  "cost",
  "reviewDate",
  "reviewer",
  "outcomeMeasure",
  "target",
  "status",
  "percentComplete",
  "rag",
  "notes",
] as const;
export type ActionField = (typeof ACTION_FIELDS)[number] | "area";

export interface Action {
  /** The ID cell's text, or `<sheet>!<row>` when the row has none. */
  id: string;
  /** True when `id` was made up because the ID cell was blank. */
  generatedId: boolean;
  area: string;
  sheet: string;
  /** 1-based worksheet row. */
  row: number;
  objective: string;
  step: number | null;
  action: string;
  purpose: string;
  /** Canonical spellings (People sheet's, else first seen). */
  owners: string[];
  involved: string[];
  start: Day | null;
  due: Day | null;
  horizon: string;
  resources: string;
  staffDays: number | null;
  cost: number | null;
  reviewDate: Day | null;
  reviewer: string;
  outcomeMeasure: string;
  target: string;
  status: Status;
  percentComplete: number | null;
  /** The RAG typed in the plan (Not rated when blank). */
  rag: RagValue;
  notes: string;
  /** A1 address of each field's source cell, where the sheet has that column. */
  cells: Partial<Record<ActionField, string>>;
}

export interface Risk {
  area: string;
  risk: string;
  likelihood: string;
  impact: string;
  rag: RagValue;
  mitigation: string;
  owner: string;
  reviewDate: Day | null;
  status: string;
  sheet: string;
  row: number;
  cells: Partial<Record<"area" | "risk" | "rag" | "mitigation" | "owner" | "reviewDate" | "status", string>>;
}

export interface Area {
  name: string;
  /** The sheet its actions came from (the first one, when an area spans sheets). */
  sheet: string;
}

export interface Plan {
  settings: Settings;
  people: Person[];
  areas: Area[];
  actions: Action[];
  risks: Risk[];
  /** Partners' plans copied into this (consortium) workbook, one sheet each; absent when there are none. */
  copies?: PlanCopy[];
}

/** A partner's plan as copied into a consortium workbook: which sheet holds it, and where and when it was read. */
export interface PlanCopy {
  /** The plan's name (its Plan sheet's name, else its file's). */
  plan: string;
  sheet: string;
  /** The file it was read from, as the user picked it (base name). */
  file: string;
  /** The partner plan's own As of, when it had one. */
  planAsOf: Day | null;
  /** The day it was read (added), and the cell that says so. */
  read: Day | null;
  readCell: string;
}

export interface ParseResult {
  plan: Plan;
  problems: Problem[];
  /** The workbook counts dates from 1904: serials written back must too. */
  date1904?: boolean;
  /** The Baseline sheet's baselines, oldest first (none when there is no such sheet). */
  baselines?: Baseline[];
}

/**
 * An action with every field empty but the ones given: for the engine's own
 * stand-ins (a baseline's rows, a spilled TIMELINE's ranges).
 * @example blankAction({ id: "W1", area: "Transport", sheet: "Baseline", row: 5, action: "Tender" }).status // "Not started"
 */
export function blankAction(
  fields: Pick<Action, "id" | "area" | "sheet" | "row" | "action"> & Partial<Action>,
): Action {
  return {
    generatedId: false,
    objective: "",
    step: null,
    purpose: "",
    owners: [],
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
    status: "Not started",
    percentComplete: null,
    rag: "Not rated",
    notes: "",
    cells: {},
    ...fields,
  };
}
