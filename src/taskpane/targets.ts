/** Which cell to select for an action, a clash or an overload. */
import { actionCell } from "../core/rules/actionCell";
import type { Action, ActionField } from "../core/types";
import type { CellTarget } from "../contract/operations";

/**
 * The action's cell for `field` when the sheet has that column, else its ID, action text, or column A of its row.
 * @example actionTarget(action, "due") // { sheet: "Transport", cell: "I7" }
 */
export function actionTarget(action: Action, field: ActionField = "id"): CellTarget {
  return { sheet: action.sheet, cell: actionCell(action, field) };
}

/**
 * Actions by ID, to turn the engine's lists of IDs back into actions.
 * @example actionsById(analysis.timeline).get("W1")?.sheet // "Workforce planning"
 */
export function actionsById(actions: readonly Action[]): Map<string, Action> {
  return new Map(actions.map((a) => [a.id, a]));
}
