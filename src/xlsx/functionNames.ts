/**
 * The short function names in a file (`RAGSUMMARY` wrapping `PLAN.RAGSUMMARY`),
 * written as Excel itself stores a LAMBDA name so that Excel opening the file
 * sees working functions. ExcelJS cannot hold formula names, so they travel
 * with the names it cannot hold (./keptNames.ts).
 */
import type ExcelJS from "exceljs";
import {
  FUNCTION_NAMES_SWITCH,
  FUNCTION_NAMES_SWITCH_COMMENT,
  isFunctionNamesSwitch,
  isOwnFunctionName,
} from "../sheets/functionNames";
import { planFunctionNames, type ExistingName } from "../sheets/functionNamesPlan";
import type { WorkbookSpec } from "../sheets/types";
import { namesOf } from "./exceljsInternals";
import { dropKeptNames, keepName, keptNamesOf } from "./keptNames";

/**
 * Add, keep or remove the short function names as the spec asks; what the user should be told.
 * @example applyFunctionNames(workbook, { choice: false }) // ["Removed the short function names …"]
 */
export function applyFunctionNames(workbook: ExcelJS.Workbook, request: WorkbookSpec["functionNames"]): string[] {
  if (!request) return [];
  const plan = planFunctionNames(workbookNames(workbook), request.choice);
  const removed = new Set(plan.remove);
  dropKeptNames(
    workbook,
    (name, kept) =>
      (removed.has(name) && isOwnFunctionName({ comment: kept.attributes.comment })) ||
      (plan.switchTo !== null && isWorkbookScoped(kept.attributes) && isFunctionNamesSwitch(name)),
  );
  if (plan.switchTo !== null) {
    const store = namesOf(workbook);
    store.model = store.model.filter((n) => !isFunctionNamesSwitch(n.name));
  }
  for (const f of plan.add) keepName(workbook, { name: f.name, text: f.stored, attributes: { comment: f.comment } });
  if (plan.switchTo === "off") {
    keepName(workbook, {
      name: FUNCTION_NAMES_SWITCH,
      text: "FALSE",
      attributes: { comment: FUNCTION_NAMES_SWITCH_COMMENT },
    });
  }
  return plan.messages;
}

/** Workbook-scoped names: ExcelJS's own (cell ranges) and the kept ones without a sheet. */
function workbookNames(workbook: ExcelJS.Workbook): ExistingName[] {
  const ranges = namesOf(workbook).model.map((n) => ({ name: n.name, formula: n.ranges.join(",") }));
  const kept = keptNamesOf(workbook)
    .filter((n) => isWorkbookScoped(n.attributes))
    .map((n) => ({ name: n.name, comment: n.attributes.comment ?? null, formula: n.text }));
  return [...ranges, ...kept];
}

function isWorkbookScoped(attributes: Record<string, string>): boolean {
  return attributes.localSheetId === undefined;
}
