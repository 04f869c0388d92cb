/** The computing half of the core: a parsed plan in, an `Analysis` out. */
export { analysePlan, countedRag, usesScheduleRag } from "./analyse";
export { groupByArea, type AreaContents } from "./areas";
export { findClashes } from "./clashes";
export { completeness } from "./completeness";
export { deriveRag, type ScheduleInput } from "./deriveRag";
export { computeLoad, type LoadOptions, type LoadResult } from "./load";
export { compareNames } from "./names";
export type { LoadItem } from "./prepare";
export { cellOf, qualityWarnings, type QualitySettings } from "./quality";
export { countRag, emptyCounts, rollUp, ROLLUP_RULE_LABELS } from "./ragRollup";
export { reviewsDue } from "./reviews";
export type { SpanLimits } from "./span";
export { stepOverlaps, type StepOverlap } from "./stepOverlaps";
export { buildTimeline } from "./timeline";
export { workingDaysIn } from "./weeks";
export { overloadsByOwner, worstWeekFirst, type OwnerOverloads } from "./overloadsByOwner";
export { MAX_WEEKS, planWindow, type Window } from "./window";
export { flaggedActions, type FlaggedAction } from "./flaggedActions";
export {
  idPrefix,
  planIdFills,
  prepareConsolidation,
  relabelPlan,
  withFilledIds,
  type IdFills,
  type PreparedConsolidation,
} from "./idFills";
export { baselineSnapshot, chooseBaseline, compareWithBaseline } from "./baseline";
export {
  mergePeople,
  planName,
  plansOf,
  rollupPlans,
  type PlanInput,
  type PlanProblem,
  type RolledPlan,
  type Rollup,
} from "./rollup";
export { planOfAction, stalePlanProblems, summarisePlans } from "./plans";
export { copyChanges, type CopyChanges } from "./copyChanges";
