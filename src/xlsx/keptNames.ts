/**
 * Defined names ExcelJS cannot hold, kept exactly as the file had them.
 * ExcelJS keeps a name only as cell ranges, merged by name: a formula or
 * constant name (`TaxRate` = `0.2`, a LAMBDA such as `RAGSUMMARY`) was dropped,
 * two sheet-scoped names of one spelling (Excel makes them when a sheet is
 * copied) became one workbook-wide name, and a name's comment or hidden flag
 * was lost. Such names now pass through a read and a write untouched. An
 * ExcelJS reach like those in exceljsInternals.ts, with its canary in
 * tests/xlsx/keptNames.test.ts.
 */

interface NameNode {
  name: string;
  attributes: Record<string, string>;
}

/** A name as the patched reader hands it over: ExcelJS's fields plus the file's own text and attributes. */
interface ParsedName {
  name: string;
  ranges: string[];
  localSheetId?: number;
  /** The element's text, exactly as in the file. */
  text?: string;
  attributes?: Record<string, string>;
}

interface NameXform {
  prototype: {
    parseOpen(this: NameParser, node: NameNode): boolean;
    parseClose(this: NameParser, name: string): boolean;
    render(this: unknown, stream: XmlStream, model: ParsedName): void;
  };
}

interface NameParser {
  model: ParsedName;
  _parsedText: string[];
  _keptAttributes?: Record<string, string>;
}

interface XmlStream {
  openNode(name: string, attributes: Record<string, string | number | undefined>): void;
  writeText(text: string): void;
  closeNode(): void;
}

interface WorkbookModel {
  definedNames?: ParsedName[];
}

/** Attributes a kept name carries back out (ECMA-376 Part 1, 18.2.5 definedName). */
const ATTRIBUTES = [
  "comment",
  "hidden",
  "localSheetId",
  "description",
  "function",
  "vbProcedure",
  "xlm",
  "functionGroupId",
  "shortcutKey",
  "publishToServer",
  "workbookParameter",
  "customMenu",
  "help",
  "statusBar",
];

let patched = false;

/**
 * Keep every defined name ExcelJS cannot represent (idempotent).
 * @example keepNamesExcelJsCannotHold(); await workbook.xlsx.readFile("plan.xlsx");
 */
export function keepNamesExcelJsCannotHold(): void {
  if (patched) return;
  /* eslint-disable @typescript-eslint/no-require-imports */
  const xform = require("exceljs/lib/xlsx/xform/book/defined-name-xform.js") as NameXform;
  const Workbook = require("exceljs/lib/doc/workbook.js") as { prototype: object };
  /* eslint-enable @typescript-eslint/no-require-imports */
  const model = Object.getOwnPropertyDescriptor(Workbook.prototype, "model");
  if (!model?.get || !model.set || typeof xform.prototype.render !== "function") {
    throw new Error("ExcelJS's defined names have moved (see src/xlsx/keptNames.ts)");
  }
  const { parseOpen, parseClose, render } = xform.prototype;
  xform.prototype.parseOpen = function (node) {
    const handled = parseOpen.call(this, node);
    if (handled && node.name === "definedName") this._keptAttributes = { ...node.attributes };
    return handled;
  };
  xform.prototype.parseClose = function (name) {
    const more = parseClose.call(this, name);
    this.model.text = this._parsedText.join("");
    this.model.attributes = this._keptAttributes ?? {};
    return more;
  };
  xform.prototype.render = function (stream, name) {
    if (name.text === undefined || !name.attributes) return render.call(this, stream, printNameQuoted(name));
    const attributes: Record<string, string> = { name: name.name };
    for (const key of ATTRIBUTES) if (name.attributes[key] !== undefined) attributes[key] = name.attributes[key];
    stream.openNode("definedName", attributes);
    stream.writeText(name.text);
    stream.closeNode();
  };
  const { get, set } = model;
  Object.defineProperty(Workbook.prototype, "model", {
    configurable: true,
    get(this: { _keptNames?: ParsedName[] }) {
      const value = get.call(this) as WorkbookModel;
      value.definedNames = [...(value.definedNames ?? []), ...(this._keptNames ?? [])];
      return value;
    },
    set(this: { _keptNames?: ParsedName[] }, value: WorkbookModel) {
      const kept: ParsedName[] = [];
      const rest: ParsedName[] = [];
      for (const name of value.definedNames ?? []) (cannotHold(name) ? kept : rest).push(name);
      set.call(this, { ...value, definedNames: rest });
      this._keptNames = kept;
    },
  });
  patched = true;
}

/**
 * ExcelJS makes each sheet's print area and print titles afresh on every write
 * as `'<sheet name>'!$1:$3`, quoting the raw name: a sheet called
 * `Employers' forum` would give `'Employers' forum'!…`, which Excel cannot
 * read. Inside quotes an apostrophe is written twice (as Excel writes it).
 */
function printNameQuoted(name: ParsedName): ParsedName {
  if (!name.name.startsWith("_xlnm.Print_")) return name;
  const ranges = name.ranges.map((range) => {
    const match = /^'(.*)'!([^!]*)$/.exec(range);
    return match ? `'${match[1].replace(/'/g, "''")}'!${match[2]}` : range;
  });
  return { ...name, ranges };
}

/** True for a name ExcelJS would drop, merge or strip: not plain workbook-wide ranges. */
function cannotHold(name: ParsedName): boolean {
  if (name.text === undefined || name.name.startsWith("_xlnm.")) return false;
  const attributes = name.attributes ?? {};
  if (Object.keys(attributes).some((key) => key !== "name")) return true;
  return name.ranges.join(",") !== name.text || !name.ranges.every((range) => SHEET_RANGE.test(range));
}

/** What ExcelJS's name store can hold: a sheet and a cell or rectangle (`'My sheet'!$A$1:$B$9`). */
const SHEET_RANGE = /^(?:'(?:[^']|'')+'|[^'!,]+)!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** A kept name as the file had it: its text and attributes (comment, localSheetId, …). */
export interface KeptName {
  name: string;
  text: string;
  attributes: Record<string, string>;
}

/**
 * The kept names: those ExcelJS cannot hold (formulas, constants, sheet-scoped, with comments).
 * @example keptNamesOf(workbook).filter((n) => n.attributes.localSheetId === undefined)
 */
export function keptNamesOf(workbook: object): KeptName[] {
  const holder = workbook as { _keptNames?: ParsedName[] };
  return (holder._keptNames ?? []).map((n) => ({ name: n.name, text: n.text ?? "", attributes: n.attributes ?? {} }));
}

/**
 * Forget kept names that match (the planner's own, before it writes them afresh), so no name is written twice.
 * @example dropKeptNames(workbook, (name) => name.startsWith("Planner_"))
 */
export function dropKeptNames(workbook: object, drop: (name: string, kept: KeptName) => boolean): void {
  const holder = workbook as { _keptNames?: ParsedName[] };
  if (holder._keptNames) {
    holder._keptNames = holder._keptNames.filter(
      (n) => !drop(n.name, { name: n.name, text: n.text ?? "", attributes: n.attributes ?? {} }),
    );
  }
}

/**
 * Add a workbook-scoped formula name, written exactly as given (the text as a file stores it, without `=`).
 * @example keepName(workbook, { name: "TaxRate", text: "0.2", attributes: { comment: "VAT" } })
 */
export function keepName(workbook: object, name: KeptName): void {
  keepNamesExcelJsCannotHold();
  const holder = workbook as { _keptNames?: ParsedName[] };
  holder._keptNames = [
    ...(holder._keptNames ?? []),
    { name: name.name, ranges: [], text: name.text, attributes: { ...name.attributes, name: name.name } },
  ];
}
