/** Workbook defined names: the add-in's (prefixed) are replaced; the user's are kept. */
import type ExcelJS from "exceljs";
import { NAME_PREFIX } from "../sheets/marks";
import type { DefinedNameSpec } from "../sheets/types";
import { namesOf } from "./exceljsInternals";

/** Replace every `Planner_` name with the spec's names. */
export function replaceOwnNames(workbook: ExcelJS.Workbook, names: DefinedNameSpec[]): void {
  const store = namesOf(workbook);
  const own = (name: string) => name.startsWith(NAME_PREFIX);
  if (store.model.some((n) => own(n.name))) store.model = store.model.filter((n) => !own(n.name));
  for (const n of names) {
    if (!own(n.name)) throw new Error(`Defined name ${n.name} must start with ${NAME_PREFIX}`);
    store.add(n.refersTo.replace(/^=/, ""), n.name);
  }
}
