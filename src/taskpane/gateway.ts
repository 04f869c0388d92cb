/**
 * The pane's only way to reach the workbook: the Excel host's use cases behind
 * one interface. Components get it from context (or props) and never touch
 * Office, so tests and the browser walkthrough can hand them a fake.
 */
import type {
  AddPlansResult,
  CellTarget,
  ConsolidateOutcome,
  NewPlanOptions,
  PlanFile,
  ProgressListener,
  StructureProposal,
  WriteResult,
} from "../contract/operations";
import type { Day } from "../core/types";

export interface ConsolidateOptions {
  onProgress?: ProgressListener;
  /** Compare with the baseline of this day (the latest when absent, null or gone). */
  baseline?: Day | null;
}

/** Called after each automatic refresh (a plan sheet changed and the host recomputed). */
export type AutoRefreshListener = (outcome: ConsolidateOutcome) => void;

/** The Excel host's use cases, as the pane calls them (same names as src/excel/index.ts). */
export interface PlannerGateway {
  /** Write a new plan workbook from the template. */
  newPlan(options: NewPlanOptions): Promise<WriteResult>;
  /** Add one development area sheet to the open plan. */
  addArea(name: string): Promise<WriteResult>;
  /** Detect the header and column mapping of the active sheet. */
  proposeStructure(): Promise<StructureProposal>;
  /** Write a new area sheet from the (corrected) proposal; the original sheet is kept. */
  applyStructure(proposal: StructureProposal): Promise<WriteResult>;
  /** Read, compute and write Timeline, Load and Dashboard. */
  consolidate(options?: ConsolidateOptions): Promise<ConsolidateOutcome>;
  /** Mark overloaded owners in the workbook with the add-in's own rules and notes. */
  flagOverloads(): Promise<WriteResult>;
  /** Remove the add-in's own flags only. */
  clearFlags(): Promise<WriteResult>;
  /** Copy partners' plans (read in the pane) into this workbook, one sheet each; a plan added again replaces its copy. */
  addPlans(files: PlanFile[]): Promise<AddPlansResult>;
  /** Record every action as it stands on the Baseline sheet (dated the plan's As of, else today). */
  setBaseline(): Promise<WriteResult>;
  /** Fill in blank action IDs on Consolidate (the default), or leave them blank; kept in the workbook. */
  setFillIds(on: boolean): Promise<WriteResult>;
  /** Add the short function names (=RAGSUMMARY…) or remove them and keep them off. */
  setFunctionNames(on: boolean): Promise<WriteResult>;
  /** Write an owner's capacity (concurrent actions per week) to the People sheet. */
  setOwnerCapacity(owner: string, capacity: number): Promise<void>;
  /** Select a cell in the workbook. */
  goToCell(target: CellTarget): Promise<void>;
  /** True when the add-in's writes join Excel's undo history (ExcelApi 1.20) instead of clearing it. */
  writesKeepUndo(): boolean;
  /** Recompute whenever a plan sheet changes; the listener gets each new outcome. */
  startAutoRefresh(listener: AutoRefreshListener): Promise<void> | void;
  stopAutoRefresh(): Promise<void> | void;
}

/** The gateway's method names, e.g. for a fake that records calls or fails on purpose. */
export type GatewayMethod = keyof PlannerGateway;
