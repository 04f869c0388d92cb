/** What is due for review, and what is overdue. */
import type { Review } from "../analysisTypes";
import type { Action, Day, Risk } from "../types";
import { cellOf, labelOf } from "./quality";

/** Risk statuses that need no more reviews. */
const CLOSED = /^(closed|complete|completed|resolved)$/i;

/**
 * Review dates of actions not yet complete and of open risks that are
 * overdue (before `asOf`) or fall within `windowDays` after it, soonest
 * first (actions before risks on the same day, each in plan order).
 * @example reviewsDue(plan.actions, plan.risks, asOf, 14)[0] // { kind: "action", label: "W3", due: …, overdue: true, … }
 */
export function reviewsDue(
  actions: readonly Action[],
  risks: readonly Risk[],
  asOf: Day,
  windowDays: number,
): Review[] {
  const due = (day: Day | null): day is Day => day !== null && day <= asOf + windowDays;
  const reviews: Review[] = [];
  for (const action of actions) {
    if (action.status === "Complete" || !due(action.reviewDate)) continue;
    reviews.push({
      kind: "action",
      label: action.generatedId ? labelOf(action) : action.id,
      sheet: action.sheet,
      cell: cellOf(action, "reviewDate"),
      due: action.reviewDate,
      overdue: action.reviewDate < asOf,
    });
  }
  for (const risk of risks) {
    if (CLOSED.test(risk.status.trim()) || !due(risk.reviewDate)) continue;
    reviews.push({
      kind: "risk",
      label: risk.risk.trim() || `The risk in row ${risk.row}`,
      sheet: risk.sheet,
      cell: risk.cells.reviewDate ?? risk.cells.risk ?? `A${risk.row}`,
      due: risk.reviewDate,
      overdue: risk.reviewDate < asOf,
    });
  }
  return reviews.sort((a, b) => a.due - b.due);
}
