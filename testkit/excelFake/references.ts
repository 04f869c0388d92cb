/**
 * What deleting a sheet does to everything that pointed at it: Excel turns
 * each reference into #REF! — in formulas, defined names and chart series —
 * and a sheet added again under the same name does not bring them back
 * (support.microsoft.com, "How to correct a #REF! error": "The #REF! error shows
 * when a formula refers to a cell that's not valid. This happens most often
 * when cells that were referenced by formulas get deleted").
 */
import type { WorkbookState } from "./state";

/** `Load!`, `'Load'!`, `'Bob''s plan'!` — every way a formula can name the sheet (any case). */
function referencePattern(sheet: string): RegExp {
  const plain = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const quoted = sheet.replace(/'/g, "''").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`(?:'${quoted}'|(?<![\\w.'])${plain})!\\$?[A-Z]{0,3}\\$?\\d*(?::\\$?[A-Z]{0,3}\\$?\\d*)?`, "gi");
}

/**
 * Break every reference to the deleted `sheet`.
 * @example breakReferences(state, "Load") // "=Load!B5" becomes "=#REF!", its value "#REF!"
 */
export function breakReferences(state: WorkbookState, sheet: string): void {
  const pattern = referencePattern(sheet);
  const broken = (text: string) => text.replace(pattern, "#REF!");
  for (const other of state.sheets) {
    for (const cell of other.cells.values()) {
      if (cell.formula && broken(cell.formula) !== cell.formula) {
        cell.formula = broken(cell.formula);
        cell.value = "#REF!";
      }
    }
    for (const chart of other.charts) chart.data = broken(chart.data);
  }
  for (const [name, refersTo] of state.names) state.names.set(name, broken(refersTo));
}
