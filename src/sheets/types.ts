/**
 * Sheets as data: what the add-in writes into a workbook, decided once here
 * and rendered by two hosts (src/excel through Office.js, src/xlsx through
 * ExcelJS). Pure data: no Office, no ExcelJS.
 *
 * Conventions every host honours:
 * - Plain strings are always written as text, never as formulas, whatever
 *   they start with (`=`, `+`, `-`, `@`). Formulas are explicit `{ formula }`.
 * - Dates are Excel serial numbers in the workbook's date system (`SerialOf`)
 *   with a date number format (`DATE_FORMAT`), so both hosts store the same
 *   cell; dates inside formulas are written `DATE(y,m,d)`, right in either system.
 * - Addresses are A1 style without the sheet name unless stated.
 */
import type { Day } from "../core/types";

export const DATE_FORMAT = "dd/mm/yyyy";
export const TEXT_FORMAT = "@";
/** Text a spreadsheet would take for a formula if typed: written text-formatted, so it stays text. */
export const FORMULA_LIKE = /^[=+\-@]/;

export interface FormulaValue {
  /** Including the leading `=`. */
  formula: string;
}

export interface LinkValue {
  text: string;
  /** In-workbook target such as `'Workforce planning'!D7`. */
  target: string;
}

export type SpecValue = string | number | boolean | null | FormulaValue | LinkValue;

export interface ColumnSpec {
  /** Width in characters (Excel's column width unit). */
  width?: number;
  numberFormat?: string;
  hidden?: boolean;
}

/** Formatting of a rectangular block, applied as one operation. */
export interface RangeFormat {
  range: string;
  bold?: boolean;
  italic?: boolean;
  /** `#RRGGBB` */
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  numberFormat?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "center" | "bottom";
  borderBottom?: string;
}

export interface TableSpec {
  /** Unique in the workbook: starts with a letter, no spaces. */
  name: string;
  /** Header row and data rows, e.g. `A3:U40`. */
  range: string;
  style: string;
  bandedRows?: boolean;
}

export interface ValidationSpec {
  range: string;
  /** A fixed list of choices… */
  list?: string[];
  /** …or a range holding them, e.g. `=People!$A$2:$A$500`. */
  listSource?: string;
  /** Whole or decimal number limits. */
  number?: { kind: "whole" | "decimal"; min: number; max: number };
  date?: boolean;
  prompt?: { title: string; message: string };
  /** Reject other input (stop) or only warn (warning). */
  errorStyle?: "stop" | "warning";
  errorMessage?: string;
}

export interface ExpressionRule {
  kind: "expression";
  range: string;
  /** Relative to the top-left cell of `range`, including `=`. */
  formula: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  /** Stop evaluating later rules for cells this one matched. */
  stopIfTrue?: boolean;
}

export interface ColorScaleRule {
  kind: "colorScale";
  range: string;
  min: { value: number; color: string };
  max: { value: number; color: string };
}

/** A bar in each cell, as long as its value against `max` (from 0), in one solid colour; the value stays shown. */
export interface DataBarRule {
  kind: "dataBar";
  range: string;
  color: string;
  max: number;
}

export type ConditionalRule = ExpressionRule | ColorScaleRule | DataBarRule;

/**
 * How a sheet prints, on A4 (the users are in the UK): the same settings through
 * ExcelJS's page set-up on files and Office.js's `pageLayout` (ExcelApi 1.9) in Excel.
 */
export interface PrintSpec {
  orientation: "portrait" | "landscape";
  /** Fit to pages across and down (0: as many as it takes), or print at a fixed scale in percent. */
  fit: { wide: number; tall: number } | { scale: number };
  /** What prints, e.g. `A1:P40` (the whole used range when absent). */
  area?: string;
  /** Rows repeated at the top of every page, e.g. `$3:$4`. */
  titleRows?: string;
  /** Columns repeated at the left of every page, e.g. `$A:$C`. */
  titleColumns?: string;
  /** Footer sections in Excel's header and footer codes (`&P` page, `&N` pages, `&&` an ampersand). */
  footer?: { left: string; center: string; right: string };
}

export interface NoteSpec {
  cell: string;
  text: string;
}

export interface ChartSpec {
  kind: "stackedBar";
  title: string;
  /** Data block including its header row and category column, e.g. `A5:H20`. */
  data: string;
  /** Where the chart's top-left corner sits. */
  anchor: string;
  seriesColors: string[];
}

export interface DefinedNameSpec {
  name: string;
  /** Absolute reference, e.g. `Load!$A$5:$A$40`. */
  refersTo: string;
}

export interface SheetSpec {
  name: string;
  /** Owned sheets are regenerated whole; other sheets are written once (template) and then belong to the user. */
  owned: boolean;
  tabColor?: string;
  /** Values from A1, row by row; rows may be ragged. */
  rows: SpecValue[][];
  columns: ColumnSpec[];
  formats: RangeFormat[];
  merges: string[];
  tables: TableSpec[];
  validations: ValidationSpec[];
  conditionalFormats: ConditionalRule[];
  notes: NoteSpec[];
  freeze?: { rows: number; columns: number };
  charts: ChartSpec[];
  /** Page set-up; absent leaves the sheet's own (a user's sheet is never given one). */
  print?: PrintSpec;
}

/**
 * Changes to a user's sheet that the add-in owns and can take back: its flag
 * rules and notes, and IDs it fills into a template's blank ID cells. Values
 * of user cells are never otherwise touched.
 */
export interface SheetPatch {
  sheet: string;
  conditionalFormats: ConditionalRule[];
  notes: NoteSpec[];
  /** Blank ID cells of a template sheet to fill, e.g. `{ cell: "A7", value: "W-003" }`. */
  fills: { cell: string; value: string }[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  patches: SheetPatch[];
  names: DefinedNameSpec[];
  /**
   * The short function names (`=RAGSUMMARY(…)`, sheets/functionNames.ts): absent when
   * this write leaves them alone; `choice` true adds them, false removes them and
   * keeps them off, undefined follows the workbook's switch.
   */
  functionNames?: { choice?: boolean };
}

/** An empty sheet spec to build on. */
export function emptySheet(name: string, owned: boolean): SheetSpec {
  return {
    name,
    owned,
    rows: [],
    columns: [],
    formats: [],
    merges: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    notes: [],
    charts: [],
  };
}

/**
 * How a day is written into a cell: its serial in the workbook's date system
 * (1900, or 1904 in some Mac workbooks).
 * @example const serial: SerialOf = (day) => serialOf(day, parsed.date1904)
 */
export type SerialOf = (day: Day) => number;
