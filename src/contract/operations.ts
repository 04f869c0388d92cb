/**
 * The shapes of the add-in's use cases, shared by the hosts that carry them out
 * (src/excel) and the pane that asks for them (src/taskpane, through its
 * gateway). Pure types in src/contract, the one layer both may import for it.
 */
import type { Analysis } from "../core/analysisTypes";
import type { BaselineComparison } from "../core/baselineTypes";
import type { ActionField, Day, Problem, RagScale, WorkbookInput } from "../core/types";

export type ProgressStep = "reading" | "computing" | "writing";

/** Progress callback: the step under way and the overall fraction done (0..1). */
export type ProgressListener = (step: ProgressStep, fraction: number) => void;

export interface NewPlanOptions {
  name: string;
  start: Day;
  areas: string[];
  ragScale: RagScale;
}

export interface WriteResult {
  /** Sheets written, by their final names. */
  sheets: string[];
  /** What the user should know, e.g. "A sheet named Timeline exists; wrote Timeline (plan) instead." */
  messages: string[];
}

/** A partner's plan file as the pane read it (src/reader): its name and its grids. */
export interface PlanFile {
  /** The file's name, e.g. "east.xlsx". */
  file: string;
  input: WorkbookInput;
}

/** One partner's plan added to a consortium workbook, or added again. */
export interface PlanAdded {
  plan: string;
  sheet: string;
  file: string;
  actions: number;
  /** True when it replaced an earlier copy; the counts then say what changed. */
  replaced: boolean;
  added: number;
  removed: number;
  /** Same ID, another start or due date. */
  moved: number;
}

export interface AddPlansResult extends WriteResult {
  plans: PlanAdded[];
}

/** One source column of a sheet being structured, and the template field it maps to (null = not moved). */
export interface ColumnChoice {
  /** Column letter, e.g. "C". */
  column: string;
  header: string;
  field: ActionField | null;
}

/** What "Structure this sheet" found on the active sheet, for the pane to show and correct. */
export interface StructureProposal {
  sheet: string;
  /** 1-based worksheet row of the header. */
  headerRow: number;
  columns: ColumnChoice[];
  /** The first data rows as text, for a preview. */
  preview: string[][];
  /** Data rows below the header. */
  rowCount: number;
}

export interface ConsolidateOutcome extends WriteResult {
  analysis: Analysis;
  /** Problems met while reading the plan (the engine's quality warnings are in `analysis.problems`). */
  parseProblems: Problem[];
  elapsedMs: number;
  /** Office.js round trips used (the budget is 4 below the payload limit). */
  syncs: number;
  /** What moved since the plan's latest baseline; absent or null when it has none. */
  baseline?: BaselineComparison | null;
  /** The days of every baseline on the Baseline sheet, oldest first (to choose another to compare with). */
  baselines?: Day[];
  /** Whether blank action IDs were filled in (the workbook's switch; on unless turned off). */
  fillIds?: boolean;
}

/** A cell to select, from a problem, an action or a review. */
export interface CellTarget {
  sheet: string;
  cell: string;
}
