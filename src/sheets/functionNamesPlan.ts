/**
 * What a host does to a workbook's names for the short function names: the
 * one decision both hosts carry out, so they add, keep and remove the same.
 */
import { functionNames, isFunctionNamesSwitch, isOwnFunctionName, type FunctionName } from "./functionNames";

/** A workbook-scoped defined name as a host finds it. */
export interface ExistingName {
  name: string;
  comment?: string | null;
  /** Its formula, with or without the leading `=`. */
  formula?: string | null;
}

/** The host's work: remove the planner's old names, add the new, and set or clear the off switch. */
export interface FunctionNamesPlan {
  /** The planner's names in the workbook, as spelt there: removed (re-added fresh when wanted). */
  remove: string[];
  add: FunctionName[];
  /** Names of the user's that the planner would have used, left as they are. */
  leftAlone: string[];
  /** "off": write the switch as FALSE; "on": delete it; null: leave it. */
  switchTo: "off" | "on" | null;
  messages: string[];
}

/**
 * Decide the short names for a workbook. `choice` is the user's word for this
 * run (true: add them, false: remove them and keep them off); undefined
 * follows the workbook's switch, on unless the user turned them off.
 * @example planFunctionNames([{ name: "RAGSUMMARY", formula: "=Sheet1!$A$1" }]).leftAlone // ["RAGSUMMARY"]
 */
export function planFunctionNames(existing: readonly ExistingName[], choice?: boolean): FunctionNamesPlan {
  const off = existing.some((n) => isFunctionNamesSwitch(n.name) && /^=?\s*FALSE\s*$/i.test(n.formula ?? ""));
  const hasSwitch = existing.some((n) => isFunctionNamesSwitch(n.name));
  const wanted = choice ?? !off;
  const own = existing.filter(isOwnFunctionName);
  const users = new Set(
    existing.filter((n) => !isOwnFunctionName(n) && !isFunctionNamesSwitch(n.name)).map((n) => n.name.toUpperCase()),
  );
  const all = functionNames();
  // A name already as it should be stays: a second run adds nothing and costs no round trip.
  const current = new Set(wanted ? own.filter((n) => all.some((f) => isUnchanged(n, f))).map((n) => n.name) : []);
  const add = wanted ? all.filter((f) => !users.has(f.name) && !current.has(f.name)) : [];
  const leftAlone = all.filter((f) => users.has(f.name)).map((f) => f.name);
  const switchTo = choice === false ? (off ? null : "off") : choice === true && hasSwitch ? "on" : null;
  const messages: string[] = [];
  if (wanted && leftAlone.length > 0) messages.push(leftAloneMessage(all.filter((f) => leftAlone.includes(f.name))));
  if (choice === false && (own.length > 0 || !off)) {
    messages.push(
      "Removed the short function names (=RAGSUMMARY(…) and the rest); =PLAN.RAGSUMMARY(…) and the other PLAN functions still work. Consolidate leaves them off until you add them again.",
    );
  }
  if (choice === true && add.length > 0) {
    messages.push(
      `Added ${add.length} short function names: type =${add[0]?.usage ?? ""} and the rest without the PLAN. prefix (Excel for Microsoft 365 and Excel 2024).`,
    );
  }
  return { remove: own.filter((n) => !current.has(n.name)).map((n) => n.name), add, leftAlone, switchTo, messages };
}

/** The planner's name as this version would write it, in either spelling (a file's or Office.js's). */
function isUnchanged(existing: ExistingName, wanted: FunctionName): boolean {
  const formula = (existing.formula ?? "").replace(/^=/, "");
  return (
    existing.name === wanted.name &&
    existing.comment === wanted.comment &&
    (formula === wanted.formula.slice(1) || formula === wanted.stored)
  );
}

function leftAloneMessage(kept: FunctionName[]): string {
  const names = listed(kept.map((f) => f.name));
  const calls = listed(kept.map((f) => `=${f.wraps}(…)`));
  return kept.length === 1
    ? `Kept your own name ${names}: the planner's function is there as ${calls}.`
    : `Kept your own names ${names}: the planner's functions are there as ${calls}.`;
}

function listed(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * The message for an Excel that would not take a LAMBDA name (Excel 2021 and older), said once per run.
 * @example NO_LAMBDA_MESSAGE.startsWith("This Excel") // true
 */
export const NO_LAMBDA_MESSAGE =
  "This Excel cannot hold LAMBDA names (they need Excel for Microsoft 365 or Excel 2024), so the short names such as =RAGSUMMARY(…) were left out: type =PLAN.RAGSUMMARY(…) and the other functions with their PLAN. prefix.";
