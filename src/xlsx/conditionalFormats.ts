/** A worksheet's conditional formats: finding and removing the add-in's own, and making room for them. */
import type ExcelJS from "exceljs";
import { isMarkedFormula } from "../sheets/marks";
import { formattingsOf, type FormattingModel, type RuleModel } from "./exceljsInternals";

export { formattingsOf };

/** Number of rules on a sheet (what "the rule count does not grow" is measured by). */
export function ruleCount(sheet: ExcelJS.Worksheet): number {
  return formattingsOf(sheet).reduce((n, f) => n + f.rules.length, 0);
}

const isOwn = (rule: RuleModel): boolean =>
  (rule.formulae ?? []).some((f) => typeof f === "string" && isMarkedFormula(f));

/** Remove the add-in's marked rules, leaving every other rule as it was. Returns how many went. */
export function removeOwnRules(sheet: ExcelJS.Worksheet): number {
  const list = formattingsOf(sheet);
  let removed = 0;
  const kept: FormattingModel[] = [];
  for (const f of list) {
    const rules = f.rules.filter((r) => !isOwn(r));
    removed += f.rules.length - rules.length;
    if (rules.length > 0) kept.push(rules.length === f.rules.length ? f : { ...f, rules });
  }
  list.splice(0, list.length, ...kept);
  return removed;
}

/**
 * Make priorities 1..`count` free for the add-in's rules by moving the user's
 * rules down as a block (their order among themselves is unchanged). A sheet
 * whose rules already start below `count` is left exactly as it is.
 */
export function reservePriorities(sheet: ExcelJS.Worksheet, count: number): void {
  const rules = formattingsOf(sheet).flatMap((f) => f.rules);
  if (rules.length === 0 || count === 0) return;
  const lowest = Math.min(...rules.map((r) => r.priority ?? 1));
  if (lowest > count) return;
  const shift = count - lowest + 1;
  for (const r of rules) r.priority = (r.priority ?? 1) + shift;
}
