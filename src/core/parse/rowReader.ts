/**
 * Reading one row of an actions table field by field, reporting each bad cell
 * where it is. Error values (#N/A…) are reported and read as blank.
 */
import type { ActionField, CellValue } from "../types";
import { isBlank, isErrorValue, numberOf, shown, textOf } from "./cells";
import { readDateCell, type DateRead } from "./dates";
import type { HeaderField } from "./headers";
import type { Problems } from "./problems";
import type { SheetGrid } from "./sheetGrid";
import type { Severity } from "../types";

/** How each field is named in messages. */
export const FIELD_LABELS: Record<HeaderField, string> = {
  id: "ID",
  area: "Area",
  objective: "Objective",
  step: "Step",
  action: "Action",
  purpose: "Purpose",
  owner: "Owner",
  involved: "Involved",
  start: "Start",
  due: "Due",
  horizon: "Horizon",
  resources: "Resources",
  staffDays: "Staff days",
  cost: "Cost",
  reviewDate: "Review date",
  reviewer: "Reviewer",
  outcomeMeasure: "Outcome measure",
  target: "Target",
  status: "Status",
  percentComplete: "% complete",
  rag: "RAG",
  notes: "Notes",
};

/** Where a row's cell addresses keep their row number (a symbol, so it never shows as a field). */
const ROW = Symbol("row");

/** Fields whose error value keeps the row off the timeline. */
const PLACING: ReadonlySet<HeaderField> = new Set(["action", "due"]);

/**
 * One row of a plan sheet, read through the header's column map.
 * @example new RowReader(grid, columns, problems, false).at(4).text("action")
 */
export class RowReader {
  private r = 0;
  private readonly mapped: [HeaderField, number][];

  constructor(
    private readonly grid: SheetGrid,
    private readonly columns: ReadonlyMap<HeaderField, number>,
    private readonly problems: Problems,
    private readonly date1904: boolean,
  ) {
    this.mapped = [...columns];
  }

  /**
   * The address of every mapped field's cell on this row. The addresses are
   * getters on one prototype per sheet: 20,000 rows × 21 columns of address
   * strings made up front were a third of the time spent reading a big plan.
   */
  cells(): Partial<Record<HeaderField, string>> {
    const cells = Object.create(this.cellsPrototype()) as Partial<Record<HeaderField, string>>;
    (cells as Record<symbol, number>)[ROW] = this.row;
    return cells;
  }

  private prototype?: object;

  private cellsPrototype(): object {
    if (this.prototype) return this.prototype;
    const prototype = {};
    for (const [field, c] of this.mapped) {
      const letters = this.grid.address(0, c).replace(/\d+$/, "");
      Object.defineProperty(prototype, field, {
        enumerable: true,
        get(this: Record<symbol, number>) {
          return `${letters}${this[ROW]}`;
        },
      });
    }
    return (this.prototype = prototype);
  }

  at(rowIndex: number): this {
    this.r = rowIndex;
    return this;
  }

  get sheet(): string {
    return this.grid.sheet;
  }

  get row(): number {
    return this.grid.worksheetRow(this.r);
  }

  has(field: HeaderField): boolean {
    return this.columns.has(field);
  }

  raw(field: HeaderField): CellValue {
    const c = this.columns.get(field);
    return c === undefined ? null : this.grid.cell(this.r, c);
  }

  address(field: HeaderField): string {
    const c = this.columns.get(field);
    return c === undefined ? "" : this.grid.address(this.r, c);
  }

  /** A problem at the field's cell; where the sheet has no such column, at the row's action cell. */
  report(field: HeaderField, severity: Severity, message: string): void {
    const cell = this.address(field) || this.address("action") || this.grid.address(this.r, this.mapped[0]?.[1] ?? 0);
    this.problems.add(this.grid.sheet, cell, severity, message);
  }

  /** True when every mapped cell of the row is blank. */
  isEmpty(except?: HeaderField): boolean {
    for (const [field, c] of this.mapped) if (field !== except && !isBlank(this.grid.cell(this.r, c))) return false;
    return true;
  }

  /** The cell as text; an error value is reported and read as blank. */
  text(field: HeaderField): string {
    const value = this.raw(field);
    if (!isErrorValue(value)) return textOf(value);
    const severity = PLACING.has(field) ? "error" : "warning";
    this.report(
      field,
      severity,
      `${FIELD_LABELS[field]} holds the error ${value.trim().toUpperCase()}; correct the formula or type the value.`,
    );
    return "";
  }

  /**
   * A name, RAG or status: text, with a number 0 read as blank — never a
   * name, a RAG or a status, and what desktop Excel hands a custom function
   * for an empty cell, so the engine and the functions read such cells alike.
   */
  wordText(field: HeaderField): string {
    return this.raw(field) === 0 ? "" : this.text(field);
  }

  /** A number, or null for blank; anything else is a warning. */
  number(field: ActionField, expected: string): number | null {
    const value = this.raw(field);
    if (isErrorValue(value)) {
      this.text(field);
      return null;
    }
    if (isBlank(value)) return null;
    const n = numberOf(value);
    if (n !== null) return n;
    this.report(
      field,
      "warning",
      `${FIELD_LABELS[field]} is ${shown(value)}; expected ${expected}. It is ignored until corrected.`,
    );
    return null;
  }

  /** A date cell, unread reasons left to the caller (severity depends on the field). */
  date(field: ActionField): DateRead {
    return readDateCell(this.raw(field), this.date1904);
  }
}
