/** How fully an area's plan fills the seven steps of the template. */
import type { Completeness } from "../analysisTypes";
import type { Action, Risk } from "../types";

const filled = (text: string): boolean => text.trim() !== "";

/** What each step asks of one action. */
const STEP_TESTS: Record<Exclude<keyof Completeness, "risks">, (a: Action) => boolean> = {
  objectives: (a) => filled(a.objective),
  actions: (a) => filled(a.action),
  responsibility: (a) => a.owners.length > 0,
  timescales: (a) => a.start !== null && a.due !== null,
  resources: (a) => filled(a.resources) || a.staffDays !== null || a.cost !== null,
  monitoring: (a) => a.reviewDate !== null && filled(a.reviewer),
  outcomes: (a) => filled(a.outcomeMeasure) && filled(a.target),
};

/**
 * The share (0..1) of `actions` filling each step, and of `risks` that are
 * both rated and mitigated. Each share is 0 when there is nothing to count.
 * @example completeness(area.actions, area.risks).timescales // 0.75
 */
export function completeness(actions: readonly Action[], risks: readonly Risk[]): Completeness {
  const share = <T>(list: readonly T[], test: (x: T) => boolean): number =>
    list.length === 0 ? 0 : list.filter(test).length / list.length;
  return {
    objectives: share(actions, STEP_TESTS.objectives),
    actions: share(actions, STEP_TESTS.actions),
    responsibility: share(actions, STEP_TESTS.responsibility),
    timescales: share(actions, STEP_TESTS.timescales),
    resources: share(actions, STEP_TESTS.resources),
    monitoring: share(actions, STEP_TESTS.monitoring),
    outcomes: share(actions, STEP_TESTS.outcomes),
    risks: share(risks, (r) => r.rag !== "Not rated" && filled(r.mitigation)),
  };
}
