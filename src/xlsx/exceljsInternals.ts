/**
 * Every reach into ExcelJS beyond its typed API, in one place. ExcelJS 4
 * keeps these at run time but leaves them out of its typings (or keeps them
 * private), so an upgrade may move them: each has a canary in
 * tests/xlsx/exceljsInternals.test.ts that fails by name when it does.
 */
import type ExcelJS from "exceljs";

/** A validation as ExcelJS stores it per address (its typings lack "any" and mixed formulae). */
export type ValidationModel = Omit<ExcelJS.DataValidation, "type" | "formulae"> & {
  type: ExcelJS.DataValidation["type"] | "any";
  formulae?: (string | number | Date)[];
};

/** The worksheet's validations by address. */
export interface ValidationStore {
  model: Record<string, ValidationModel | undefined>;
  add(address: string, validation: ValidationModel): void;
}

export interface RuleModel {
  priority?: number;
  formulae?: unknown[];
}

export interface FormattingModel {
  ref: string;
  rules: RuleModel[];
}

/** The workbook's defined names as ExcelJS keeps them. */
export interface NamesStore {
  model: { name: string; ranges: string[] }[];
  add(refersTo: string, name: string): void;
}

/**
 * A worksheet's data validations (`worksheet.dataValidations`).
 * @example validationsOf(sheet).model["D2"]?.type // "list"
 */
export function validationsOf(sheet: ExcelJS.Worksheet): ValidationStore {
  return (sheet as unknown as { dataValidations: ValidationStore }).dataValidations;
}

/**
 * A worksheet's conditional formats (`worksheet.conditionalFormattings`), created empty when missing.
 * @example formattingsOf(sheet).length // 2
 */
export function formattingsOf(sheet: ExcelJS.Worksheet): FormattingModel[] {
  const holder = sheet as unknown as { conditionalFormattings?: FormattingModel[] };
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

/**
 * The workbook's defined names (`workbook.definedNames.model`).
 * @example namesOf(workbook).model.map((n) => n.name)
 */
export function namesOf(workbook: ExcelJS.Workbook): NamesStore {
  return workbook.definedNames as unknown as NamesStore;
}

/**
 * Remove a cell's note. ExcelJS has no API for it: setting `note` to
 * undefined leaves an empty note behind (a stub in the file). It keeps the
 * note twice — in the cell's private `_comment`, and in the model read from
 * the file, which its writer reuses — so both go.
 * @example clearNote(sheet.getCell("F7"))
 */
export function clearNote(cell: ExcelJS.Cell): void {
  const inside = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete inside._comment;
  if (inside._value?.model) delete inside._value.model.comment;
}

/** A worksheet's place among the tabs (`orderNo`). */
export function tabOrderOf(sheet: ExcelJS.Worksheet): number {
  return (sheet as unknown as { orderNo: number }).orderNo;
}

/**
 * Put a worksheet at a place among the tabs.
 * @example setTabOrder(newSheet, tabOrderOf(oldSheet))
 */
export function setTabOrder(sheet: ExcelJS.Worksheet, orderNo: number): void {
  (sheet as unknown as { orderNo: number }).orderNo = orderNo;
}

/** The prototype of ExcelJS's zip writer (where 4.x keeps it), or null. */
export function zipWriterPrototype(): { append(data: unknown, options: unknown): unknown } | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require("exceljs/lib/utils/zip-stream.js") as {
      ZipWriter?: { prototype: { append(data: unknown, options: unknown): unknown } };
    };
    return module.ZipWriter?.prototype ?? null;
  } catch {
    return null;
  }
}

interface ParsingXform {
  prototype: {
    parseClose(name: string): boolean;
    parseOpen(node: { name: string; attributes: Record<string, string> }): boolean;
    reconcile(model: unknown, options: unknown): void;
  };
}

/** One of ExcelJS's xform classes by its path under lib/xlsx/xform, or null when 4.x's layout has moved. */
function xformClass(path: string): ParsingXform | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(`exceljs/lib/xlsx/xform/${path}.js`) as ParsingXform;
  } catch {
    return null;
  }
}

let readerPatched = false;

/**
 * Teach ExcelJS's reader three things files in the wild need (idempotent; every
 * workbook read after it benefits):
 * - a validation over a range stays one entry for the range. ExcelJS expands
 *   each range cell by cell, so a drop-down set on whole columns (`D2:D1048576`,
 *   as Excel and LibreOffice save it) became millions of entries and minutes;
 *   its writer already writes a range key back as one range.
 * - `date1904="true"` means the 1904 date system. The standard's booleans
 *   are `1` or `true`; ExcelJS only knew `1`, so LibreOffice's and other
 *   writers' 1904 workbooks were read four years out.
 * - a worksheet's relationship may point at its table, notes or drawing by an
 *   absolute path (`/xl/tables/table1.xml`, as openpyxl writes; the standard
 *   allows both). ExcelJS looked them up only by the relative form and failed
 *   (`reading 'name'`).
 * - a sheet's merged areas are applied without checking each against every
 *   other: a file's merges never overlap (Excel will not save overlapping
 *   ones), and the check made 50,000 merges (Apache POI's 57893) take minutes.
 * @example acceptOtherWriters(); await workbook.xlsx.readFile("plan.xlsx");
 */
/**
 * ExcelJS reads a sheet's page set-up with `firstPageNumber: 1` when the file
 * gives none and writes it back as `useFirstPageNumber="1"`: a sheet numbered
 * automatically (pages running on across a printed workbook) came back
 * numbered from 1. A first page number is kept only where the file uses one.
 */
function keepAutomaticPageNumbers(): void {
  const pageSetup = xformClass("sheet/page-setup-xform");
  if (!pageSetup) throw new Error("ExcelJS's page set-up reader has moved (see exceljsInternals.ts)");
  const parseOpen = pageSetup.prototype.parseOpen;
  pageSetup.prototype.parseOpen = function (this: { model?: { firstPageNumber?: number } }, node) {
    const handled = parseOpen.call(this, node);
    if (handled && node.name === "pageSetup" && !/^(1|true)$/i.test(node.attributes.useFirstPageNumber ?? "")) {
      if (this.model) delete this.model.firstPageNumber;
    }
    return handled;
  };
}

export function acceptOtherWriters(): void {
  if (readerPatched) return;
  const validations = xformClass("sheet/data-validations-xform");
  const properties = xformClass("book/workbook-properties-xform");
  const worksheet = xformClass("sheet/worksheet-xform");
  if (!validations || !properties || !worksheet)
    throw new Error("ExcelJS's reader has moved (see exceljsInternals.ts)");
  patchMergesRead();
  keepAutomaticPageNumbers();
  const reconcile = worksheet.prototype.reconcile;
  worksheet.prototype.reconcile = function (this: unknown, model: unknown, options: unknown): void {
    const rels = (model as { relationships?: { Target: string; TargetMode?: string }[] } | null)?.relationships ?? [];
    for (const rel of rels) {
      if (rel.TargetMode !== "External" && rel.Target.startsWith("/xl/")) rel.Target = `../${rel.Target.slice(4)}`;
    }
    reconcile.call(this, model, options);
  };
  const parseClose = validations.prototype.parseClose;
  validations.prototype.parseClose = function (this: ValidationParser, name: string): boolean {
    if (name !== "dataValidation") return parseClose.call(this, name);
    if (!this._dataValidation.formulae?.length) {
      delete this._dataValidation.formulae;
      delete this._dataValidation.operator;
    }
    for (const address of this._address.split(/\s+/)) if (address) this.model[address] = this._dataValidation;
    return true;
  };
  const parseOpen = properties.prototype.parseOpen;
  properties.prototype.parseOpen = function (this: { model: { date1904: boolean } }, node) {
    const handled = parseOpen.call(this, node);
    if (handled && node.name === "workbookPr") this.model.date1904 = /^(1|true)$/i.test(node.attributes.date1904 ?? "");
    return handled;
  };
  readerPatched = true;
}

interface MergingSheet {
  _merges: Record<string, unknown>;
  getCell(row: number, col: number): { address: string; merge(master: unknown, ignoreStyle: boolean): void };
}

/** ExcelJS 4's `_parseMergeCells`, without its quadratic overlap check (see acceptOtherWriters). */
function patchMergesRead(): void {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const sheet = require("exceljs/lib/doc/worksheet.js") as { prototype: { _parseMergeCells?: unknown } };
  const Range = require("exceljs/lib/doc/range.js") as new (ref: string) => {
    top: number;
    left: number;
    bottom: number;
    right: number;
  };
  /* eslint-enable @typescript-eslint/no-require-imports */
  if (typeof sheet.prototype._parseMergeCells !== "function") throw new Error("ExcelJS's merge reader has moved");
  sheet.prototype._parseMergeCells = function (this: MergingSheet, model: { mergeCells?: string[] }): void {
    for (const ref of model.mergeCells ?? []) {
      const area = new Range(ref);
      const master = this.getCell(area.top, area.left);
      for (let r = area.top; r <= area.bottom; r++) {
        for (let c = area.left; c <= area.right; c++) {
          // Styles are not merged when reading: each cell keeps its own, as in the file.
          if (r > area.top || c > area.left) this.getCell(r, c).merge(master, true);
        }
      }
      this._merges[master.address] = area;
    }
  };
}

interface ValidationParser {
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: string };
  model: Record<string, unknown>;
}

/**
 * Tables as LibreOffice saves them have no style element; ExcelJS reads that
 * as a null style and then fails writing (`reading 'theme'`). Give such a
 * table an explicit "no style" (no name, no stripes), which is what the
 * missing element meant.
 * @example unstyledTablesMadeExplicit(workbook)
 */
export function unstyledTablesMadeExplicit(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    const tables = (sheet as unknown as { tables?: Record<string, { table?: { style?: unknown } }> }).tables ?? {};
    for (const table of Object.values(tables)) {
      if (table.table && !table.table.style) {
        table.table.style = {
          theme: null,
          showFirstColumn: false,
          showLastColumn: false,
          showRowStripes: false,
          showColumnStripes: false,
        };
      }
    }
  }
}
