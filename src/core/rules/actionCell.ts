/** The cell an action points at, for links, flags, problems and "go to cell". */
import type { Action, ActionField } from "../types";

/**
 * The action's cell for `field` when its sheet has that column; else its
 * action text, else its ID, else column A of its row. One fallback order for
 * every link, flag, problem and selection.
 * @example actionCell(action, "due") // "I7"; actionCell(actionWithoutDueColumn, "due") // "D7"
 */
export function actionCell(action: Pick<Action, "cells" | "row">, field?: ActionField): string {
  return (field && action.cells[field]) ?? action.cells.action ?? action.cells.id ?? `A${action.row}`;
}
