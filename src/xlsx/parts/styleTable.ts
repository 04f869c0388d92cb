/**
 * The planner's cell formats, each given its final index in the package's
 * styles part (./stylesPart.ts appends them to the user's) as its sheets are
 * written. The same look the ExcelJS renderer gives a spec: a cell takes its
 * column's format, then each range format over it in order.
 */
import { argbText } from "../styles";
import type { ConditionalRule, RangeFormat } from "../../sheets/types";
import { StylesPart } from "./stylesPart";

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
  /** Cell formats by their style's key; `{}` is the workbook's default format, 0. */
  private readonly xfs = new Map<string, number>([["{}", 0]]);
  private readonly dxfs = new Map<string, number>();

  /**
   * Formats for a package whose styles part (null: none) they are added to.
   * @example const styles = new StyleTable(new StylesPart(parts.text("xl/styles.xml")))
   */
  constructor(private readonly part: StylesPart = new StylesPart(null)) {}

  /** The cell format index of a style, final in the merged part (0 for none: the workbook's default). */
  cell(style: CellStyle): number {
    const key = JSON.stringify(style, Object.keys(style).sort());
    const known = this.xfs.get(key);
    if (known !== undefined) return known;
    const numFmtId = style.numFmt === undefined ? 0 : (BUILT_IN[style.numFmt] ?? this.part.formatId(style.numFmt));
    const font = fontXml(style);
    const fontId = this.part.indexOf("fonts", font);
    const fillId = style.fill ? this.part.indexOf("fills", `<fill>${solid(style.fill, true)}</fill>`) : 0;
    const borderId = style.borderBottom
      ? this.part.indexOf(
          "borders",
          `<border><left/><right/><top/><bottom style="thin"><color rgb="${argbText(style.borderBottom)}"/></bottom><diagonal/></border>`,
        )
      : 0;
    const align = [
      style.horizontal ? ` horizontal="${style.horizontal}"` : "",
      style.vertical ? ` vertical="${style.vertical}"` : "",
      style.wrap ? ' wrapText="1"' : "",
    ].join("");
    const applied = `${numFmtId ? ' applyNumberFormat="1"' : ""}${font !== DEFAULT_FONT ? ' applyFont="1"' : ""}${style.fill ? ' applyFill="1"' : ""}${style.borderBottom ? ' applyBorder="1"' : ""}`;
    const open = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    const index = this.part.indexOf(
      "cellXfs",
      align ? `${open} applyAlignment="1"><alignment${align}/></xf>` : `${open}/>`,
    );
    this.xfs.set(key, index);
    return index;
  }

  /** The differential format of an expression rule (its fill, font colour, bold), final in the merged part. */
  dxf(rule: ConditionalRule): number {
    if (rule.kind !== "expression") return 0;
    const font =
      rule.fontColor || rule.bold
        ? `<font>${rule.bold ? "<b/>" : ""}${rule.fontColor ? `<color rgb="${argbText(rule.fontColor)}"/>` : ""}</font>`
        : "";
    const fill = rule.fill ? `<fill>${solid(rule.fill, false)}</fill>` : "";
    const entry = `<dxf>${font}${fill}</dxf>`;
    const known = this.dxfs.get(entry);
    if (known !== undefined) return known;
    const index = this.part.indexOf("dxfs", entry);
    this.dxfs.set(entry, index);
    return index;
  }

  /** The styles part with every format handed out, or null when the user's part needed none. */
  xml(): string | null {
    return this.part.xml();
  }
}

const DEFAULT_FONT = fontXml({});

function fontXml(style: CellStyle): string {
  const marks = `${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}${style.underline ? '<u val="single"/>' : ""}`;
  const color = style.fontColor ? `<color rgb="${argbText(style.fontColor)}"/>` : '<color theme="1"/>';
  return `<font>${marks}<sz val="${style.fontSize ?? 11}"/>${color}<name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
}

/** A solid fill: cells carry it as the pattern's foreground, differential formats as its background. */
function solid(color: string, cell: boolean): string {
  return cell
    ? `<patternFill patternType="solid"><fgColor rgb="${argbText(color)}"/><bgColor rgb="${argbText(color)}"/></patternFill>`
    : `<patternFill patternType="solid"><bgColor rgb="${argbText(color)}"/></patternFill>`;
}
