/** Fake Excel.Range and the collections hanging off it. */
import { colLetters } from "../../../src/core/parse";
import { FakeExcel, Loadable, officeError } from "./excel";
import {
  addressOf,
  boundsOf,
  usedBounds,
  valuesIn,
  type Bounds,
  type Rule,
  type SheetState,
  type Value,
} from "./state";

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
    /** The address asked for, or "used" for the used range (resolved at sync). */
    readonly at: string | "used",
  ) {
    super(fx);
    // Office.js fills isNullObject of an *OrNullObject range at the next sync without a load.
    if (at === "used") this.load([]);
  }

  private bounds(): Bounds | null {
    if (!this.sheet.exists()) return null;
    return this.at === "used" ? usedBounds(this.sheet.state()) : boundsOf(this.at);
  }

  protected fetch(property: string): unknown {
    const b = this.bounds();
    if (property === "isNullObject") return b === null;
    if (!b) return null;
    const sheet = this.sheet.state();
    if (property === "address") return `${sheet.name}!${addressOf(b)}`;
    if (property === "values") return valuesIn(sheet, b);
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
          // Excel's rule: text starting with "=" is a formula unless the cell is formatted as text.
          if (typeof value === "string" && value.startsWith("=") && format !== "@") {
            cell.formula = value;
            cell.value = HYPERLINK.exec(value)?.[1].replace(/""/g, '"') ?? "";
          } else {
            delete cell.formula;
            cell.value = value;
          }
          sheet.cells.set(address, cell);
        }),
      );
    });
  }

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

  /** Queue a write to this range's cells; a protected sheet refuses it. */
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
    const record = (key: string) => (value: unknown) =>
      this.write(JSON.stringify(value).length, (sheet, b) => {
        const range = addressOf(b);
        let v = sheet.validations.find((x) => x.range === range);
        if (!v) sheet.validations.push((v = { range }));
        (v as Record<string, unknown>)[key] = value;
      });
    const target: Record<string, unknown> = {};
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
    this.fx.enqueue(10, () => {
      const b = this.bounds();
      this.fx.state.selection = b ? `${this.sheet.state().name}!${addressOf(b)}` : null;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.fx, this.sheet, this.offsetAddress(row, column, 0, 0));
  }

  getResizedRange(rows: number, columns: number): FakeRange {
    return new FakeRange(this.fx, this.sheet, this.offsetAddress(0, 0, rows, columns));
  }

  private offsetAddress(row: number, column: number, rows: number, columns: number): string {
    if (this.at === "used") throw officeError("NotImplemented", "offset from a used range: load it first");
    const b = boundsOf(this.at);
    const top = b.top + row;
    const left = b.left + column;
    return addressOf({ top, left, bottom: top + rows, right: left + columns });
  }
}

class RangeFormatFake {
  constructor(private readonly range: FakeRange) {}
  private set(props: Record<string, unknown>): void {
    this.range.write(
      JSON.stringify(props).length,
      (sheet, b) => void sheet.formats.push({ range: addressOf(b), props }),
    );
  }
  set columnWidth(width: number) {
    this.range.write(10, (sheet, b) => {
      for (let c = b.left; c <= b.right; c++)
        sheet.columns.set(colLetters(c), { ...sheet.columns.get(colLetters(c)), width });
    });
  }
  set wrapText(wrap: boolean) {
    this.set({ wrap });
  }
  set horizontalAlignment(horizontal: string) {
    this.set({ horizontal });
  }
  set verticalAlignment(vertical: string) {
    this.set({ vertical });
  }
  get font(): Record<string, unknown> {
    return setters((key, value) => this.set({ [`font.${key}`]: value }), ["bold", "italic", "color", "size"]);
  }
  get fill(): Record<string, unknown> {
    return setters((_, value) => this.set({ fill: value }), ["color"]);
  }
  get borders(): { getItem(edge: string): Record<string, unknown> } {
    return { getItem: (edge) => setters((_, value) => this.set({ [`border.${edge}`]: value }), ["color"]) };
  }
}

/** An object whose listed properties, when set, call `apply`. */
export function setters(apply: (key: string, value: unknown) => void, keys: string[]): Record<string, unknown> {
  const target: Record<string, unknown> = {};
  for (const key of keys) Object.defineProperty(target, key, { set: (value: unknown) => apply(key, value) });
  return target;
}

class ConditionalFormatsFake extends Loadable {
  constructor(
    fx: FakeExcel,
    private readonly range: FakeRange,
  ) {
    super(fx);
  }

  protected fetch(property: string): unknown {
    if (property !== "items") throw officeError("PropertyNotSupported", property);
    return this.range.sheet.state().rules.map((rule) => new ConditionalFormatFake(this.fx, this.range.sheet, rule));
  }

  get items(): ConditionalFormatFake[] {
    return this.read<ConditionalFormatFake[]>("items");
  }

  add(type: "Custom" | "ColorScale"): ConditionalFormatFake {
    const rule: Rule = { type, range: "" };
    this.range.write(20, (sheet, b) => {
      rule.range = addressOf(b);
      sheet.rules.unshift(rule);
    });
    return new ConditionalFormatFake(this.fx, this.range.sheet, rule, true);
  }
}

class ConditionalFormatFake extends Loadable {
  constructor(
    fx: FakeExcel,
    private readonly sheet: SheetRef,
    private readonly rule: Rule,
    fresh = false,
  ) {
    super(fx);
    this.know("type", rule.type);
    if (fresh) this.know("fresh", true);
  }

  protected fetch(): unknown {
    return this.rule.type;
  }

  get type(): string {
    return this.read<string>("type");
  }

  private set(props: Partial<Rule>): void {
    this.fx.enqueue(JSON.stringify(props).length, () => Object.assign(this.rule, props));
  }

  set stopIfTrue(stop: boolean) {
    this.set({ stopIfTrue: stop });
  }

  private customRule?: CustomRuleFake;

  get custom(): {
    rule: Loadable & { formula: string };
    format: { fill: Record<string, unknown>; font: Record<string, unknown> };
  } {
    if (this.rule.type !== "Custom") throw officeError("InvalidOperation", "not a custom rule");
    const rule = (this.customRule ??= new CustomRuleFake(this.fx, this.rule));
    return {
      rule,
      format: {
        fill: setters((_, v) => this.set({ fill: v as string }), ["color"]),
        font: setters(
          (k, v) => this.set(k === "color" ? { fontColor: v as string } : { bold: v as boolean }),
          ["color", "bold"],
        ),
      },
    };
  }

  get colorScale(): Record<string, unknown> {
    return setters((_, v) => this.set({ criteria: v }), ["criteria"]);
  }

  delete(): void {
    this.fx.enqueue(10, () => {
      const rules = this.sheet.state().rules;
      const at = rules.indexOf(this.rule);
      if (at >= 0) rules.splice(at, 1);
    });
  }
}

class CustomRuleFake extends Loadable {
  constructor(
    fx: FakeExcel,
    private readonly rule: Rule,
  ) {
    super(fx);
  }
  protected fetch(): unknown {
    return this.rule.formula;
  }
  get formula(): string {
    return this.read<string>("formula");
  }
  set formula(formula: string) {
    this.fx.enqueue(formula.length, () => void (this.rule.formula = formula));
  }
}
