/**
 * The .xlsx host: renders a WorkbookSpec into an ExcelJS workbook. Owned
 * sheets (A1 says so) are replaced whole; the add-in's marked rules, notes
 * and names are replaced; nothing else of the user's is touched.
 */
import type ExcelJS from "exceljs";
import { setTabOrder, tabOrderOf } from "./exceljsInternals";
import { isOwnedSheetTitle, markFormula } from "../sheets/marks";
import type { SheetPatch, SheetSpec, WorkbookSpec } from "../sheets/types";
import { writeValue } from "./writeCellValue";
import { NO_CHART_TEXT } from "./noChartText";
import { removeOwnRules, reservePriorities } from "./conditionalFormats";
import { markedOwned } from "../sheets/marks";
import { ownedSheetsOf, replaceOwnNames } from "./definedNames";
import { applyFunctionNames } from "./functionNames";
import { addOwnNote, removeOwnNotes } from "./notes";
import { applyPageSetup } from "./pageSetup";
import { addTable } from "./tables";
import { writeCells } from "./writeCells";
import { addRules, addValidations } from "./writeRules";

export { NO_CHART_TEXT };

/**
 * Render `spec` into `workbook` in place; what the user should be told.
 * @example renderWorkbookSpec(workbook, consolidationSpec(parsed, analysis, existing, new Date()).spec)
 */
export function renderWorkbookSpec(workbook: ExcelJS.Workbook, spec: WorkbookSpec): string[] {
  // The marks as they were before this render replaces the names.
  const marks = ownedSheetsOf(workbook);
  const owned = (sheet: ExcelJS.Worksheet) => markedOwned(marks, sheet.name) !== false && isOwnedSheet(sheet);
  for (const sheet of spec.sheets) renderSheet(workbook, sheet, owned);
  for (const sheet of workbook.worksheets) {
    if (owned(sheet)) continue;
    removeOwnRules(sheet);
    removeOwnNotes(sheet);
  }
  for (const patch of spec.patches) applyPatch(workbook, patch);
  replaceOwnNames(workbook, spec.names);
  return applyFunctionNames(workbook, spec.functionNames);
}

/** True when the sheet's A1 is one of the add-in's titles (the marks are checked too, by the caller). */
export function isOwnedSheet(sheet: ExcelJS.Worksheet): boolean {
  const a1 = sheet.getCell("A1").value;
  return isOwnedSheetTitle(a1);
}

function isBlank(sheet: ExcelJS.Worksheet, address: string): boolean {
  const value = sheet.getCell(address).value;
  return value === null || value === undefined || value === "";
}

/** The worksheet with this name, ignoring case as Excel does. */
export function findSheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((s) => s.name.toLowerCase() === wanted);
}

/** ExcelJS orders tabs by this (missing from its typings). */

function renderSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, owned: (s: ExcelJS.Worksheet) => boolean): void {
  const existing = findSheet(workbook, spec.name);
  let orderNo: number | undefined;
  if (existing) {
    if (!spec.owned || !owned(existing)) {
      throw new Error(`Sheet ${spec.name} belongs to the user: it will not be overwritten`);
    }
    orderNo = tabOrderOf(existing);
    workbook.removeWorksheet(existing.id);
  }
  const sheet = addSpecSheet(workbook, spec);
  // Back in the replaced sheet's place among the tabs.
  if (orderNo !== undefined) setTabOrder(sheet, orderNo);
}

/**
 * A new worksheet written from `spec`, after the others.
 * @example addSpecSheet(workbook, newBaselineSheet("Baseline", rows))
 */
export function addSpecSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(spec.name);
  writeCells(sheet, spec);
  for (const table of spec.tables) addTable(sheet, table);
  addValidations(sheet, spec.validations);
  addRules(sheet, spec.conditionalFormats, 1);
  for (const note of spec.notes) sheet.getCell(note.cell).note = note.text;
  applyPageSetup(sheet, spec.print);
  for (const chart of spec.charts) {
    if (isBlank(sheet, chart.anchor)) writeValue(sheet.getCell(chart.anchor), NO_CHART_TEXT);
    sheet.getCell(chart.anchor).note =
      `${chart.title}: a stacked bar chart of ${chart.data} belongs here. ${NO_CHART_TEXT}`;
  }
  return sheet;
}

function applyPatch(workbook: ExcelJS.Workbook, patch: SheetPatch): void {
  const sheet = findSheet(workbook, patch.sheet);
  if (!sheet) throw new Error(`No sheet named ${patch.sheet} to flag`);
  const rules = patch.conditionalFormats.map((rule) => {
    if (rule.kind !== "expression") throw new Error("Flags on a user's sheet must be expression rules");
    return { ...rule, formula: markFormula(rule.formula) };
  });
  reservePriorities(sheet, rules.length);
  addRules(sheet, rules, 1);
  for (const note of patch.notes) addOwnNote(sheet.getCell(note.cell), note.text);
  fillBlankCells(sheet, patch.fills);
}

/**
 * Fill missing action IDs into a user's sheet, only into cells still blank.
 * @example fillBlankCells(sheet, [{ cell: "A7", value: "W3" }])
 */
export function fillBlankCells(sheet: ExcelJS.Worksheet, fills: SheetPatch["fills"]): void {
  for (const fill of fills) {
    // Never over a value: an ID typed since the plan was read wins.
    if (isBlank(sheet, fill.cell)) writeValue(sheet.getCell(fill.cell), fill.value);
  }
}
