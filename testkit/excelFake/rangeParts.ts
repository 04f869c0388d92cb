/**
 * The parts of a fake range: its format, and its conditional formats. New
 * rules go first, as `ConditionalFormatCollection.add` puts them at the top of
 * the priority list ("Adds a new conditional format to the collection at the
 * first/top priority", excel.conditionalformatcollection#add).
 */
import { colLetters } from "../../src/core/parse";
import { FakeExcel, Loadable, officeError } from "./excel";
import type { FakeRange, SheetRef } from "./range";
import { addressOf, boundsOf, type Bounds, type Rule } from "./state";

export class RangeFormatFake {
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

export class ConditionalFormatsFake extends Loadable {
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

  /**
   * Every rule touching the range goes, whoever wrote it: "Clears all
   * conditional formats active on the current specified range"
   * (learn.microsoft.com/javascript/api/excel/excel.conditionalformatcollection#excel-excel-conditionalformatcollection-clearall-member).
   */
  clearAll(): void {
    this.range.write(10, (sheet, b) => {
      sheet.rules = sheet.rules.filter((rule) => !rule.range.split(/[ ,]/).some((part) => overlaps(b, boundsOf(part))));
    });
  }

  add(type: Rule["type"]): ConditionalFormatFake {
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

  /**
   * Excel.DataBarConditionalFormat: `lowerBoundRule` / `upperBoundRule` take a
   * ConditionalDataBarRule (`type` such as "Number", with a `formula` for it),
   * `positiveFormat.fillColor` an HTML colour and `gradientFill` a boolean
   * (excel.databarconditionalformat, excel.conditionaldatabarpositiveformat).
   * Asking for it on a rule of another type is refused (InvalidOperation), as `custom` is.
   */
  get dataBar(): Record<string, unknown> {
    if (this.rule.type !== "DataBar") throw officeError("InvalidOperation", "not a data bar rule");
    const bar = (change: NonNullable<Rule["dataBar"]>) =>
      this.fx.enqueue(JSON.stringify(change).length, () => {
        for (const bound of [change.lower, change.upper]) {
          const rule = bound as { type?: string; formula?: string } | undefined;
          if (rule?.type === "Number" && (rule.formula === undefined || Number.isNaN(Number(rule.formula)))) {
            throw officeError("InvalidArgument", `a Number bound needs a numeric formula, not ${String(rule.formula)}`);
          }
        }
        this.rule.dataBar = { ...this.rule.dataBar, ...change };
      });
    const target = setters(
      (key, value) => bar(key === "lowerBoundRule" ? { lower: value } : { upper: value }),
      ["lowerBoundRule", "upperBoundRule"],
    );
    Object.defineProperty(target, "positiveFormat", {
      value: setters(
        (key, value) => bar(key === "fillColor" ? { fillColor: value as string } : { gradientFill: value as boolean }),
        ["fillColor", "gradientFill"],
      ),
    });
    return target;
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

function overlaps(a: Bounds, b: Bounds): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
