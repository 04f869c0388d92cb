/**
 * The planner's cell formats, collected while its sheets are written and
 * given out as a styles part (./mergeStyles.ts appends it to the user's). The
 * same look the ExcelJS renderer gives a spec: a cell takes its column's
 * format, then each range format over it in order.
 */
import type { ConditionalRule, RangeFormat } from "../../sheets/types";
import { escapeXml } from "./xmlSpans";

export interface CellStyle {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** `RRGGBB` */
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  borderBottom?: string;
}

/** Number formats Excel knows by number (ECMA-376 Part 1, 18.8.30). */
const BUILT_IN: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "0%": 9, "0.00%": 10, "@": 49 };
const FIRST_CUSTOM = 164;

const hex = (color: string) => `FF${color.replace(/^#/, "").toUpperCase()}`;

/**
 * A style with a range format laid over it, as ExcelJS's applyFormat does.
 * @example withFormat({ numFmt: "@" }, { range: "A1", bold: true }) // { numFmt: "@", bold: true }
 */
export function withFormat(style: CellStyle, format: RangeFormat): CellStyle {
  const next = { ...style };
  if (format.bold !== undefined) next.bold = format.bold;
  if (format.italic !== undefined) next.italic = format.italic;
  if (format.fontColor) next.fontColor = format.fontColor;
  if (format.fontSize) next.fontSize = format.fontSize;
  if (format.fill) next.fill = format.fill;
  if (format.numberFormat) next.numFmt = format.numberFormat;
  if (format.wrap !== undefined) next.wrap = format.wrap;
  if (format.horizontal) next.horizontal = format.horizontal;
  if (format.vertical) next.vertical = format.vertical === "center" ? "center" : format.vertical;
  if (format.borderBottom) next.borderBottom = format.borderBottom;
  return next;
}

export class StyleTable {
  private readonly xfs = new Map<string, number>([["{}", 0]]);
  private readonly xfXml = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private readonly borders = new Map<string, number>();
  private readonly formats = new Map<string, number>();
  private readonly dxfs = new Map<string, number>();

  constructor() {
    this.indexOf(this.fonts, fontXml({}));
    this.indexOf(this.fills, '<fill><patternFill patternType="none"/></fill>');
    this.indexOf(this.fills, '<fill><patternFill patternType="gray125"/></fill>');
    this.indexOf(this.borders, "<border><left/><right/><top/><bottom/><diagonal/></border>");
  }

  /** The cell format index of a style (0 for none). */
  cell(style: CellStyle): number {
    const key = JSON.stringify(style, Object.keys(style).sort());
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt === undefined ? 0 : this.formatId(style.numFmt);
    const fontId = this.indexOf(this.fonts, fontXml(style));
    const fillId = style.fill ? this.indexOf(this.fills, `<fill>${solid(style.fill, true)}</fill>`) : 0;
    const borderId = style.borderBottom
      ? this.indexOf(
          this.borders,
          `<border><left/><right/><top/><bottom style="thin"><color rgb="${hex(style.borderBottom)}"/></bottom><diagonal/></border>`,
        )
      : 0;
    const align = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : "",
      style.vertical ? ` vertical="${style.vertical}"` : "",
      style.wrap ? ' wrapText="1"' : "",
    ].join("");
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ""}${fontId ? ' applyFont="1"' : ""}${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}`;
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    this.xfXml.push(align ? `${open} applyAlignment="1"><alignment${align}/></xf>` : `${open}/>`);
    this.xfs.set(key, this.xfXml.length - 1);
    return this.xfXml.length - 1;
  }

  /** The differential format of an expression rule (its fill, font colour, bold). */
  dxf(rule: ConditionalRule): number {
    if (rule.kind !== "expression") return 0;
    const font =
      rule.fontColor || rule.bold
        ? `<font>${rule.bold ? "<b/>" : ""}${rule.fontColor ? `<color rgb="${hex(rule.fontColor)}"/>` : ""}</font>`
        : "";
    const fill = rule.fill ? `<fill>${solid(rule.fill, false)}</fill>` : "";
    return this.indexOf(this.dxfs, `<dxf>${font}${fill}</dxf>`);
  }

  /** The styles part holding every format handed out, in the order mergeStyles reads. */
  xml(): string {
    const list = (name: string, map: Map<string, number>) =>
      `<${name} count="${map.size}">${[...map.keys()].join("")}</${name}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      `<numFmts count="${formats.length}">${formats.join("")}</numFmts>` +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      list("borders", this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs) +
      "</styleSheet>"
    );
  }

  private formatId(code: string): number {
    if (BUILT_IN[code] !== undefined) return BUILT_IN[code];
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    this.formats.set(code, FIRST_CUSTOM + this.formats.size);
    return FIRST_CUSTOM + this.formats.size - 1;
  }

  private indexOf(map: Map<string, number>, xml: string): number {
    const known = map.get(xml);
    if (known !== undefined) return known;
    map.set(xml, map.size);
    return map.size - 1;
  }
}

function fontXml(style: CellStyle): string {
  const marks = `${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}${style.underline ? '<u val="single"/>' : ""}`;
  const color = style.fontColor ? `<color rgb="${hex(style.fontColor)}"/>` : '<color theme="1"/>';
  return `<font>${marks}<sz val="${style.fontSize ?? 11}"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
}

/** A solid fill: cells carry it as the pattern's foreground, differential formats as its background. */
function solid(color: string, cell: boolean): string {
  return cell
    ? `<patternFill patternType="solid"><fgColor rgb="${hex(color)}"/><bgColor rgb="${hex(color)}"/></patternFill>`
    : `<patternFill patternType="solid"><bgColor rgb="${hex(color)}"/></patternFill>`;
}
