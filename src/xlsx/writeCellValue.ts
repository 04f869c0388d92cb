/** Spec values → ExcelJS cell values, keeping text as text. */
import type ExcelJS from "exceljs";
import { FORMULA_LIKE, TEXT_FORMAT, type SpecValue } from "../sheets/types";
import { fitCell } from "../sheets/cellLimits";

/**
 * Write one spec value into a cell. Plain strings are shared strings (never
 * formulas); those that start like a formula also get the text format, so
 * editing the cell in Excel keeps it text.
 * @example writeValue(cell, "=HYPERLINK(\"x\")") // cell holds the text, numFmt "@"
 */
export function writeValue(cell: ExcelJS.Cell, value: SpecValue): void {
  if (value === null) return;
  if (typeof value === "string") {
    cell.value = fitCell(value);
    if (FORMULA_LIKE.test(value)) cell.numFmt = TEXT_FORMAT;
    return;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    cell.value = value;
    return;
  }
  if ("formula" in value) {
    // No cached result: Excel and LibreOffice calculate on open.
    cell.value = { formula: value.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
    return;
  }
  cell.value = { text: value.text, hyperlink: `#${value.target}`, tooltip: `Go to ${value.target}` };
  cell.font = { ...cell.font, color: { argb: "FF0563C1" }, underline: true };
}
