/**
 * The short function names in the open workbook (`=RAGSUMMARY(…)` for
 * `=PLAN.RAGSUMMARY(…)`). Removals go with the caller's batch; additions get
 * a round trip of their own, because an Excel without LAMBDA (2021 and older)
 * refuses them, and that refusal must not undo the rest of the write.
 */
import type { WriteResult } from "../contract/operations";
import {
  FUNCTION_NAMES_SWITCH,
  FUNCTION_NAMES_SWITCH_COMMENT,
  functionNames,
  isFunctionNamesSwitch,
} from "../sheets/functionNames";
import { NO_LAMBDA_MESSAGE, planFunctionNames, type FunctionNamesPlan } from "../sheets/functionNamesPlan";
import type { WorkbookSpec } from "../sheets/types";
import { friendlyError } from "./errors";
import { excelRun, Session, type ExcelRunner } from "./session";
import { lockedWrite } from "./writeLock";

/** What a name needs loaded for the decision. */
export const NAME_FIELDS = "items/name,items/formula,items/comment";

/**
 * Queue the removals and the switch on `names` (loaded with NAME_FIELDS); null when the spec leaves the names alone.
 * @example const plan = queueFunctionNameRemovals(read.names, spec.functionNames);
 */
export function queueFunctionNameRemovals(
  names: Excel.NamedItemCollection,
  request: WorkbookSpec["functionNames"],
): FunctionNamesPlan | null {
  if (!request) return null;
  const plan = planFunctionNames(
    names.items.map((n) => ({ name: n.name, comment: n.comment, formula: n.formula })),
    request.choice,
  );
  for (const item of names.items) {
    if (plan.remove.includes(item.name) || (plan.switchTo !== null && isFunctionNamesSwitch(item.name))) item.delete();
  }
  if (plan.switchTo === "off") names.add(FUNCTION_NAMES_SWITCH, "=FALSE", FUNCTION_NAMES_SWITCH_COMMENT);
  return plan;
}

/**
 * Add the plan's names in a round trip of their own; the messages for the user (said once when Excel refuses LAMBDA).
 * @example messages.push(...(await addFunctionNames(session, plan)));
 */
export async function addFunctionNames(session: Session, plan: FunctionNamesPlan | null): Promise<string[]> {
  if (!plan) return [];
  if (plan.add.length === 0) return plan.messages;
  const names = session.context.workbook.names;
  for (const f of plan.add) names.add(f.name, f.formula, f.comment);
  try {
    await session.sync();
    return plan.messages;
  } catch {
    return [NO_LAMBDA_MESSAGE];
  }
}

/**
 * The Plan view's switch: add the short names (and clear the off switch), or remove them and keep them off.
 * @example await setFunctionNames(false) // { sheets: [], messages: ["Removed the short function names …"] }
 */
export async function setFunctionNames(on: boolean, run: ExcelRunner = excelRun): Promise<WriteResult> {
  try {
    return await lockedWrite(run, async (context) => {
      const session = new Session(context);
      const names = context.workbook.names.load(NAME_FIELDS);
      await session.sync();
      const plan = queueFunctionNameRemovals(names, { choice: on });
      await session.sync();
      const messages = await addFunctionNames(session, plan);
      if (on && messages.length === 0) messages.push(`The short names are in place: ${shortList()}.`);
      return { sheets: [], messages };
    });
  } catch (error) {
    throw friendlyError(error, on ? "Add the short names" : "Remove the short names");
  }
}

function shortList(): string {
  return functionNames()
    .map((f) => `=${f.name}(…)`)
    .join(", ");
}
