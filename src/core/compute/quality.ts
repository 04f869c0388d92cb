/** Plan quality against the guide: warnings about what a good plan would also give. */
import { actionCell } from "../rules/actionCell";
import { ukOf } from "../days";
import type { Action, ActionField, Problem } from "../types";
import type { AreaContents } from "./areas";
import { nameKey } from "../rules/names";
import { stepOverlaps } from "./stepOverlaps";

export interface QualitySettings {
  maxActionWeeks: number;
}

/**
 * Warnings for each area, in reading order on its sheet: no risks assessed,
 * objectives with no measurable outcome, actions longer than
 * `maxActionWeeks`, steps of one objective that overlap, reviews after the due date.
 * @example qualityWarnings(groupByArea(plan), plan.settings)[0].message // 'Area "IAG" has no risk assessment — …'
 */
export function qualityWarnings(areas: readonly AreaContents[], settings: QualitySettings): Problem[] {
  const problems: Problem[] = [];
  for (const group of areas) {
    const found: { row: number; problem: Problem }[] = [];
    const add = (action: Action, field: ActionField, message: string): void => {
      found.push({ row: action.row, problem: warning(action.sheet, cellOf(action, field), message) });
    };
    if (group.risks.length === 0) {
      const message = `Area "${group.area.name}" has no risk assessment — add its risks, each rated red, amber or green with what will be done to reduce it.`;
      found.push({ row: 1, problem: warning(group.area.sheet, "A1", message) });
    }
    for (const [first, count] of objectivesWithoutOutcome(group.actions)) {
      add(
        first,
        "objective",
        `Objective "${first.objective.trim()}" has no measurable outcome: none of its ${count === 1 ? "action gives" : `${count} actions give`} an outcome measure — add one, with a target, so progress can be judged.`,
      );
    }
    for (const action of group.actions) {
      const weeks = weeksLong(action);
      if (weeks > settings.maxActionWeeks) {
        add(
          action,
          "due",
          `${labelOf(action)} runs ${weeks} weeks (${ukOf(action.start as number)} to ${ukOf(action.due as number)}); the plan asks for actions of at most ${settings.maxActionWeeks} weeks — split it into shorter steps.`,
        );
      }
      if (action.reviewDate !== null && action.due !== null && action.reviewDate > action.due) {
        add(
          action,
          "reviewDate",
          `${labelOf(action)} is reviewed on ${ukOf(action.reviewDate)}, after its due date (${ukOf(action.due)}) — review it on or before the due date, so slippage is caught in time.`,
        );
      }
    }
    for (const { later, earlier, objective } of stepOverlaps(group.actions)) {
      add(
        later,
        "start",
        `Step ${later.step} of objective "${objective}" (${labelOf(later, false)}) starts on ${ukOf(later.start as number)}, before step ${earlier.step} (${labelOf(earlier, false)}) is due on ${ukOf(earlier.due as number)} — start it once step ${earlier.step} is due, or bring step ${earlier.step}'s due date forward.`,
      );
    }
    found.sort((a, b) => a.row - b.row);
    problems.push(...found.map((f) => f.problem));
  }
  return problems;
}

/**
 * The cell of `field` on the action's row, by the one fallback order of `actionCell`.
 * @example cellOf(action({ row: 9, cells: { action: "D9" } }), "due") // "D9"
 */
export function cellOf(action: Action, field: ActionField): string {
  return actionCell(action, field);
}

/** "Action W3", or "The action in row 12" when the row has no ID. */
export function labelOf(action: Action, sentenceStart = true): string {
  if (!action.generatedId) return `${sentenceStart ? "Action" : "action"} ${action.id}`;
  return `${sentenceStart ? "The" : "the"} action in row ${action.row}`;
}

/** Whole weeks from start to due, rounded up; 0 when either is missing or they are reversed. */
function weeksLong(action: Action): number {
  const { start, due } = action;
  if (start === null || due === null || due < start) return 0;
  return Math.ceil((due - start) / 7);
}

/** Each named objective none of whose actions gives an outcome measure: its first action and its action count. */
function objectivesWithoutOutcome(actions: readonly Action[]): [Action, number][] {
  const byObjective = new Map<string, { first: Action; count: number; measured: boolean }>();
  for (const action of actions) {
    const key = nameKey(action.objective);
    if (key === "") continue;
    const entry = byObjective.get(key) ?? { first: action, count: 0, measured: false };
    entry.count++;
    entry.measured ||= action.outcomeMeasure.trim() !== "";
    byObjective.set(key, entry);
  }
  return [...byObjective.values()].filter((e) => !e.measured).map((e) => [e.first, e.count]);
}

function warning(sheet: string, cell: string, message: string): Problem {
  return { sheet, cell, severity: "warning", message };
}
