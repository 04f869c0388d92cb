/**
 * The workbook a fake Excel holds: sheets of cells with number formats,
 * column widths, rules, validations, notes, tables and names. Plain data, so
 * tests can set it up and inspect it after the host has written.
 */
import { colLetters, parseA1 } from "../../src/core/parse";
import type { PageLayoutState } from "./pageLayout";

export type Value = string | number | boolean;

export interface Cell {
  value: Value;
  /** A formula written (the value is then what the test says the formula shows, or ""). */
  formula?: string;
  numberFormat?: string;
}

export interface Rule {
  type: "Custom" | "ColorScale" | "DataBar";
  range: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
  criteria?: unknown;
  /** A data bar's bounds and solid fill (./rangeParts.ts). */
  dataBar?: { lower?: unknown; upper?: unknown; fillColor?: string; gradientFill?: boolean };
}

export interface SheetState {
  name: string;
  id: string;
  cells: Map<string, Cell>;
  /** Number format and width by column letter. */
  columns: Map<string, { numberFormat?: string; width?: number; hidden?: boolean }>;
  /** Highest priority first, as Excel lists them. */
  rules: Rule[];
  validations: { range: string; rule?: unknown; prompt?: unknown }[];
  notes: Map<string, string>;
  tables: { name: string; range: string; style?: string }[];
  merges: string[];
  formats: { range: string; props: Record<string, unknown> }[];
  freeze?: string;
  tabColor?: string;
  charts: { type: string; data: string; title?: string; name?: string }[];
  protected: boolean;
  /** What it prints (./pageLayout.ts); absent until the add-in sets any of it. */
  pageLayout?: PageLayoutState;
}

export interface WorkbookState {
  sheets: SheetState[];
  names: Map<string, string>;
  /** Each name's comment (Name Manager's Comment), by name. */
  nameComments: Map<string, string>;
  active: string | null;
  selection: string | null;
  /** The workbook counts dates from 1904 (Mac workbooks of old). */
  date1904: boolean;
}

let ids = 0;

/**
 * A sheet with the given values from A1.
 * @example sheetOf("People", [["Name", "Capacity"], ["Jane Smith", 3]])
 */
export function sheetOf(name: string, rows: (Value | null | Date)[][] = []): SheetState {
  const sheet: SheetState = {
    name,
    id: `sheet-${++ids}`,
    cells: new Map(),
    columns: new Map(),
    rules: [],
    validations: [],
    notes: new Map(),
    tables: [],
    merges: [],
    formats: [],
    charts: [],
    protected: false,
  };
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== "") sheet.cells.set(`${colLetters(c)}${r + 1}`, { value: value as Value });
    }),
  );
  return sheet;
}

export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1048576;
const MAX_COL = 16383;

/**
 * The bounds (0-based columns, 1-based rows) of `A1`, `A1:C4`, `A:A` or `3:3`.
 * @example boundsOf("B2:C3") // { top: 2, left: 1, bottom: 3, right: 2 }
 */
export function boundsOf(address: string): Bounds {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const part = (s: string, end: boolean) => {
    if (/^[A-Z]+$/i.test(s)) return { col: parseA1(`${s}1`).col, row: end ? MAX_ROW : 1 };
    if (/^\d+$/.test(s)) return { col: end ? MAX_COL : 0, row: Number(s) };
    return parseA1(s);
  };
  const from = part(a, false);
  const to = part(b, true);
  return { top: from.row, left: from.col, bottom: to.row, right: to.col };
}

/**
 * The used range of a sheet as `getUsedRangeOrNullObject(true)` reports it:
 * "valuesOnly: Considers only cells with values as used cells (ignores
 * formatting)" (learn.microsoft.com/javascript/api/excel/excel.worksheet#getusedrangeornullobject), or null when empty.
 */
export function usedBounds(sheet: SheetState, within?: Bounds): Bounds | null {
  let bounds: Bounds | null = null;
  for (const [address, cell] of sheet.cells) {
    if (cell.value === "" && !cell.formula) continue;
    const { col, row } = parseA1(address);
    if (within && (row < within.top || row > within.bottom || col < within.left || col > within.right)) continue;
    bounds = bounds
      ? {
          top: Math.min(bounds.top, row),
          left: Math.min(bounds.left, col),
          bottom: Math.max(bounds.bottom, row),
          right: Math.max(bounds.right, col),
        }
      : { top: row, left: col, bottom: row, right: col };
  }
  return bounds;
}

/** `A1:C4` for bounds. */
export function addressOf(b: Bounds): string {
  const tl = `${colLetters(b.left)}${b.top}`;
  const br = `${colLetters(b.right)}${b.bottom}`;
  return tl === br ? tl : `${tl}:${br}`;
}

/** The values of a block, blanks as "" (what Office.js hands over for an empty cell; see ./range.ts). */
export function valuesIn(sheet: SheetState, b: Bounds): Value[][] {
  const out: Value[][] = [];
  for (let r = b.top; r <= b.bottom; r++) {
    const row: Value[] = [];
    for (let c = b.left; c <= b.right; c++) row.push(sheet.cells.get(`${colLetters(c)}${r}`)?.value ?? "");
    out.push(row);
  }
  return out;
}
