/** Workbook defined names: the add-in's (prefixed) are replaced; the user's are kept. */
import type ExcelJS from "exceljs";
import { sheetOfReference } from "../core/parse/a1";
import { OWNED_SHEET_NAME } from "../sheets/consolidationSpec";
import { isOwnName } from "../sheets/marks";
import type { DefinedNameSpec } from "../sheets/types";
import { namesOf } from "./exceljsInternals";
import { dropKeptNames } from "./keptNames";

/** Replace every `Planner_` name with the spec's names. */
export function replaceOwnNames(workbook: ExcelJS.Workbook, names: DefinedNameSpec[]): void {
  const store = namesOf(workbook);
  const own = isOwnName;
  if (store.model.some((n) => own(n.name))) store.model = store.model.filter((n) => !own(n.name));
  dropKeptNames(workbook, own);
  for (const n of names) {
    if (!own(n.name)) throw new Error(`Defined name ${n.name} is not one of the planner's own (sheets/marks.ts)`);
    store.add(n.refersTo.replace(/^=/, ""), n.name);
  }
}

/**
 * The sheets the planner's `Planner_Sheet_…` names point at, or undefined for
 * a workbook with none (made before the marks: the title alone then decides).
 * @example ownedSheetsOf(workbook) // ["Dashboard", "Timeline", "Load"]
 */
export function ownedSheetsOf(workbook: ExcelJS.Workbook): string[] | undefined {
  const sheets: string[] = [];
  for (const n of namesOf(workbook).model) {
    if (!n.name.startsWith(OWNED_SHEET_NAME)) continue;
    const sheet = sheetOfReference(n.ranges[0] ?? "");
    if (sheet) sheets.push(sheet);
  }
  return sheets.length > 0 ? sheets : undefined;
}
