/**
 * Fake Excel.Range and the collections hanging off it. Sources for what it models:
 * - Error codes (InvalidArgument, AccessDenied, ItemNotFound, InvalidReference):
 *   learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling.
 * - `values`: "Represents the raw values of the specified range … Cells that
 *   contain an error will return the error string" and the +/-/= remark
 *   (learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 *   blanks read as "" (the same member's type is any[][] of the cells' values;
 *   an empty cell's value is the empty string in @types/office-js examples).
 *   A 2-D array must match the range's size, else InvalidArgument: the page
 *   says to set "a 2D array" of the range's values; the fake refuses any other
 *   shape (stricter than the single-value form Excel also takes for formats).
 * - `getUsedRangeOrNullObject`: "If the entire worksheet is blank, this
 *   function will return a null object" (excel.worksheet page); on a range,
 *   "Returns the used range of the given range object. If there are no used
 *   cells within the range, this function will return a null object"
 *   (excel.range#getusedrangeornullobject, ExcelApi 1.4).
 * - A read over 5,000,000 cells: RangeExceedsLimit (resource-limits page, see ./excel.ts).
 * - `clear()`: "Clear range values and formatting, such as fill and border"
 *   (excel.range#clear). Whether it also removes conditional formats, data
 *   validation, merges and hidden columns is not stated: the fake keeps them,
 *   so the host must remove each by its own call (the stricter reading).
 */
import { colLetters } from "../../src/core/parse";
import { coerceEnUs } from "./enUs";
import { FakeExcel, Loadable, officeError, READ_CELL_LIMIT } from "./excel";
import { ConditionalFormatsFake, RangeFormatFake } from "./rangeParts";
import { addressOf, boundsOf, usedBounds, valuesIn, type Bounds, type SheetState, type Value } from "./state";

/** How a range finds its sheet and cells when an operation runs. */
export interface SheetRef {
  state(): SheetState;
  /** False for a null-object sheet, whose ranges are null objects too. */
  exists(): boolean;
}

const HYPERLINK = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/;

export class FakeRange extends Loadable {
  /** `null` bounds = the used range (resolved at sync), for getUsedRangeOrNullObject. */
  constructor(
    fx: FakeExcel,
    readonly sheet: SheetRef,
    /** The address asked for, or "used" for the sheet's used range, or "used:<address>" for the used part of a range (resolved at sync). */
    readonly at: string | "used",
  ) {
    super(fx);
    // Office.js fills isNullObject of an *OrNullObject range at the next sync without a load.
    if (at.startsWith("used")) this.load([]);
  }

  private bounds(): Bounds | null {
    if (!this.sheet.exists()) return null;
    if (this.at === "used") return usedBounds(this.sheet.state());
    if (this.at.startsWith("used:")) return usedBounds(this.sheet.state(), boundsOf(this.at.slice(5)));
    return boundsOf(this.at);
  }

  getUsedRangeOrNullObject(): FakeRange {
    return new FakeRange(this.fx, this.sheet, `used:${this.resolvedAddress()}`);
  }

  /** The address now: a used range resolves as the sheet stands (Office.js resolves it at the sync; nothing changes in between here). */
  private resolvedAddress(): string {
    const b = this.bounds();
    if (!b) throw officeError("InvalidReference", "a null-object range has no cells");
    return addressOf(b);
  }

  protected fetch(property: string): unknown {
    const b = this.bounds();
    if (property === "isNullObject") return b === null;
    if (!b) return null;
    const sheet = this.sheet.state();
    if (property === "address") return `${sheet.name}!${addressOf(b)}`;
    if (property === "values") {
      const cells = (b.bottom - b.top + 1) * (b.right - b.left + 1);
      // "A range is limited to 5,000,000 cells for read operations" (resource limits page).
      if (cells > READ_CELL_LIMIT) throw officeError("RangeExceedsLimit", `a read of ${cells} cells`);
      if (cells > 1) this.fx.valuesRead.push(sheet.name);
      return valuesIn(sheet, b);
    }
    if (property === "rowCount") return b.bottom - b.top + 1;
    if (property === "columnCount") return b.right - b.left + 1;
    throw officeError("PropertyNotSupported", `the fake has no Range.${property}`);
  }

  get isNullObject(): boolean {
    return this.read<boolean>("isNullObject");
  }
  get address(): string {
    return this.read<string>("address");
  }
  get values(): Value[][] {
    return this.read<Value[][]>("values");
  }
  get rowCount(): number {
    return this.read<number>("rowCount");
  }
  get columnCount(): number {
    return this.read<number>("columnCount");
  }

  override load(properties?: string | string[]): this {
    super.load(["isNullObject", ...(Array.isArray(properties) ? properties : [properties ?? ""])]);
    return this;
  }

  /**
   * Strings are parsed as if typed, with en-US rules, unless the cell (or its
   * column) is already formatted as text: see ./enUs.ts. The 2-D array must
   * match the range exactly ("InvalidArgument", Range.values).
   */
  set values(block: Value[][]) {
    this.write(JSON.stringify(block).length, (sheet, b) => {
      if (block.length !== b.bottom - b.top + 1 || block.some((row) => row.length !== b.right - b.left + 1)) {
        throw officeError("InvalidArgument", `values of ${block.length} rows do not fit ${addressOf(b)}`);
      }
      block.forEach((row, r) =>
        row.forEach((value, c) => {
          const address = `${colLetters(b.left + c)}${b.top + r}`;
          const cell = sheet.cells.get(address) ?? { value: "" };
          const format = cell.numberFormat ?? sheet.columns.get(colLetters(b.left + c))?.numberFormat;
          delete cell.formula;
          if (typeof value === "string" && format !== "@") {
            const typed = coerceEnUs(value, this.fx.state.date1904);
            cell.value = typed.formula ? (HYPERLINK.exec(value)?.[1].replace(/""/g, '"') ?? typed.value) : typed.value;
            if (typed.formula) cell.formula = typed.formula;
            if (typed.numberFormat && !cell.numberFormat) cell.numberFormat = typed.numberFormat;
          } else cell.value = value;
          sheet.cells.set(address, cell);
        }),
      );
      this.fx.events.changed(sheet.id, addressOf(b), "Local");
    });
  }

  /** Contents and formats go; rules, validation, merges, widths and hidden columns stay (cleared by their own calls). */
  clear(): void {
    this.write(10, (sheet, b) => {
      for (const address of [...sheet.cells.keys()]) if (inside(address, b)) sheet.cells.delete(address);
      sheet.formats = sheet.formats.filter((f) => !contains(b, boundsOf(f.range)));
      this.fx.events.changed(sheet.id, addressOf(b), "Local");
    });
  }

  unmerge(): void {
    this.write(10, (sheet, b) => void (sheet.merges = sheet.merges.filter((m) => !contains(b, boundsOf(m)))));
  }

  /**
   * `numberFormat` (excel.range#numberformat): "@" is Excel's Text format;
   * a string written into a Text cell stays as typed (support.microsoft.com,
   * "Format numbers as text"), which ./enUs.ts honours.
   */
  set numberFormat(format: string | string[][]) {
    this.write(JSON.stringify(format).length, (sheet, b) => {
      const single = typeof format === "string" ? format : format[0][0];
      if (b.bottom - b.top > 100_000) {
        for (let c = b.left; c <= b.right; c++) {
          const column = sheet.columns.get(colLetters(c)) ?? {};
          sheet.columns.set(colLetters(c), { ...column, numberFormat: single });
        }
        return;
      }
      for (let r = b.top; r <= b.bottom; r++) {
        for (let c = b.left; c <= b.right; c++) {
          const address = `${colLetters(c)}${r}`;
          sheet.cells.set(address, { ...(sheet.cells.get(address) ?? { value: "" }), numberFormat: single });
        }
      }
    });
  }

  set columnHidden(hidden: boolean) {
    this.write(10, (sheet, b) => {
      for (let c = b.left; c <= b.right; c++)
        sheet.columns.set(colLetters(c), { ...sheet.columns.get(colLetters(c)), hidden });
    });
  }

  /**
   * Queue a write to this range's cells; a protected sheet refuses it with
   * AccessDenied ("You can't perform the requested operation", error-handling
   * page; worksheet protection: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection).
   */
  write(bytes: number, apply: (sheet: SheetState, b: Bounds) => void): void {
    this.fx.enqueue(bytes, () => {
      const sheet = this.sheet.state();
      if (sheet.protected) throw officeError("AccessDenied", `${sheet.name} is protected`);
      const b = this.bounds();
      if (!b) throw officeError("InvalidReference", "the range is empty");
      apply(sheet, b);
    });
  }

  get format(): RangeFormatFake {
    return new RangeFormatFake(this);
  }

  get dataValidation(): Record<string, unknown> {
    const clear = () =>
      this.write(10, (sheet, b) => {
        sheet.validations = sheet.validations.filter((v) => !contains(b, boundsOf(v.range)));
      });
    const record = (key: string) => (value: unknown) =>
      this.write(JSON.stringify(value).length, (sheet, b) => {
        const range = addressOf(b);
        let v = sheet.validations.find((x) => x.range === range);
        if (!v) sheet.validations.push((v = { range }));
        (v as Record<string, unknown>)[key] = value;
      });
    const target: Record<string, unknown> = { clear };
    for (const key of ["rule", "prompt", "errorAlert"]) Object.defineProperty(target, key, { set: record(key) });
    return target;
  }

  get conditionalFormats(): ConditionalFormatsFake {
    return new ConditionalFormatsFake(this.fx, this);
  }

  merge(): void {
    this.write(10, (sheet, b) => void sheet.merges.push(addressOf(b)));
  }

  select(): void {
    this.fx.enqueue(
      10,
      () => {
        const b = this.bounds();
        this.fx.state.selection = b ? `${this.sheet.state().name}!${addressOf(b)}` : null;
      },
      "control",
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.fx, this.sheet, this.offsetAddress(row, column, 0, 0));
  }

  getResizedRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.fx, this.sheet, this.offsetAddress(0, 0, rows, columns));
  }

  private offsetAddress(row: number, column: number, rows: number, columns: number): string {
    const b = boundsOf(this.at.startsWith("used") ? this.resolvedAddress() : this.at);
    const top = b.top + row;
    const left = b.left + column;
    return addressOf({ top, left, bottom: top + rows, right: left + columns });
  }
}

function inside(address: string, b: Bounds): boolean {
  const at = boundsOf(address);
  return at.top >= b.top && at.top <= b.bottom && at.left >= b.left && at.left <= b.right;
}

function contains(outer: Bounds, inner: Bounds): boolean {
  return (
    inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right
  );
}
