/** Links from the planner's sheets to the cells they report on. */
import { cellReference, quotedSheetName } from "../core/parse";
import type { LinkValue } from "./types";

/**
 * A link to a cell: shown as Excel writes the reference, pointing at it quoted.
 * @example link("Workforce planning", "D7") // { text: "'Workforce planning'!D7", target: "'Workforce planning'!D7" }
 */
export const link = (sheet: string, cell: string): LinkValue => ({
  text: cellReference(sheet, cell),
  target: `${quotedSheetName(sheet)}!${cell}`,
});
