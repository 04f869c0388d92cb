/** The whole engine: a parsed plan in, everything the sheets and the pane show out. */
import type { Analysis, AreaSummary } from "../analysisTypes";
import { mondayOf } from "../days";
import type { Action, Day, Person, Plan, RagValue } from "../types";
import { groupByArea } from "./areas";
import { findClashes } from "./clashes";
import { completeness } from "./completeness";
import { deriveRag } from "./deriveRag";
import { computeLoad } from "./load";
import { nameKey } from "../rules/names";
import type { LoadItem } from "./prepare";
import { planSpan } from "./planSpan";
import { outsideWindow, planWindow } from "./window";
import { qualityWarnings } from "./quality";
import { countRag, rollUp } from "./ragRollup";
import { reviewsDue } from "./reviews";
import { buildTimeline } from "./timeline";
import { stalePlanProblems, summarisePlans } from "./plans";

/** Capacity when neither People nor the settings give a usable one. */
const FALLBACK_CAPACITY = 3;

/**
 * Analyse a parsed plan as it stands on `asOf`. With `load: false` the load,
 * overloads and clashes are left empty (a roll-up computes them once over
 * every plan, and needs each plan only for its areas and guide checks).
 * @example analysePlan(parseWorkbook(input).plan, dayFromIso("2009-09-01")!).overloads
 */
export function analysePlan(plan: Plan, asOf: Day, options: { load?: boolean } = {}): Analysis {
  const { settings } = plan;
  const timeline = buildTimeline(plan.actions);
  const derivedRag: Record<string, RagValue> = {};
  for (const a of plan.actions) {
    // The first of two actions sharing an ID keeps it (the reader reports duplicates).
    if (!Object.hasOwn(derivedRag, a.id)) derivedRag[a.id] = deriveRag(a, asOf, settings.amberLagPoints);
  }
  const ragOf = (a: Action): RagValue => (usesScheduleRag(a) ? deriveRag(a, asOf, settings.amberLagPoints) : a.rag);

  // Timeline order makes every overload's action list read in timeline order.
  const items: LoadItem[] = timeline.map((a) => ({
    id: a.id,
    owners: a.owners,
    start: a.start,
    due: a.due,
    complete: a.status === "Complete",
    staffDays: a.staffDays,
  }));
  const window = planWindow(timeline);
  const person = peopleLookup(plan.people);
  const defaultCapacity = usable(settings.defaultCapacity) ?? FALLBACK_CAPACITY;
  const {
    span: loadSpan,
    load,
    overloads,
    daysOverloads,
  } = computeLoad(options.load === false ? [] : items, (owner) => usable(person(owner)?.capacity) ?? defaultCapacity, {
    daysPerWeekOf: (owner) => person(owner)?.daysPerWeek ?? null,
    emptyWeek: mondayOf(settings.start ?? asOf),
    ...(window === null ? {} : { within: window }),
  });

  const groups = groupByArea(plan);
  const areas: AreaSummary[] = groups.map(({ area, actions, risks }) => {
    const rag = countRag(actions.map(ragOf));
    return {
      name: area.name,
      sheet: area.sheet,
      actions: actions.length,
      rag,
      overall: rollUp(rag, settings.rollupRule),
      rule: settings.rollupRule,
      completeness: completeness(actions, risks),
    };
  });
  const overallRag = countRag(plan.actions.map(ragOf));
  const plans = summarisePlans(plan, ragOf, asOf);

  return {
    asOf,
    timeline,
    derivedRag,
    loadSpan,
    planSpan: planSpan(timeline, loadSpan, window),
    load,
    overloads,
    daysOverloads,
    clashes: options.load === false ? [] : findClashes(items, settings.clashThreshold),
    areas,
    overall: { rag: overallRag, status: rollUp(overallRag, settings.rollupRule), rule: settings.rollupRule },
    overdue: timeline.filter((a) => a.status !== "Complete" && a.due !== null && a.due < asOf),
    reviews: reviewsDue(plan.actions, plan.risks, asOf, settings.reviewWindowDays),
    problems: [
      ...qualityWarnings(groups, settings),
      ...outsideWindow(timeline, window),
      ...stalePlanProblems(plan, plans, asOf),
    ],
    ...(plans && { plans }),
  };
}

/**
 * True when an action's RAG comes from its schedule: its sheet has no RAG
 * column at all. A blank cell in a RAG column is the owner's "not rated yet".
 * Every count of RAGs (Dashboard, pane, command line) goes by this.
 * @example usesScheduleRag(action) ? analysis.derivedRag[action.id] : action.rag
 */
export function usesScheduleRag(a: Action): boolean {
  return a.rag === "Not rated" && a.cells.rag === undefined;
}

/**
 * The RAG an action counts as, as the analysis counted it.
 * @example analysis.timeline.filter((a) => countedRag(a, analysis) === "Red")
 */
export function countedRag(a: Action, analysis: Pick<Analysis, "derivedRag">): RagValue {
  return usesScheduleRag(a) ? (analysis.derivedRag[a.id] ?? a.rag) : a.rag;
}

/** People by name, case-insensitively (the first of two spellings wins). */
function peopleLookup(people: readonly Person[]): (name: string) => Person | undefined {
  const byKey = new Map<string, Person>();
  for (const p of people) if (!byKey.has(nameKey(p.name))) byKey.set(nameKey(p.name), p);
  return (name) => byKey.get(nameKey(name));
}

/** A capacity worth using: a positive number. */
function usable(capacity: number | null | undefined): number | undefined {
  return typeof capacity === "number" && Number.isFinite(capacity) && capacity > 0 ? capacity : undefined;
}
