/**
 * An owned sheet (Dashboard, Timeline, Load, a plan's copy) written straight
 * from its spec as worksheet XML, row after row: text inline, so the user's
 * shared strings are never touched; formats from a StyleTable. It gives the
 * spec the look the ExcelJS renderer gives it (xlsx/renderWorkbookSpec.ts).
 */
import { argbText } from "../styles";
import { fitCell } from "../../sheets/cellLimits";
import { FORMULA_LIKE, TEXT_FORMAT, type LinkValue, type SheetSpec, type SpecValue } from "../../sheets/types";
import { cellA1, columnLetters, sheetRef } from "../../sheets/a1";
import { decodeRange } from "../address";
import { NO_CHART_TEXT } from "../noChartText";
import type { Note } from "./notesXml";
import { textXml } from "./notesXml";
import { rulesXml } from "./rulesXml";
import { GraftUnsupported } from "./packageParts";
import { withFormat, type CellStyle, type StyleTable } from "./styleTable";
import { escapeXml } from "./xmlSpans";

/** What an owned sheet's parts beside it need: its notes, and its print names. */
export interface OwnedSheetXml {
  notes: Note[];
  /** Print area and titles, as `_xlnm` names of this sheet. */
  printNames: { name: string; text: string }[];
}

const LINK_COLOR = "0563C1";

/** Where a sheet's XML goes as it is written (a compressor: ./compressParts.ts TextCompressor). */
export interface XmlOut {
  write(text: string): void;
}

/**
 * Write an owned sheet to `out`, row after row, never whole in memory; `legacyDrawingId` is the relationship
 * id its notes' drawing will have. Its notes and print names are returned for the parts beside it.
 * @example const { notes } = writeOwnedSheetXml(timelineSpec, styles, "rId1", compressor)
 */
export function writeOwnedSheetXml(
  spec: SheetSpec,
  styles: StyleTable,
  legacyDrawingId: string,
  out: XmlOut,
): OwnedSheetXml {
  if (spec.tables.length > 0 || spec.validations.length > 0) {
    throw new GraftUnsupported(
      `the planner's sheet ${spec.name} has tables or drop-downs, which this writer leaves to the older one`,
    );
  }
  const columnStyle = spec.columns.map((c) => (c.numberFormat ? { numFmt: c.numberFormat } : {}));
  const rows = spec.rows.map((r) => [...r]);
  const notes: Note[] = spec.notes.map((n) => ({ cell: n.cell, text: n.text }));
  for (const chart of spec.charts) {
    const { top, left } = decodeRange(chart.anchor);
    const row = (rows[top - 1] ??= []);
    if (row[left - 1] === null || row[left - 1] === undefined || row[left - 1] === "") row[left - 1] = NO_CHART_TEXT;
    notes.push({
      cell: chart.anchor,
      text: `${chart.title}: a stacked bar chart of ${chart.data} belongs here. ${NO_CHART_TEXT}`,
    });
  }
  const formats = spec.formats.map((f, index) => ({ format: f, index, ...decodeRange(f.range) }));
  const styleIds = new Map<string, number>();
  const lastRow = Math.max(rows.length, ...formats.map((f) => f.bottom));
  const links: string[] = [];
  out.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      sheetProperties(spec) +
      sheetViews(spec) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      columnsXml(spec, styles, columnStyle) +
      "<sheetData>",
  );
  for (let r = 1; r <= lastRow; r++) {
    const values = rows[r - 1] ?? [];
    const covering = formats.filter((f) => f.top <= r && f.bottom >= r);
    const columns = new Set<number>();
    values.forEach((v, c) => v !== null && v !== undefined && columns.add(c + 1));
    for (const f of covering) for (let c = f.left; c <= f.right; c++) columns.add(c);
    if (columns.size === 0) continue;
    const cells: string[] = [];
    for (const c of [...columns].sort((a, b) => a - b)) {
      const value = values[c - 1] ?? null;
      const kind = typeof value === "string" && FORMULA_LIKE.test(value) ? "t" : isLink(value) ? "l" : "";
      const over = covering.filter((f) => f.left <= c && f.right >= c);
      // Most cells share a handful of styles: worked out once per column, kind and formats over it.
      const key = `${c}|${kind}|${over.map((f) => f.index).join(",")}`;
      let styleId = styleIds.get(key);
      if (styleId === undefined) {
        let style: CellStyle = columnStyle[c - 1] ?? {};
        if (kind === "t") style = { ...style, numFmt: TEXT_FORMAT };
        if (kind === "l") style = { ...style, fontColor: LINK_COLOR, underline: true };
        for (const f of over) style = withFormat(style, f.format);
        styleId = styles.cell(style);
        styleIds.set(key, styleId);
      }
      const ref = `${columnLetters(c - 1)}${r}`;
      cells.push(cellXml(ref, styleId, value));
      if (isLink(value)) {
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(value.target)}" display="${escapeXml(value.text)}" tooltip="${escapeXml(`Go to ${value.target}`)}"/>`,
        );
      }
    }
    out.write(`<row r="${r}">${cells.join("")}</row>`);
  }
  const rules = rulesXml(spec.conditionalFormats, styles, 1, (i) => i, `00000000-0000-4000-8000`);
  const tail = [
    "</sheetData>",
    spec.merges.length > 0
      ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "",
    rules.main,
    links.length > 0 ? `<hyperlinks>${links.join("")}</hyperlinks>` : "",
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    pageSetup(spec),
    notes.length > 0 ? `<legacyDrawing r:id="${legacyDrawingId}"/>` : "",
    rules.extension ? `<extLst>${rules.extension}</extLst>` : "",
    "</worksheet>",
  ];
  out.write(tail.join(""));
  return { notes, printNames: printNamesOf(spec) };
}

function isLink(value: SpecValue | undefined): value is LinkValue {
  return value !== null && typeof value === "object" && "target" in value;
}

/**
 * One cell of the planner's, text inline.
 * @example cellXml("B5", 3, "Audit") // '<c r="B5" s="3" t="inlineStr"><is><t xml:space="preserve">Audit</t></is></c>'
 */
export function cellXml(ref: string, style: number, value: SpecValue): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null || value === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number")
    return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "object" && "formula" in value)
    return `<c r="${ref}"${s}><f>${escapeXml(value.formula.replace(/^=/, ""))}</f></c>`;
  const text = fitCell(typeof value === "string" ? value : value.text);
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${textXml(text)}</t></is></c>`;
}

function sheetProperties(spec: SheetSpec): string {
  const tab = spec.tabColor ? `<tabColor rgb="${argbText(spec.tabColor)}"/>` : "";
  const fit = spec.print && !("scale" in spec.print.fit) ? '<pageSetUpPr fitToPage="1"/>' : "";
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : "";
}

function sheetViews(spec: SheetSpec): string {
  const { rows = 0, columns = 0 } = spec.freeze ?? {};
  if (rows === 0 && columns === 0) return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  const split = `${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""}`;
  return `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${cellA1(columns, rows + 1)}" activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`;
}

function columnsXml(spec: SheetSpec, styles: StyleTable, columnStyle: CellStyle[]): string {
  const cols = spec.columns.flatMap((c, i) => {
    if (c.width === undefined && !c.numberFormat && !c.hidden) return [];
    const width = c.width !== undefined ? ` width="${c.width}" customWidth="1"` : "";
    const style = c.numberFormat ? ` style="${styles.cell(columnStyle[i])}"` : "";
    return [`<col min="${i + 1}" max="${i + 1}"${width}${style}${c.hidden ? ' hidden="1"' : ""}/>`];
  });
  return cols.length > 0 ? `<cols>${cols.join("")}</cols>` : "";
}

function pageSetup(spec: SheetSpec): string {
  const print = spec.print;
  if (!print) return "";
  const fit =
    "scale" in print.fit
      ? ` scale="${print.fit.scale}"`
      : ` fitToWidth="${print.fit.wide}" fitToHeight="${print.fit.tall}"`;
  const setup = `<pageSetup paperSize="9" orientation="${print.orientation}"${fit}/>`;
  if (!print.footer) return setup;
  const { left, center, right } = print.footer;
  return `${setup}<headerFooter><oddFooter>${escapeXml(`&L${left}&C${center}&R${right}`)}</oddFooter></headerFooter>`;
}

/** `_xlnm.Print_Area` and `_xlnm.Print_Titles` of the sheet, as Excel stores them (absolute, sheet quoted). */
function printNamesOf(spec: SheetSpec): { name: string; text: string }[] {
  const print = spec.print;
  if (!print) return [];
  const sheet = sheetRef(spec.name);
  const names: { name: string; text: string }[] = [];
  if (print.area)
    names.push({ name: "_xlnm.Print_Area", text: `${sheet}!${print.area.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}` });
  const titles = [print.titleColumns, print.titleRows].filter((t): t is string => !!t).map((t) => `${sheet}!${t}`);
  if (titles.length > 0) names.push({ name: "_xlnm.Print_Titles", text: titles.join(",") });
  return names;
}
