/** What the engine computes from a plan: the shapes every surface renders. */
import type { Action, Day, Problem, RagValue, RollupRule } from "./types";

export type RagCounts = Record<RagValue, number>;

/** One owner's load over the plan's weeks. */
export interface OwnerLoad {
  owner: string;
  capacity: number;
  /** Load per week; index i is the week `span.firstWeek + 7 * i`. */
  weeks: number[];
  peak: number;
  overloadedWeeks: number;
  /** Days per week available, when the People sheet gives it. */
  daysPerWeek: number | null;
  /** Staff days needed per week (only where actions give staff days), same indexing as `weeks`. */
  daysNeeded: number[] | null;
}

/** An owner with more concurrent actions in a week than their capacity. */
export interface Overload {
  owner: string;
  /** The week's Monday. */
  week: Day;
  load: number;
  capacity: number;
  /** IDs of the actions active that week, in timeline order. */
  actions: string[];
}

/** Staff days needed against days available in one week (where both are known). */
export interface DaysOverload {
  owner: string;
  week: Day;
  daysNeeded: number;
  daysAvailable: number;
  actions: string[];
}

/** Too many deadlines for one owner in one week. */
export interface Clash {
  owner: string;
  week: Day;
  deadlines: number;
  actions: string[];
}

/** Share (0..1) of actions that fill each of the seven steps, plus the risk assessment. */
export interface Completeness {
  objectives: number;
  actions: number;
  responsibility: number;
  timescales: number;
  resources: number;
  monitoring: number;
  outcomes: number;
  /** Share of the area's risks that are rated and mitigated; 0 when it has none. */
  risks: number;
}

export interface AreaSummary {
  name: string;
  sheet: string;
  actions: number;
  rag: RagCounts;
  overall: RagValue;
  rule: RollupRule;
  completeness: Completeness;
}

export interface Review {
  kind: "action" | "risk";
  /** Action ID, or the risk's text. */
  label: string;
  sheet: string;
  cell: string;
  due: Day;
  overdue: boolean;
}

export interface Span {
  /** Monday of the first week any action touches (or of the plan start / as-of when there are none). */
  firstWeek: Day;
  /** Monday of the last week. */
  lastWeek: Day;
  weeks: number;
}

export interface Analysis {
  asOf: Day;
  /** Every action, sorted by start then due (missing start = due; missing both last), then sheet and row. */
  timeline: Action[];
  /** Derived schedule RAG per action ID. */
  derivedRag: Record<string, RagValue>;
  /** The weeks the load covers: from the first to the last week any open action is active. */
  loadSpan: Span;
  /** The plan's weeks: every action's start and due, complete ones too (at most MAX_WEEKS, inside the window of compute/window.ts). */
  planSpan: Span;
  load: OwnerLoad[];
  overloads: Overload[];
  daysOverloads: DaysOverload[];
  clashes: Clash[];
  areas: AreaSummary[];
  overall: { rag: RagCounts; status: RagValue; rule: RollupRule };
  overdue: Action[];
  reviews: Review[];
  /** Quality warnings against the guide (the parse problems are separate). */
  problems: Problem[];
  /** A consortium workbook's plans (its own and each partner's copy); absent when it holds no copies. */
  plans?: PlanSummary[];
}

/** One plan of a consortium workbook: where it is, where it came from, and its RAG under the workbook's rule. */
export interface PlanSummary {
  plan: string;
  /** The copy's sheet; null for the workbook's own actions. */
  sheet: string | null;
  /** The file it was read from; null for the workbook's own. */
  file: string | null;
  planAsOf: Day | null;
  read: Day | null;
  /** Days between reading the copy and the As of date, when that is four weeks or more. */
  staleDays: number | null;
  actions: number;
  rag: RagCounts;
  overall: RagValue;
  rule: RollupRule;
}
